//// Small-integer arithmetic, Gleam division semantics versus the raw
//// Erlang div/rem operators, comparisons and conversions.

import bc_io.{dyn}

@external(erlang, "erlang", "div")
fn erl_div(a: Int, b: Int) -> Int

@external(erlang, "erlang", "rem")
fn erl_rem(a: Int, b: Int) -> Int

@external(erlang, "erlang", "abs")
fn erl_abs(a: Int) -> Int

@external(erlang, "erlang", "max")
fn erl_max(a: a, b: a) -> a

@external(erlang, "erlang", "min")
fn erl_min(a: a, b: a) -> a

@external(erlang, "erlang", "integer_to_binary")
fn to_string_base(i: Int, base: Int) -> String

@external(erlang, "erlang", "binary_to_integer")
fn parse_int(s: String) -> Int

@external(erlang, "erlang", "binary_to_integer")
fn parse_int_base(s: String, base: Int) -> Int

@external(erlang, "erlang", "==")
fn loose_equal(a: a, b: b) -> Bool

@external(erlang, "erlang", "=:=")
fn exact_equal(a: a, b: b) -> Bool

pub fn add(a: Int, b: Int) -> Int {
  a + b
}

pub fn sub(a: Int, b: Int) -> Int {
  a - b
}

pub fn mul(a: Int, b: Int) -> Int {
  a * b
}

/// Gleam's `/`: truncating division that yields 0 for a zero divisor.
pub fn gleam_div(a: Int, b: Int) -> Int {
  a / b
}

/// Gleam's `%`: remainder with the sign of the dividend, 0 for a zero divisor.
pub fn gleam_rem(a: Int, b: Int) -> Int {
  a % b
}

/// erlang:'div'/2 directly: raises badarith for a zero divisor.
pub fn raw_div(a: Int, b: Int) -> Int {
  erl_div(a, b)
}

/// erlang:'rem'/2 directly: raises badarith for a zero divisor.
pub fn raw_rem(a: Int, b: Int) -> Int {
  erl_rem(a, b)
}

/// Prints quotient and remainder for every sign combination of 7 and 2.
pub fn div_rem_signs() -> Nil {
  let pairs = [#(7, 2), #(-7, 2), #(7, -2), #(-7, -2), #(6, 3), #(0, -5)]
  print_div_rem(pairs)
}

fn print_div_rem(pairs: List(#(Int, Int))) -> Nil {
  case pairs {
    [] -> Nil
    [#(a, b), ..rest] -> {
      bc_io.format(
        "~w div ~w = ~w, ~w rem ~w = ~w~n",
        [dyn(a), dyn(b), dyn(a / b), dyn(a), dyn(b), dyn(a % b)],
      )
      print_div_rem(rest)
    }
  }
}

/// Floor division built from truncating div and rem.
pub fn floor_div(a: Int, b: Int) -> Int {
  let q = erl_div(a, b)
  case erl_rem(a, b) != 0 && { a < 0 } != { b < 0 } {
    True -> q - 1
    False -> q
  }
}

/// Arithmetic right across 2^53, where JS doubles stop being exact.
pub fn around_2_pow_53() -> List(Int) {
  let max_safe = 9_007_199_254_740_991
  [max_safe + 1, max_safe + 2, max_safe * 3, 0 - max_safe - 2, max_safe + max_safe]
}

/// Values around the 64-bit small-integer limit (2^59 - 1 on a 64-bit BEAM).
pub fn small_int_boundary() -> List(Int) {
  let max_small = 576_460_752_303_423_487
  [max_small, max_small + 1, 0 - max_small - 1, 0 - max_small - 2, { max_small + 1 } - 1]
}

/// Every comparison operator on a few pairs, printed as a table.
pub fn compare_table() -> Nil {
  let pairs = [#(1, 2), #(2, 2), #(3, -3), #(-10, -9)]
  compare_rows(pairs)
}

fn compare_rows(pairs: List(#(Int, Int))) -> Nil {
  case pairs {
    [] -> Nil
    [#(a, b), ..rest] -> {
      bc_io.format(
        "~w ~w: < ~w  <= ~w  > ~w  >= ~w  == ~w  != ~w~n",
        [
          dyn(a),
          dyn(b),
          dyn(a < b),
          dyn(a <= b),
          dyn(a > b),
          dyn(a >= b),
          dyn(a == b),
          dyn(a != b),
        ],
      )
      compare_rows(rest)
    }
  }
}

/// Integer 1 against float 1.0 with == (loose) and =:= (exact).
pub fn int_float_equality() -> #(Bool, Bool, Bool, Bool) {
  #(loose_equal(1, 1.0), exact_equal(1, 1.0), loose_equal(0, -0.0), exact_equal(2, 2))
}

pub fn abs_min_max() -> List(Int) {
  [erl_abs(-17), erl_abs(17), erl_min(3, -4), erl_max(3, -4), erl_max(-1, -1)]
}

/// Negative numbers in bases 2, 16 and 36.
pub fn to_string_bases() -> List(String) {
  [
    to_string_base(-255, 16),
    to_string_base(255, 2),
    to_string_base(1_295, 36),
    to_string_base(0, 7),
    to_string_base(123_456_789, 10),
  ]
}

pub fn parse_ints() -> List(Int) {
  [parse_int("-0042"), parse_int("+7"), parse_int_base("ff", 16), parse_int_base("-Zz", 36)]
}

/// binary_to_integer on text that is not a number raises badarg.
pub fn parse_bad(text: String) -> Int {
  parse_int(text)
}

/// Sum 1..n with an accumulator loop.
pub fn sum_to(n: Int) -> Int {
  sum_loop(n, 0)
}

fn sum_loop(n: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> sum_loop(n - 1, acc + n)
  }
}

/// Operator precedence and hex/octal/binary/underscored literals.
pub fn literals_and_precedence() -> List(Int) {
  [0xFF, 0o17, 0b1011, 1_000_000, 2 + 3 * 4, { 2 + 3 } * 4, 10 - 4 - 3, 100 / 7 % 4]
}
