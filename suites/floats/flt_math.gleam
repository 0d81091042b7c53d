//// The math module, round/trunc/ceil/floor BIFs, math errors (badarith)
//// and the behaviour of -0.0 on OTP 26.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "math", "sin")
fn sin(x: Float) -> Float

@external(erlang, "math", "cos")
fn cos(x: Float) -> Float

@external(erlang, "math", "tan")
fn tan(x: Float) -> Float

@external(erlang, "math", "asin")
fn asin(x: Float) -> Float

@external(erlang, "math", "acos")
fn acos(x: Float) -> Float

@external(erlang, "math", "atan")
fn atan(x: Float) -> Float

@external(erlang, "math", "atan2")
fn atan2(y: Float, x: Float) -> Float

@external(erlang, "math", "sinh")
fn sinh(x: Float) -> Float

@external(erlang, "math", "cosh")
fn cosh(x: Float) -> Float

@external(erlang, "math", "tanh")
fn tanh(x: Float) -> Float

@external(erlang, "math", "asinh")
fn asinh(x: Float) -> Float

@external(erlang, "math", "acosh")
fn acosh(x: Float) -> Float

@external(erlang, "math", "atanh")
fn atanh(x: Float) -> Float

@external(erlang, "math", "exp")
fn exp(x: Float) -> Float

@external(erlang, "math", "log")
fn log(x: Float) -> Float

@external(erlang, "math", "log2")
fn log2(x: Float) -> Float

@external(erlang, "math", "log10")
fn log10(x: Float) -> Float

@external(erlang, "math", "pow")
fn pow(x: Float, y: Float) -> Float

@external(erlang, "math", "sqrt")
fn sqrt(x: Float) -> Float

@external(erlang, "math", "erf")
fn erf(x: Float) -> Float

@external(erlang, "math", "erfc")
fn erfc(x: Float) -> Float

@external(erlang, "math", "ceil")
fn mceil(x: Float) -> Float

@external(erlang, "math", "floor")
fn mfloor(x: Float) -> Float

@external(erlang, "math", "fmod")
fn fmod(x: Float, y: Float) -> Float

@external(erlang, "math", "pi")
fn pi() -> Float

@external(erlang, "math", "tau")
fn tau() -> Float

@external(erlang, "math", "sqrt")
fn sqrt_any(x: a) -> Float

@external(erlang, "math", "pow")
fn pow_any(x: a, y: b) -> Float

@external(erlang, "erlang", "round")
fn round(x: Float) -> Int

@external(erlang, "erlang", "trunc")
fn trunc(x: Float) -> Int

@external(erlang, "erlang", "ceil")
fn ceil(x: Float) -> Int

@external(erlang, "erlang", "floor")
fn floor(x: Float) -> Int

@external(erlang, "erlang", "round")
fn round_any(x: a) -> Int

@external(erlang, "erlang", "abs")
fn fabs(x: Float) -> Float

@external(erlang, "erlang", "==")
fn eq(a: a, b: b) -> Bool

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "erlang", "<")
fn lt(a: a, b: b) -> Bool

@external(erlang, "erlang", "term_to_binary")
fn term_to_binary(a: a) -> BitString

@external(erlang, "erlang", "phash2")
fn phash2(a: a) -> Int

@external(erlang, "lists", "usort")
fn usort(xs: List(Float)) -> List(Float)

@external(erlang, "lists", "sort")
fn sort(xs: List(Float)) -> List(Float)

