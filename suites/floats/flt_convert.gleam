//// float_to_binary/float_to_list with every option over a table of values,
//// binary_to_float/list_to_float edge cases and their badarg errors.

import bc_io.{Dynamic, dyn}
import bc_try

pub type Opt {
  Decimals(Int)
  Scientific(Int)
  Compact
  Short
}

@external(erlang, "erlang", "float_to_binary")
fn f2b(f: Float) -> String

@external(erlang, "erlang", "float_to_binary")
fn f2b_opts(f: Float, opts: List(Opt)) -> String

@external(erlang, "erlang", "float_to_binary")
fn f2b_any(f: a, opts: b) -> String

@external(erlang, "erlang", "float_to_list")
fn f2l(f: Float) -> Dynamic

@external(erlang, "erlang", "float_to_list")
fn f2l_opts(f: Float, opts: List(Opt)) -> Dynamic

@external(erlang, "erlang", "binary_to_float")
fn b2f(s: String) -> Float

@external(erlang, "erlang", "binary_to_float")
fn b2f_any(s: a) -> Float

@external(erlang, "erlang", "list_to_float")
fn l2f(s: Dynamic) -> Float

@external(erlang, "erlang", "binary_to_list")
fn charlist(s: String) -> Dynamic

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

const values = [
  0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 100.0, 123456.789, 1.0e-5,
  1.0e15, 1.0e16, 1.0e21, 9.999999e22, 5.0e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, 0.3,
]

fn each(xs: List(a), f: fn(a) -> Nil) -> Nil {
  case xs {
    [] -> Nil
    [x, ..rest] -> {
      f(x)
      each(rest, f)
    }
  }
}

/// The value f() returns, or the reason it raised (an atom prints fine with ~s).
fn attempt(f: fn() -> String) -> Dynamic {
  case bc_try.try_call(f) {
    bc_try.Returned(v) -> v
    bc_try.Caught(_, reason) -> reason
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

pub fn default_table() -> Nil {
  each(values, fn(v) { bc_io.format("~s~n", [dyn(f2b(v))]) })
}

pub fn short_table() -> Nil {
  each(values, fn(v) { bc_io.format("~s~n", [dyn(f2b_opts(v, [Short]))]) })
}

pub fn decimals_table() -> Nil {
  each(values, fn(v) {
    bc_io.format(
      "~s | ~s | ~s~n",
      [
        attempt(fn() { f2b_opts(v, [Decimals(0)]) }),
        attempt(fn() { f2b_opts(v, [Decimals(3)]) }),
        attempt(fn() { f2b_opts(v, [Decimals(3), Compact]) }),
      ],
    )
  })
}

pub fn scientific_table() -> Nil {
  each(values, fn(v) {
    bc_io.format(
      "~s | ~s | ~s~n",
      [dyn(f2b_opts(v, [Scientific(0)])), dyn(f2b_opts(v, [Scientific(4)])), dyn(f2b_opts(v, [Scientific(17)]))],
    )
  })
}

pub fn decimals_rounding() -> List(String) {
  map([0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, -0.5, -2.5, 0.045], fn(v) { f2b_opts(v, [Decimals(2)]) })
}

pub fn decimals_zero_rounding() -> List(String) {
  map([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994], fn(v) { f2b_opts(v, [Decimals(0)]) })
}

pub fn decimals_huge_value() -> String {
  f2b_opts(1.0e300, [Decimals(0)])
}

pub fn decimals_limit() -> List(bc_try.Outcome) {
  map([1.0e20, 1.0e21, 1.0e22, 1.0e25, 1.0e30, 1.0e40], fn(v) { bc_try.try_call(fn() { f2b_opts(v, [Decimals(1)]) }) })
}

pub fn decimals_max() -> String {
  f2b_opts(0.1, [Decimals(253)])
}

pub fn decimals_too_many() -> String {
  f2b_opts(0.1, [Decimals(254)])
}

pub fn scientific_max() -> List(String) {
  [f2b_opts(1.0, [Scientific(60)]), f2b_opts(1.0 /. 3.0, [Scientific(40)])]
}

pub fn scientific_too_many() -> String {
  f2b_opts(1.0, [Scientific(300)])
}

pub fn compact_forms() -> List(String) {
  [
    f2b_opts(1.0, [Decimals(5), Compact]),
    f2b_opts(1.5, [Compact, Decimals(5)]),
    f2b_opts(100.0, [Decimals(2), Compact]),
    f2b_opts(0.0, [Decimals(9), Compact]),
    f2b_opts(1.0e10, [Decimals(3), Compact]),
    f2b_opts(1.0e-10, [Decimals(3), Compact]),
  ]
}

pub fn last_option_wins() -> List(String) {
  [
    f2b_opts(3.25, [Decimals(1), Scientific(2)]),
    f2b_opts(3.25, [Scientific(2), Decimals(1)]),
    f2b_opts(3.25, [Short, Decimals(4)]),
    f2b_opts(3.25, [Decimals(4), Short]),
  ]
}

pub fn bad_options() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { f2b_any(1.0, [dyn(#(Decimals(-1)))]) }),
    bc_try.try_call(fn() { f2b_any(1.0, [#("decimals", 2)]) }),
    bc_try.try_call(fn() { f2b_any(1.0, dyn(Compact)) }),
    bc_try.try_call(fn() { f2b_any(1, []) }),
    bc_try.try_call(fn() { f2b_any(1.0, [Scientific(-1)]) }),
    bc_try.try_call(fn() { f2b_any(1.0, [Decimals(-1)]) }),
  ]
}

pub fn to_list_forms() -> List(Dynamic) {
  [f2l(0.5), f2l_opts(0.5, [Short]), f2l_opts(2.0 /. 3.0, [Decimals(4)]), f2l_opts(12345.678, [Scientific(2)]), f2l_opts(-0.0, [Short])]
}

pub fn parse_ok() -> List(Float) {
  map(["1.0", "-1.0", "+1.5", "1.0e5", "1.0E5", "1.5e-3", "1.5e+3", "0.0", "-0.0", "00012.5000", "1.7976931348623157e308", "4.9e-324", "123456789012345678901234567890.0"], b2f)
}

pub fn parse_underflow() -> List(Float) {
  [b2f("1.0e-400"), b2f("-1.0e-400"), b2f("2.4e-324")]
}

pub fn parse_overflow() -> Float {
  b2f("1.0e400")
}

pub fn parse_errors() -> List(bc_try.Outcome) {
  map(["1", "1e5", ".5", "5.", "1.0e", "1.0e+", "inf", "nan", " 1.0", "1.0 ", "1,0", "1_0.0", "0x1.0", "", "--1.0", "1.0.0"], fn(s) {
    bc_try.try_call(fn() { b2f(s) })
  })
}

pub fn parse_not_binary() -> Float {
  b2f_any(dyn(1.0))
}

pub fn list_parse() -> List(bc_try.Outcome) {
  map(["3.75", "-2.0e-2", "7", "1.0e999"], fn(s) { bc_try.try_call(fn() { l2f(charlist(s)) }) })
}

pub fn round_trips() -> List(Bool) {
  map(values, fn(v) { exact(b2f(f2b_opts(v, [Short])), v) && exact(b2f(f2b(v)), v) })
}

pub fn float_of_ints() -> List(Float) {
  [to_float(0), to_float(-7), to_float(9_007_199_254_740_993), to_float(123_456_789_012_345_678_901_234_567_890)]
}

pub fn sum_printed() -> String {
  f2b_opts(0.1 +. 0.2, [Short])
}
