//// Every kind of error reason: badmatch, case_clause, if_clause,
//// function_clause, try_clause, undef, badarith, badarg, badkey, badmap,
//// badrecord, badarity, badfun, nocatch, system_limit; exit signals,
//// error/2,3, erlang:raise/3, catch expressions, nested try/after.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "exc_kinds_ffi", "badmatch")
fn badmatch(x: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "case_clause")
fn case_clause(x: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "if_clause")
fn if_clause(x: Int) -> Dynamic

@external(erlang, "exc_kinds_ffi", "guarded")
fn guarded(a: a, b: b) -> Dynamic

@external(erlang, "exc_kinds_ffi", "fun_clause")
fn fun_clause(x: Int) -> Dynamic

@external(erlang, "exc_kinds_ffi", "try_clause")
fn try_clause(x: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "record_ok")
fn record_ok() -> Dynamic

@external(erlang, "exc_kinds_ffi", "bad_record_field")
fn bad_record_field(t: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "bad_record_update")
fn bad_record_update(t: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "nocatch_in_process")
fn nocatch_in_process(v: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "exit_reason_in_process")
fn exit_reason_in_process(how: Dynamic) -> Dynamic

@external(erlang, "exc_kinds_ffi", "exit_self_signal")
fn exit_self_signal_ffi(reason: a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "exit_self_normal")
fn exit_self_normal_ffi() -> Dynamic

@external(erlang, "exc_kinds_ffi", "raise3")
fn raise3(class: Dynamic, reason: a, stack: b) -> Dynamic

@external(erlang, "exc_kinds_ffi", "catch_expr")
fn catch_expr(f: fn() -> a) -> Dynamic

@external(erlang, "exc_kinds_ffi", "nested")
fn nested(kind: Dynamic) -> Dynamic

@external(erlang, "exc_kinds_ffi", "after_order")
fn after_order(raise: Bool) -> Dynamic

@external(erlang, "exc_kinds_ffi", "after_raises")
fn after_raises_ffi() -> Dynamic

@external(erlang, "exc_kinds_ffi", "rethrow_class_change")
fn rethrow_class_change_ffi() -> Dynamic

@external(erlang, "exc_kinds_ffi", "error_with_info")
fn error_with_info_ffi() -> Dynamic

@external(erlang, "exc_kinds_ffi", "error_args")
fn error_args(r: a, args: List(Dynamic)) -> Dynamic

@external(erlang, "exc_kinds_ffi", "stack_of_throw")
fn stack_of_throw_ffi() -> Dynamic

@external(erlang, "exc_kinds_ffi", "guard_exception")
fn guard_exception(x: a) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "apply")
fn apply(m: Dynamic, f: Dynamic, args: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "+")
fn plus(a: a, b: b) -> Dynamic

@external(erlang, "erlang", "atom_to_list")
fn atom_to_list(a: a) -> Dynamic

@external(erlang, "erlang", "hd")
fn hd(a: a) -> Dynamic

@external(erlang, "erlang", "list_to_atom")
fn list_to_atom(a: a) -> Dynamic

@external(erlang, "erlang", "binary_part")
fn binary_part(b: BitString, pos: Int, len: Int) -> Dynamic

@external(erlang, "erlang", "integer_to_list")
fn integer_to_list(a: a) -> Dynamic

@external(erlang, "erlang", "throw")
fn throw(v: a) -> Dynamic

@external(erlang, "erlang", "error")
fn error(v: a) -> Dynamic

@external(erlang, "erlang", "exit")
fn exit(v: a) -> Dynamic

@external(erlang, "lists", "duplicate")
fn duplicate(n: Int, x: a) -> List(a)

@external(erlang, "maps", "get")
fn map_get(k: k, m: a) -> Dynamic

@external(erlang, "maps", "from_list")
fn map_from_list(pairs: List(#(a, b))) -> Dynamic

pub fn badmatch_case() -> Dynamic {
  badmatch(#(atom("error"), atom("enoent")))
}

pub fn case_clause_case() -> Dynamic {
  case_clause(3)
}

pub fn if_clause_case() -> Dynamic {
  if_clause(5)
}

pub fn function_clause_args() -> Dynamic {
  guarded(atom("a"), [1, 2])
}

pub fn function_clause_guard_false() -> Dynamic {
  guarded(1, 5)
}

pub fn fun_clause_case() -> Dynamic {
  fun_clause(3)
}

pub fn try_clause_case() -> Dynamic {
  try_clause(atom("not_ok"))
}

pub fn undef_module() -> Dynamic {
  apply(atom("beamconf_missing_module"), atom("run"), [dyn(1), dyn("x")])
}

pub fn undef_function() -> Dynamic {
  apply(atom("lists"), atom("reverse"), [dyn(1), dyn(2), dyn(3)])
}

pub fn badarith_case() -> Dynamic {
  plus(1, atom("one"))
}

pub fn badarg_bifs() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { atom_to_list(1) }),
    bc_try.try_call(fn() { hd([]) }),
    bc_try.try_call(fn() { list_to_atom([dyn(-1)]) }),
    bc_try.try_call(fn() { binary_part(<<1, 2>>, 1, 5) }),
    bc_try.try_call(fn() { integer_to_list(1.5) }),
    bc_try.try_call(fn() { list_to_atom(duplicate(256, 97)) }),
  ]
}

