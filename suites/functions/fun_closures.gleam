//// Closures: captured variables, currying, function captures with _,
//// composition, pipes, `use`, fun equality and arity errors.

import bc_io.{Dynamic, dyn}
import bc_try.{Caught, Returned}

@external(erlang, "erlang", "apply")
fn apply(f: Dynamic, args: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "is_function")
fn is_function(f: Dynamic, arity: Int) -> Bool

@external(erlang, "erlang", "fun_info")
fn fun_info(f: Dynamic, item: Dynamic) -> Dynamic

@external(erlang, "erlang", "element")
fn element(n: Int, t: Dynamic) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "lists", "map")
fn map(f: fn(a) -> b, l: List(a)) -> List(b)

@external(erlang, "lists", "foldl")
fn foldl(f: fn(a, acc) -> acc, acc: acc, l: List(a)) -> acc

pub fn make_adder(n: Int) -> fn(Int) -> Int {
  fn(x) { x + n }
}

pub fn adders() -> List(Int) {
  let add2 = make_adder(2)
  let add10 = make_adder(10)
  [add2(1), add10(1), add2(add10(100))]
}

/// A closure capturing several variables of different types.
pub fn capture_many() -> String {
  let greeting = "Hello"
  let punct = "!"
  let times = 3
  let f = fn(name: String) { greeting <> ", " <> name <> repeat(punct, times) }
  f("world")
}

fn repeat(s: String, n: Int) -> String {
  case n {
    0 -> ""
    _ -> s <> repeat(s, n - 1)
  }
}

/// Curried three-argument function applied one argument at a time.
pub fn curried() -> Int {
  let volume = fn(l: Int) { fn(w: Int) { fn(h: Int) { l * w * h } } }
  let base = volume(2)(3)
  base(4) + base(10)
}

fn sub(a: Int, b: Int) -> Int {
  a - b
}

/// Function captures with _ fix one argument of a two-argument function.
pub fn captures() -> #(Int, Int) {
  let minus_five = sub(_, 5)
  let five_minus = sub(5, _)
  #(minus_five(20), five_minus(20))
}

fn compose(f: fn(a) -> b, g: fn(b) -> c) -> fn(a) -> c {
  fn(x) { g(f(x)) }
}

pub fn composition() -> List(Int) {
  let double_then_inc = compose(fn(x) { x * 2 }, fn(x) { x + 1 })
  let inc_then_double = compose(fn(x) { x + 1 }, fn(x) { x * 2 })
  [double_then_inc(5), inc_then_double(5)]
}

/// The pipe operator passes the left value as first argument.
pub fn pipes() -> Int {
  [1, 2, 3, 4]
  |> map(fn(x) { x * x }, _)
  |> foldl(fn(x, acc) { x + acc }, 0, _)
  |> sub(1)
}

/// Closures built in a loop each remember their own captured value.
pub fn closures_in_list() -> List(Int) {
  let fs = map(fn(i) { fn(x) { x * i } }, [1, 2, 3, 4])
  map(fn(f) { f(10) }, fs)
}

/// A counter threaded through foldl with a closure accumulator.
pub fn compose_all() -> Int {
  let fs = [make_adder(1), fn(x) { x * 3 }, make_adder(-2), fn(x) { x * x }]
  let pipeline = foldl(fn(f, acc) { compose(acc, f) }, fn(x) { x }, fs)
  pipeline(4)
}

fn with_resource(name: String, body: fn(String) -> String) -> String {
  bc_io.println("open " <> name)
  let r = body(name <> "-handle")
  bc_io.println("close " <> name)
  r
}

/// `use` turns the rest of the block into a callback; prints open/close order.
pub fn use_syntax() -> String {
  use a <- with_resource("outer")
  use b <- with_resource("inner")
  bc_io.println("working with " <> a <> " and " <> b)
  a <> "+" <> b
}

/// Funs from the same expression with equal captures are equal.
pub fn fun_equality() -> List(Bool) {
  let a = make_adder(1)
  let b = make_adder(1)
  let c = make_adder(2)
  let d = fn(x: Int) { x + 1 }
  [a == a, a == b, a == c, d == d, a == d]
}

/// is_function/2 and fun_info(F, arity) on Gleam closures.
pub fn fun_introspection() -> #(Bool, Bool, Dynamic, Dynamic) {
  let f2 = fn(a: Int, b: Int) { a + b }
  #(
    is_function(dyn(f2), 2),
    is_function(dyn(f2), 1),
    fun_info(dyn(f2), atom("arity")),
    fun_info(dyn(make_adder), atom("arity")),
  )
}

/// erlang:apply with the wrong number of arguments raises {badarity, _}.
pub fn wrong_arity() -> Dynamic {
  let f = fn(x: Int) { x }
  case bc_try.try_call(fn() { apply(dyn(f), [dyn(1), dyn(2)]) }) {
    Returned(v) -> v
    Caught(class, reason) -> dyn(#(class, element(1, reason)))
  }
}

/// Calling something that is not a fun raises {badfun, 42}.
pub fn not_a_fun() -> Dynamic {
  apply(dyn(42), [])
}

/// A fun that takes itself as an argument, giving recursion without a name.
pub fn self_apply(n: Int) -> Int {
  let fact = fn(self: Dynamic, k: Int) -> Int {
    case k {
      0 -> 1
      _ -> k * call_self(self, k - 1)
    }
  }
  call_self(dyn(fact), n)
}

fn call_self(self: Dynamic, k: Int) -> Int {
  to_int(apply(self, [self, dyn(k)]))
}

@external(erlang, "bc_ffi", "identity")
fn to_int(d: Dynamic) -> Int

/// Shadowing: an inner let does not change what an earlier closure captured.
pub fn shadowing() -> #(Int, Int) {
  let x = 1
  let f = fn() { x }
  let x = 2
  #(f(), x)
}
