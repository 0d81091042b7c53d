//// Closures and higher-order functions: funs capturing many variables,
//// funs returned from funs, equality of funs, fun_info items, calls with
//// the wrong arity ({badarity, ...}) and calls of non-funs ({badfun, ...}).

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "fun_ffi", "info")
fn info(f: a) -> List(Dynamic)

@external(erlang, "fun_ffi", "info_item")
fn info_item(f: a, item: Dynamic) -> Dynamic

@external(erlang, "fun_ffi", "call_direct")
fn call_direct(f: a, args: List(Dynamic)) -> Dynamic

@external(erlang, "fun_ffi", "apply_fun")
fn apply_fun(f: a, args: List(Dynamic)) -> Dynamic

@external(erlang, "fun_ffi", "apply_mfa")
fn apply_mfa(m: Dynamic, f: Dynamic, args: List(Dynamic)) -> Dynamic

@external(erlang, "fun_ffi", "external_fun")
fn external_fun(m: Dynamic, f: Dynamic, a: Int) -> Dynamic

@external(erlang, "fun_ffi", "local_named")
fn local_named() -> fn(Int) -> Int

@external(erlang, "fun_ffi", "env_of")
fn env_of(f: a) -> Dynamic

@external(erlang, "fun_ffi", "fun_text")
fn fun_text(f: a) -> Dynamic

@external(erlang, "fun_ffi", "make_funs_in_loop")
fn make_funs_in_loop(n: Int) -> List(fn() -> Int)

@external(erlang, "fun_ffi", "recursive_fun")
fn recursive_fun(n: Int) -> Int

@external(erlang, "fun_ffi", "tuple_fun_call")
fn tuple_fun_call() -> Dynamic

@external(erlang, "erlang", "is_function")
fn is_function(f: a) -> Bool

@external(erlang, "erlang", "is_function")
fn is_function2(f: a, arity: Int) -> Bool

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "erlang", "==")
fn eq(a: a, b: b) -> Bool

@external(erlang, "erlang", "<")
fn lt(a: a, b: b) -> Bool

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "phash2")
fn phash2(t: a) -> Int

@external(erlang, "lists", "map")
fn lmap(f: fn(a) -> b, xs: List(a)) -> List(b)

@external(erlang, "lists", "foldl")
fn foldl(f: fn(a, b) -> b, acc: b, xs: List(a)) -> b

pub fn capture_many() -> fn(Int) -> #(Int, String, Float, List(Int), Bool, #(Int, Int)) {
  capture_from(1, "two", 3.0, [4, 4], True, #(6, 7))
}

fn capture_from(
  a: Int,
  b: String,
  c: Float,
  d: List(Int),
  e: Bool,
  g: #(Int, Int),
) -> fn(Int) -> #(Int, String, Float, List(Int), Bool, #(Int, Int)) {
  fn(x) { #(a + x, b, c, d, e, g) }
}

pub fn call_captured() -> #(Int, String, Float, List(Int), Bool, #(Int, Int)) {
  capture_many()(10)
}

pub fn captured_env() -> Dynamic {
  env_of(capture_many())
}

fn make_counter(start: Int) -> fn(Int) -> #(Int, fn(Int) -> Int) {
  fn(step) {
    let next = start + step
    #(next, fn(more) { next + more })
  }
}

pub fn funs_from_funs() -> List(Int) {
  let c = make_counter(100)
  let #(n1, f1) = c(5)
  let #(n2, f2) = c(50)
  [n1, f1(1), n2, f2(2), make_counter(0)(0).0]
}

fn compose(f: fn(b) -> c, g: fn(a) -> b) -> fn(a) -> c {
  fn(x) { f(g(x)) }
}

fn twice(f: fn(a) -> a) -> fn(a) -> a {
  compose(f, f)
}

pub fn composition_chain() -> List(Int) {
  let inc = fn(x) { x + 1 }
  let dbl = fn(x) { x * 2 }
  [compose(inc, dbl)(5), compose(dbl, inc)(5), twice(twice(dbl))(1), twice(compose(inc, dbl))(0)]
}

pub fn curry3() -> List(Int) {
  let f = fn(a) { fn(b) { fn(c) { a * 100 + b * 10 + c } } }
  let g = f(1)
  [g(2)(3), g(4)(5), f(9)(9)(9)]
}

fn adder(n: Int) -> fn(Int) -> Int {
  fn(x) { x + n }
}

