//// Raising and catching exceptions of every class from Gleam, BIF errors
//// (badarg, badarith, system_limit, undef) and Erlang-only failures
//// (function_clause, case_clause, if_clause, try_clause) via exc_helper.

import bc_io.{Dynamic, dyn}
import bc_try.{Caught, Returned}

@external(erlang, "erlang", "error")
fn erl_error(reason: a) -> Dynamic

@external(erlang, "erlang", "error")
fn erl_error_args(reason: a, args: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "exit")
fn erl_exit(reason: a) -> Dynamic

@external(erlang, "erlang", "throw")
fn erl_throw(value: a) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn binary_to_atom(b: BitString) -> Dynamic

@external(erlang, "erlang", "binary_to_existing_atom")
fn binary_to_existing_atom(b: String) -> Dynamic

@external(erlang, "erlang", "list_to_atom")
fn list_to_atom(l: List(Int)) -> Dynamic

@external(erlang, "erlang", "+")
fn plus(a: Dynamic, b: Dynamic) -> Dynamic

@external(erlang, "erlang", "apply")
fn apply(m: Dynamic, f: Dynamic, args: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "atom_to_list")
fn atom_to_list(a: Dynamic) -> Dynamic

@external(erlang, "lists", "duplicate")
fn duplicate(n: Int, x: Int) -> List(Int)

@external(erlang, "exc_helper", "small_name")
fn small_name(x: Int) -> Dynamic

@external(erlang, "exc_helper", "case_without_match")
fn case_without_match(x: Dynamic) -> Int

@external(erlang, "exc_helper", "if_without_match")
fn if_without_match(x: Int) -> Dynamic

@external(erlang, "exc_helper", "try_of_without_match")
fn try_of_without_match(x: Dynamic) -> Dynamic

@external(erlang, "exc_helper", "old_catch")
fn old_catch(f: fn() -> Dynamic) -> Dynamic

@external(erlang, "exc_helper", "raise_again")
fn raise_again(class: Dynamic, reason: Dynamic) -> Dynamic

@external(erlang, "exc_helper", "after_order")
fn after_order(f: fn() -> Dynamic) -> Dynamic

@external(erlang, "exc_helper", "nested_rethrow")
fn nested_rethrow() -> Dynamic

@external(erlang, "exc_helper", "exit_from_process")
fn exit_from_process(reason: Dynamic) -> Dynamic

@external(erlang, "exc_helper", "stack_depth_of_error")
fn stack_depth_of_error() -> Dynamic

fn atom(s: String) -> Dynamic {
  binary_to_atom(<<s:utf8>>)
}

pub fn raise_error() -> Dynamic {
  erl_error(#("my_error", 42))
}

/// erlang:error/2 records the argument list in the stack trace.
pub fn raise_error_with_args(x: Int) -> Dynamic {
  erl_error_args(atom("bad_input"), [dyn(x)])
}

pub fn raise_exit() -> Dynamic {
  erl_exit(#(atom("shutdown"), "going away"))
}

pub fn raise_throw() -> Dynamic {
  erl_throw([1, 2, 3])
}

/// exit(normal) raised in the entry process is still an exception.
pub fn raise_exit_normal() -> Dynamic {
  erl_exit(atom("normal"))
}

/// Catches one exception of each class and prints class and reason.
pub fn catch_each_class() -> Nil {
  show("error", fn() { raise_error() })
  show("exit", fn() { raise_exit() })
  show("throw", fn() { raise_throw() })
  show("nothing", fn() { dyn("fine") })
}

fn show(label: String, f: fn() -> Dynamic) -> Nil {
  case bc_try.try_call(f) {
    Returned(v) -> bc_io.format("~s: returned ~p~n", [dyn(label), v])
    Caught(class, reason) -> bc_io.format("~s: ~p:~p~n", [dyn(label), class, reason])
  }
}

/// binary_to_atom of invalid UTF-8 raises badarg.
pub fn atom_from_invalid_utf8() -> Dynamic {
  binary_to_atom(<<255, 254>>)
}

/// binary_to_existing_atom of an unknown name raises badarg.
pub fn unknown_existing_atom() -> Dynamic {
  binary_to_existing_atom("surely_not_an_existing_atom_9f3k")
}

/// Atoms are limited to 255 characters: system_limit.
pub fn atom_too_long() -> Dynamic {
  list_to_atom(duplicate(256, 97))
}

/// Adding an integer and an atom raises badarith.
pub fn add_int_to_atom() -> Dynamic {
  plus(dyn(1), atom("one"))
}

/// Calling a function that does not exist raises undef.
pub fn call_undefined() -> Dynamic {
  apply(atom("exc_no_such_module"), atom("nope"), [dyn(1)])
}

/// atom_to_list of a binary raises badarg.
pub fn atom_to_list_of_binary() -> Dynamic {
  atom_to_list(dyn("not an atom"))
}

pub fn function_clause(x: Int) -> Dynamic {
  small_name(x)
}

pub fn case_clause(x: Dynamic) -> Int {
  case_without_match(x)
}

pub fn if_clause(x: Int) -> Dynamic {
  if_without_match(x)
}

pub fn try_clause(x: Dynamic) -> Dynamic {
  try_of_without_match(x)
}

/// The old catch expression on throw, exit, error and a normal value.
pub fn old_catch_forms() -> List(Dynamic) {
  [
    old_catch(fn() { erl_throw(atom("thrown")) }),
    old_catch(fn() { erl_exit(atom("exited")) }),
    old_catch(fn() { erl_error(atom("errored")) }),
    old_catch(fn() { dyn(7) }),
  ]
}

/// erlang:raise/3 rethrows each class exactly.
pub fn reraise() -> List(Dynamic) {
  [
    dyn(bc_try.try_call(fn() { raise_again(atom("throw"), dyn(1)) })),
    dyn(bc_try.try_call(fn() { raise_again(atom("exit"), dyn(2)) })),
    dyn(bc_try.try_call(fn() { raise_again(atom("error"), dyn(3)) })),
  ]
}

/// erlang:raise/3 with an invalid class does not raise: it returns badarg.
pub fn reraise_bad_class() -> Dynamic {
  raise_again(atom("oops"), dyn(1))
}

/// after blocks run in order whether or not the body raises.
pub fn after_blocks() -> List(Dynamic) {
  [after_order(fn() { dyn("ok") }), after_order(fn() { erl_throw(atom("t")) })]
}

pub fn rethrow() -> Dynamic {
  nested_rethrow()
}

/// Exit reasons delivered through monitors: normal, an atom and a tuple.
pub fn process_exits() -> List(Dynamic) {
  [
    exit_from_process(atom("normal")),
    exit_from_process(atom("custom_reason")),
    exit_from_process(dyn(#(atom("bad"), [1, 2]))),
  ]
}

pub fn stack_top() -> Dynamic {
  stack_depth_of_error()
}