pub fn badarg_hd() -> Dynamic {
  hd([])
}

pub fn system_limit_atom() -> Dynamic {
  list_to_atom(duplicate(256, 97))
}

pub fn badkey_case() -> Dynamic {
  map_get(atom("missing"), map_from_list([#(atom("present"), 1)]))
}

pub fn badmap_case() -> Dynamic {
  map_get(atom("k"), #(1, 2))
}

pub fn records_ok() -> Dynamic {
  record_ok()
}

pub fn badrecord_field() -> Dynamic {
  bad_record_field(#(atom("other"), 1))
}

pub fn badrecord_not_tuple() -> Dynamic {
  bad_record_field(42)
}

pub fn badrecord_update() -> Dynamic {
  bad_record_update(#(atom("point"), 1))
}

pub fn nocatch_value() -> Dynamic {
  nocatch_in_process(#(atom("ball"), 7))
}

pub fn process_exit_reasons() -> List(Dynamic) {
  [
    exit_reason_in_process(atom("error")),
    exit_reason_in_process(atom("exit")),
    exit_reason_in_process(atom("badarith")),
    exit_reason_in_process(atom("normal")),
    exit_reason_in_process(atom("kill_self")),
  ]
}

pub fn exit_self_signal() -> Dynamic {
  exit_self_signal_ffi(#(atom("shutdown"), "by signal"))
}

pub fn exit_self_normal() -> Dynamic {
  exit_self_normal_ffi()
}

pub fn uncaught_throw() -> Dynamic {
  throw(#(atom("thrown"), [1, 2]))
}

pub fn uncaught_exit() -> Dynamic {
  exit(#(atom("exited"), "reason"))
}

pub fn raise_custom_stack() -> Dynamic {
  raise3(atom("error"), atom("raised"), [#(atom("fake_mod"), atom("fake_fun"), 2, [#(atom("file"), dyn([102, 46, 101, 114, 108])), #(atom("line"), dyn(99))])])
}

pub fn raise_throw_class() -> Dynamic {
  raise3(atom("throw"), atom("ball"), [])
}

pub fn raise_bad_class() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { raise3(atom("oops"), atom("r"), []) }),
    bc_try.try_call(fn() { raise3(atom("error"), atom("r"), atom("not_a_stack")) }),
    bc_try.try_call(fn() { raise3(atom("exit"), atom("r"), [#(1, 2)]) }),
  ]
}

pub fn catch_expressions() -> List(Dynamic) {
  [
    catch_expr(fn() { throw(atom("thrown_value")) }),
    catch_expr(fn() { exit(atom("exit_reason")) }),
    catch_expr(fn() { error(atom("error_reason")) }),
    catch_expr(fn() { plus(1, "x") }),
    catch_expr(fn() { atom("normal_value") }),
    catch_expr(fn() { throw(#(atom("EXIT"), atom("fake"))) }),
  ]
}

pub fn nested_tries() -> List(Dynamic) {
  [nested(atom("throw")), nested(atom("error")), nested(atom("exit")), nested(atom("none"))]
}

pub fn after_blocks() -> List(Dynamic) {
  [after_order(True), after_order(False)]
}

pub fn after_raises() -> Dynamic {
  after_raises_ffi()
}

pub fn rethrow_class_change() -> Dynamic {
  rethrow_class_change_ffi()
}

pub fn error_with_info() -> Dynamic {
  error_with_info_ffi()
}

pub fn error_with_args() -> Dynamic {
  error_args(#(atom("bad_input"), 42), [dyn("arg one"), dyn(2)])
}

pub fn stack_of_throw() -> Dynamic {
  stack_of_throw_ffi()
}

pub fn guard_exceptions() -> List(Dynamic) {
  [guard_exception([1, 2, 3]), guard_exception(#(atom("a"))), guard_exception(atom("x")), guard_exception([1]), guard_exception(#())]
}

pub fn gleam_panic() -> Dynamic {
  panic as "gleam panic message"
}

pub fn gleam_todo() -> Dynamic {
  todo as "not written yet"
}

pub fn gleam_let_assert() -> Int {
  let assert [a, b] = duplicate(3, 1)
  a + b
}

pub fn error_reason_shapes() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { error(#(atom("tuple"), "reason")) }),
    bc_try.try_call(fn() { error([1, 2]) }),
    bc_try.try_call(fn() { error(map_from_list([#(1, 2)])) }),
    bc_try.try_call(fn() { exit(atom("normal")) }),
    bc_try.try_call(fn() { throw(3.5) }),
  ]
}