@external(erlang, "maps", "from_list")
fn map_from_list(pairs: List(#(Float, String))) -> Dynamic

@external(erlang, "maps", "size")
fn map_size(m: Dynamic) -> Int

@external(erlang, "maps", "to_list")
fn map_to_list(m: Dynamic) -> Dynamic

@external(erlang, "erlang", "float_to_binary")
fn f2b(f: Float, opts: List(#(String, Int))) -> String

@external(erlang, "erlang", "-")
fn negate(x: Float) -> Float

fn each(xs: List(a), f: fn(a) -> Nil) -> Nil {
  case xs {
    [] -> Nil
    [x, ..rest] -> {
      f(x)
      each(rest, f)
    }
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

pub fn trig_table() -> Nil {
  each([0.0, 0.5, 1.0, 1.5707963267948966, 3.141592653589793, -2.0], fn(x) {
    bc_io.format("~w: sin ~w cos ~w tan ~w~n", [dyn(x), dyn(sin(x)), dyn(cos(x)), dyn(tan(x))])
  })
}

pub fn inverse_trig() -> List(Float) {
  [asin(1.0), asin(-0.5), acos(0.0), acos(-1.0), atan(1.0), atan(-1.0e10), atan2(1.0, -1.0), atan2(-0.0, -1.0), atan2(0.0, 0.0), atan2(-1.0, 0.0)]
}

pub fn hyperbolic() -> List(Float) {
  [sinh(1.0), cosh(1.0), tanh(0.5), tanh(30.0), asinh(1.0), acosh(2.0), atanh(0.5), sinh(-0.0)]
}

pub fn exp_logs() -> List(Float) {
  [exp(0.0), exp(1.0), exp(-745.0), exp(-800.0), log(2.718281828459045), log2(1024.0), log2(3.0), log10(1000.0), log10(2.0), log(1.0)]
}

pub fn powers() -> List(Float) {
  [pow(2.0, 10.0), pow(2.0, 0.5), pow(-8.0, 3.0), pow(0.0, 0.0), pow(10.0, -3.0), pow(2.0, 1023.0), pow(2.0, -1074.0), pow(-1.0, 0.5 *. 2.0)]
}

pub fn sqrt_erf() -> List(Float) {
  [sqrt(2.0), sqrt(0.0), sqrt(1.0e-300), sqrt(1.0e300), erf(0.5), erfc(0.5), erf(-3.0), erfc(10.0)]
}

pub fn constants() -> List(Float) {
  [pi(), tau(), pi() *. 2.0, sin(pi()), cos(tau())]
}

pub fn math_floor_ceil() -> List(Float) {
  [mceil(1.2), mceil(-1.2), mfloor(1.8), mfloor(-1.8), mceil(-0.5), mfloor(0.5), mceil(1.0e300), fmod(7.5, 2.0), fmod(-7.5, 2.0), fmod(7.5, -2.0)]
}

pub fn rounding_bifs() -> Nil {
  each([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, -2.6, 1.0e20, -1.0e20, 4503599627370497.0], fn(x) {
    bc_io.format("~w: round ~w trunc ~w ceil ~w floor ~w~n", [dyn(x), dyn(round(x)), dyn(trunc(x)), dyn(ceil(x)), dyn(floor(x))])
  })
}

pub fn round_huge() -> List(Int) {
  [round(1.7976931348623157e308) / 1_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000, trunc(-1.0e30), ceil(1.0e25), floor(-123456789012345678901234567890.0)]
}

pub fn round_of_integer() -> Int {
  round_any(7)
}

pub fn round_of_atom() -> Int {
  round_any(dyn(True))
}

pub fn math_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { log(-1.0) }),
    bc_try.try_call(fn() { log(0.0) }),
    bc_try.try_call(fn() { sqrt(-1.0) }),
    bc_try.try_call(fn() { acos(2.0) }),
    bc_try.try_call(fn() { asin(-1.5) }),
    bc_try.try_call(fn() { pow(10.0, 400.0) }),
    bc_try.try_call(fn() { exp(1000.0) }),
    bc_try.try_call(fn() { pow(-8.0, 1.0 /. 3.0) }),
    bc_try.try_call(fn() { atanh(1.0) }),
    bc_try.try_call(fn() { acosh(0.5) }),
    bc_try.try_call(fn() { fmod(1.0, 0.0) }),
    bc_try.try_call(fn() { log10(-0.0) }),
  ]
}

pub fn sqrt_negative_stack() -> Float {
  let r = sqrt(-4.0)
  r +. 1.0
}

pub fn math_on_integers() -> List(Float) {
  [sqrt_any(16), pow_any(2, 10), pow_any(2, 0.5), sqrt_any(1_000_000_000_000_000_000_000_000_000_000)]
}

pub fn math_on_atom() -> Float {
  sqrt_any(dyn(Nil))
}

pub fn float_overflow_ops() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { 1.0e308 *. 10.0 }),
    bc_try.try_call(fn() { 1.0e308 +. 1.0e308 }),
    bc_try.try_call(fn() { 1.0e-308 /. 1.0e10 }),
    bc_try.try_call(fn() { 0.0 -. 1.7976931348623157e308 *. 2.0 }),
    bc_try.try_call(fn() { 5.0e-324 /. 2.0 }),
  ]
}

pub fn neg_zero(x: Float) -> List(Dynamic) {
  [
    dyn(x),
    dyn(eq(x, 0.0)),
    dyn(exact(x, 0.0)),
    dyn(lt(x, 0.0)),
    dyn(lt(0.0, x)),
    dyn(x +. 0.0),
    dyn(x *. -1.0),
    dyn(fabs(x)),
    dyn(negate(x)),
    dyn(0.0 -. x),
    dyn(round(x)),
    dyn(f2b(x, [])),
  ]
}

pub fn neg_zero_match(x: Float) -> String {
  case x {
    0.0 -> "matched 0.0"
    _ -> "no match"
  }
}

pub fn neg_zero_terms(x: Float) -> List(Dynamic) {
  [
    dyn(term_to_binary(x)),
    dyn(term_to_binary(0.0)),
    dyn(eq(phash2(x), phash2(0.0))),
    dyn(usort([x, 0.0, x])),
    dyn(sort([0.0, x, 0.0, x])),
  ]
}

pub fn neg_zero_map_keys(x: Float) -> #(Int, Dynamic) {
  let m = map_from_list([#(0.0, "pos"), #(x, "neg")])
  #(map_size(m), map_to_list(m))
}

pub fn neg_zero_printed(x: Float) -> Nil {
  bc_io.format("~p ~w ~f ~e ~g ~.1f~n", [dyn(x), dyn(x), dyn(x), dyn(x), dyn(x), dyn(x)])
}

pub fn newton_sqrt() -> List(Float) {
  map([2.0, 10.0, 12345.0, 1.0e-6], fn(v) { newton(v, v, 30) })
}

fn newton(v: Float, guess: Float, n: Int) -> Float {
  case n {
    0 -> guess
    _ -> newton(v, { guess +. v /. guess } /. 2.0, n - 1)
  }
}

pub fn series_pi() -> Float {
  leibniz(0, 0.0, 1.0) *. 4.0
}

fn leibniz(k: Int, acc: Float, sign: Float) -> Float {
  case k {
    100_000 -> acc
    _ -> {
      let term = sign /. int_to_float(2 * k + 1)
      leibniz(k + 1, acc +. term, 0.0 -. sign)
    }
  }
}

@external(erlang, "erlang", "float")
fn int_to_float(i: Int) -> Float