pub fn equality() -> List(Bool) {
  let a1 = adder(1)
  let a1b = adder(1)
  let a2 = adder(2)
  [
    exact(a1, a1),
    exact(a1, a1b),
    exact(a1, a2),
    eq(a1, a1b),
    exact(local_named(), local_named()),
    exact(external_fun(atom("lists"), atom("reverse"), 1), external_fun(atom("lists"), atom("reverse"), 1)),
    exact(external_fun(atom("lists"), atom("reverse"), 1), external_fun(atom("lists"), atom("reverse"), 2)),
    exact(phash2(a1), phash2(a1b)),
    exact(fn(x: Int) { x }, fn(x: Int) { x }),
  ]
}

pub fn fun_ordering() -> List(Bool) {
  let ext = external_fun(atom("lists"), atom("reverse"), 1)
  [lt(adder(1), adder(2)), lt(1, adder(1)), lt(adder(1), #()), lt(atom("z"), ext), lt(ext, [])]
}

pub fn info_local() -> List(Dynamic) {
  info(adder(7))
}

pub fn info_external() -> List(Dynamic) {
  info(external_fun(atom("lists"), atom("map"), 2))
}

pub fn info_local_named() -> List(Dynamic) {
  info(local_named())
}

pub fn info_bad_item() -> Dynamic {
  info_item(adder(1), atom("colour"))
}

pub fn fun_to_list_forms() -> List(Dynamic) {
  [fun_text(external_fun(atom("lists"), atom("map"), 2)), fun_text(external_fun(atom("erlang"), atom("++"), 2))]
}

pub fn arity_checks() -> List(Bool) {
  let f2 = fn(a: Int, b: Int) { a + b }
  [is_function(f2), is_function2(f2, 2), is_function2(f2, 1), is_function(atom("f")), is_function2(external_fun(atom("a"), atom("b"), 0), 0)]
}

pub fn apply_wrong_arity() -> Dynamic {
  apply_fun(adder(1), [dyn(1), dyn(2)])
}

pub fn direct_wrong_arity() -> Dynamic {
  call_direct(fn(a: Int, b: Int) { a + b }, [dyn(1)])
}

pub fn call_atom() -> Dynamic {
  call_direct(atom("not_a_fun"), [dyn(1)])
}

pub fn call_integer() -> Dynamic {
  apply_fun(42, [])
}

pub fn call_tuple_fun() -> Dynamic {
  tuple_fun_call()
}

pub fn apply_external_missing() -> Dynamic {
  call_direct(external_fun(atom("lists"), atom("no_such_function"), 1), [dyn(1)])
}

pub fn apply_mfa_cases() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { apply_mfa(atom("lists"), atom("reverse"), [dyn([1, 2])]) }),
    bc_try.try_call(fn() { apply_mfa(atom("lists"), atom("reverse"), [dyn([1]), dyn([2]), dyn(3)]) }),
    bc_try.try_call(fn() { apply_mfa(atom("no_such_module_beamconf"), atom("f"), []) }),
    bc_try.try_call(fn() { apply_mfa(dyn(1), atom("f"), []) }),
    bc_try.try_call(fn() { apply_fun(adder(1), [dyn(1)]) }),
  ]
}

pub fn loop_funs() -> #(List(Int), Bool, Bool) {
  let fs = make_funs_in_loop(5)
  let results = lmap(fn(f) { f() }, fs)
  let assert [f1, f2, ..] = fs
  #(results, exact(info_item(f1, atom("index")), info_item(f2, atom("index"))), exact(f1, f2))
}

pub fn named_recursion() -> List(Int) {
  lmap(recursive_fun, [0, 1, 5, 20])
}

pub fn funs_in_data() -> List(Int) {
  let ops = [#("add", fn(a, b) { a + b }), #("sub", fn(a, b) { a - b }), #("mul", fn(a, b) { a * b })]
  lmap(fn(op: #(String, fn(Int, Int) -> Int)) { op.1(7, 3) }, ops)
}

pub fn fold_building_fun() -> Int {
  let pipeline = foldl(fn(n, acc) { compose(fn(x) { x * 10 + n }, acc) }, fn(x) { x }, [1, 2, 3, 4])
  pipeline(0)
}

pub fn printing_funs() -> Nil {
  bc_io.format("~p~n~w~n", [external_fun(atom("lists"), atom("map"), 2), external_fun(atom("erlang"), atom("element"), 2)])
}
