//// Float arithmetic, rounding BIFs, conversions and float errors.

import bc_io.{dyn}

@external(erlang, "erlang", "/")
fn erl_fdiv(a: Float, b: Float) -> Float

@external(erlang, "erlang", "*")
fn erl_fmul(a: Float, b: Float) -> Float

@external(erlang, "erlang", "round")
fn round(f: Float) -> Int

@external(erlang, "erlang", "trunc")
fn trunc(f: Float) -> Int

@external(erlang, "erlang", "floor")
fn floor(f: Float) -> Int

@external(erlang, "erlang", "ceil")
fn ceil(f: Float) -> Int

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "abs")
fn fabs(f: Float) -> Float

@external(erlang, "erlang", "binary_to_float")
fn parse_float(s: String) -> Float

@external(erlang, "erlang", "list_to_float")
fn list_to_float(s: List(Int)) -> Float

@external(erlang, "erlang", "==")
fn loose_equal(a: a, b: b) -> Bool

@external(erlang, "erlang", "=:=")
fn exact_equal(a: a, b: b) -> Bool

@external(erlang, "erlang", "<")
fn less(a: a, b: b) -> Bool

@external(erlang, "math", "sqrt")
fn sqrt(f: Float) -> Float

@external(erlang, "math", "pow")
fn math_pow(a: Float, b: Float) -> Float

@external(erlang, "math", "pi")
fn pi() -> Float

@external(erlang, "math", "log")
fn log(f: Float) -> Float

pub fn add(a: Float, b: Float) -> Float {
  a +. b
}

pub fn sub(a: Float, b: Float) -> Float {
  a -. b
}

pub fn mul(a: Float, b: Float) -> Float {
  a *. b
}

/// Gleam's /. : returns 0.0 when the divisor is 0.0.
pub fn gleam_div(a: Float, b: Float) -> Float {
  a /. b
}

/// erlang:'/'/2 directly: raises badarith when the divisor is 0.0.
pub fn raw_div(a: Float, b: Float) -> Float {
  erl_fdiv(a, b)
}

/// erlang:'*'/2 of two large floats: overflowing to infinity raises badarith.
pub fn raw_mul(a: Float, b: Float) -> Float {
  erl_fmul(a, b)
}

/// Adds 0.1 ten times; the sum is not exactly 1.0.
pub fn tenth_sum() -> #(Float, Bool) {
  let s = sum_tenths(10, 0.0)
  #(s, s == 1.0)
}

fn sum_tenths(n: Int, acc: Float) -> Float {
  case n {
    0 -> acc
    _ -> sum_tenths(n - 1, acc +. 0.1)
  }
}

/// round/trunc/floor/ceil applied to halves and negative values, printed as a table.
pub fn rounding_table() -> Nil {
  let values = [2.5, -2.5, 3.5, 0.49999999999999994, -0.5, 2.7, -2.7, 1.0e15 +. 0.5]
  rounding_rows(values)
}

fn rounding_rows(values: List(Float)) -> Nil {
  case values {
    [] -> Nil
    [v, ..rest] -> {
      bc_io.format(
        "~w: round ~w trunc ~w floor ~w ceil ~w~n",
        [dyn(v), dyn(round(v)), dyn(trunc(v)), dyn(floor(v)), dyn(ceil(v))],
      )
      rounding_rows(rest)
    }
  }
}

/// Rounding a large float yields a bignum.
pub fn round_big() -> List(Int) {
  [round(1.0e20), trunc(-1.5e19), floor(1.0e300 /. 1.0e280)]
}

/// Int/float conversions and parsing.
pub fn conversions() -> List(Float) {
  [
    to_float(3),
    to_float(-12_345_678_901),
    parse_float("1.5e3"),
    parse_float("-0.000125"),
    list_to_float([50, 46, 53]),
    parse_float("1.0E-5"),
  ]
}

/// binary_to_float of text without a fraction ("1") raises badarg.
pub fn parse_bad(text: String) -> Float {
  parse_float(text)
}

/// Equality and ordering between ints, floats and signed zeros.
pub fn comparisons() -> List(Bool) {
  [
    1.5 <. 2.5,
    -0.0 == 0.0,
    exact_equal(0.0, -0.0),
    loose_equal(2, 2.0),
    exact_equal(2, 2.0),
    less(1, 1.5),
    less(2.0, 2),
    less(2, 2.0),
    3.0 >=. 3.0,
  ]
}

/// Largest and smallest doubles, subnormals, and losing precision at 2^53.
pub fn extremes() -> List(Float) {
  [
    1.7976931348623157e308,
    2.2250738585072014e-308,
    5.0e-324,
    5.0e-324 /. 2.0,
    9_007_199_254_740_992.0 +. 1.0,
    0.0 -. 0.0,
    -0.0,
  ]
}

/// math:sqrt, math:pow and math:pi (results exact or correctly rounded).
pub fn math_basics() -> List(Float) {
  [sqrt(2.0), sqrt(144.0), math_pow(2.0, 10.0), math_pow(2.0, -2.0), pi(), log(1.0), fabs(-3.25)]
}

/// math:sqrt(-1.0) raises badarith rather than returning NaN.
pub fn sqrt_negative() -> Float {
  sqrt(-1.0)
}

/// math:log(0.0) raises badarith.
pub fn log_zero() -> Float {
  log(0.0)
}

/// A loop of float operations whose result must match bit for bit.
pub fn compound_interest(principal: Float, rate: Float, years: Int) -> Float {
  case years {
    0 -> principal
    _ -> compound_interest(principal *. { 1.0 +. rate }, rate, years - 1)
  }
}
