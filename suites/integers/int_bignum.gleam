//// Bignum arithmetic and bitwise operators on integers of all sizes.

import bc_io.{dyn}

@external(erlang, "erlang", "band")
fn band(a: Int, b: Int) -> Int

@external(erlang, "erlang", "bor")
fn bor(a: Int, b: Int) -> Int

@external(erlang, "erlang", "bxor")
fn bxor(a: Int, b: Int) -> Int

@external(erlang, "erlang", "bnot")
fn bnot(a: Int) -> Int

@external(erlang, "erlang", "bsl")
fn bsl(a: Int, b: Int) -> Int

@external(erlang, "erlang", "bsr")
fn bsr(a: Int, b: Int) -> Int

@external(erlang, "erlang", "div")
fn erl_div(a: Int, b: Int) -> Int

@external(erlang, "erlang", "rem")
fn erl_rem(a: Int, b: Int) -> Int

@external(erlang, "erlang", "integer_to_binary")
fn to_string(i: Int) -> String

@external(erlang, "erlang", "integer_to_binary")
fn to_string_base(i: Int, base: Int) -> String

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "erlang", "binary_to_integer")
fn parse_int(s: String) -> Int

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "phash2")
fn phash2(term: a) -> Int

pub fn factorial(n: Int) -> Int {
  fact_loop(n, 1)
}

fn fact_loop(n: Int, acc: Int) -> Int {
  case n <= 1 {
    True -> acc
    False -> fact_loop(n - 1, acc * n)
  }
}

/// Number of decimal digits and the last 20 digits of 1000!.
pub fn factorial_1000_digits() -> #(Int, String) {
  let text = to_string(factorial(1000))
  let len = byte_size(text)
  #(len, slice_tail(text, 20))
}

@external(erlang, "binary", "part")
fn binary_part(s: String, pos: Int, len: Int) -> String

fn slice_tail(text: String, n: Int) -> String {
  binary_part(text, byte_size(text) - n, n)
}

/// Integer power by repeated squaring.
pub fn pow(base: Int, exp: Int) -> Int {
  case exp {
    0 -> 1
    _ -> {
      let half = pow(base, exp / 2)
      case exp % 2 {
        0 -> half * half
        _ -> half * half * base
      }
    }
  }
}

/// Prints 2^n for n = 0, 32, 63, 64, 100, 200.
pub fn powers_of_two() -> Nil {
  let exps = [0, 32, 63, 64, 100, 200]
  print_powers(exps)
}

fn print_powers(exps: List(Int)) -> Nil {
  case exps {
    [] -> Nil
    [e, ..rest] -> {
      bc_io.format("2^~w = ~w~n", [dyn(e), dyn(pow(2, e))])
      print_powers(rest)
    }
  }
}

/// Division and remainder signs on bignums.
pub fn big_div_rem() -> List(Int) {
  let a = pow(10, 30) + 7
  let b = pow(10, 15)
  [
    erl_div(a, b),
    erl_rem(a, b),
    erl_div(0 - a, b),
    erl_rem(0 - a, b),
    erl_div(a, 0 - b),
    erl_rem(a, 0 - b),
    erl_div(a, 3),
    erl_rem(a, 3),
  ]
}

/// Big minus big collapsing back to a small integer.
pub fn big_back_to_small() -> #(Int, Int, Bool) {
  let a = pow(2, 100) + 5
  let b = pow(2, 100)
  let d = a - b
  #(d, d * 2, d == 5)
}

/// Bitwise and/or/xor/not on negative and positive small integers.
pub fn bitwise_small() -> List(Int) {
  [
    band(12, 10),
    bor(12, 10),
    bxor(12, 10),
    bnot(12),
    bnot(-1),
    band(-1, 255),
    band(-256, 1023),
    bor(-16, 3),
    bxor(-1, 5),
  ]
}

/// Bitwise operators where one or both operands are bignums (two's complement semantics).
pub fn bitwise_big() -> List(Int) {
  let big = pow(2, 80) + 12_345
  let neg = 0 - pow(2, 70) - 1
  [
    band(big, 0xFFFF),
    bor(big, 1),
    bxor(big, big),
    bnot(big),
    band(neg, 0xFF),
    band(neg, big),
    bor(neg, 7),
    bxor(neg, -1),
  ]
}

/// Shifts left past 64 bits and back; negative shift counts reverse direction.
pub fn shifts() -> List(Int) {
  [
    bsl(1, 10),
    bsl(1, 64),
    bsl(1, 100),
    bsr(bsl(1, 100), 99),
    bsr(-1, 10),
    bsr(-1024, 3),
    bsr(-1025, 3),
    bsl(5, -1),
    bsr(5, -2),
    bsr(pow(2, 70), 200),
    bsr(0 - pow(2, 70), 200),
  ]
}

/// A 2^100 bignum compared with small integers and other bignums.
pub fn big_comparisons() -> List(Bool) {
  let big = pow(2, 100)
  [big > 1, big + 1 > big, 0 - big < -1, big == pow(4, 50), big * big > big]
}

/// Bignums printed in bases 2, 16 and 36.
pub fn big_bases() -> List(String) {
  let big = pow(2, 70) - 1
  [to_string_base(big, 16), to_string_base(0 - big, 36), to_string_base(pow(2, 65), 2)]
}

/// Parses a 40-digit decimal and multiplies it by its negation.
pub fn parse_big() -> Int {
  let n = parse_int("1234567890123456789012345678901234567890")
  n * { 0 - n }
}

/// erlang:float/1 of a bignum rounds to the nearest double.
pub fn big_to_float() -> List(Float) {
  [to_float(pow(2, 53) + 1), to_float(pow(10, 22)), to_float(pow(10, 23)), to_float(0 - pow(2, 64))]
}

/// erlang:float/1 of a 400-digit integer does not fit a double: badarg.
pub fn huge_to_float() -> Float {
  to_float(pow(10, 400))
}

/// phash2 of bignums is stable across runs.
pub fn big_hashes() -> List(Int) {
  [phash2(pow(2, 64)), phash2(0 - pow(2, 64)), phash2(factorial(30))]
}

/// Fibonacci(300) via an iterative loop.
pub fn fib(n: Int) -> Int {
  fib_loop(n, 0, 1)
}

fn fib_loop(n: Int, a: Int, b: Int) -> Int {
  case n {
    0 -> a
    _ -> fib_loop(n - 1, b, a + b)
  }
}
