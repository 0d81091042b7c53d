//// integer_to_binary/list and binary/list_to_integer with bases 2 to 36,
//// their badarg errors, huge powers, integer/float comparisons and
//// division of bignums.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "erlang", "integer_to_binary")
fn to_base(i: Int, base: Int) -> String

@external(erlang, "erlang", "integer_to_list")
fn to_list_base(i: Int, base: Int) -> Dynamic

@external(erlang, "erlang", "binary_to_integer")
fn parse(s: String) -> Int

@external(erlang, "erlang", "binary_to_integer")
fn parse_base(s: String, base: Int) -> Int

@external(erlang, "erlang", "binary_to_integer")
fn parse_any_base(s: a, base: b) -> Int

@external(erlang, "erlang", "list_to_integer")
fn list_parse_base(s: Dynamic, base: Int) -> Int

@external(erlang, "erlang", "list_to_integer")
fn list_parse(s: Dynamic) -> Int

@external(erlang, "erlang", "binary_to_list")
fn charlist(s: String) -> Dynamic

@external(erlang, "erlang", "integer_to_binary")
fn to_base_any(i: a, base: b) -> String

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "erlang", "==")
fn eq(a: a, b: b) -> Bool

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "erlang", "/=")
fn ne(a: a, b: b) -> Bool

@external(erlang, "erlang", "=/=")
fn exact_ne(a: a, b: b) -> Bool

@external(erlang, "erlang", "<")
fn lt(a: a, b: b) -> Bool

@external(erlang, "erlang", ">")
fn gt(a: a, b: b) -> Bool

@external(erlang, "erlang", "=<")
fn le(a: a, b: b) -> Bool

@external(erlang, "erlang", "min")
fn min(a: a, b: b) -> Dynamic

@external(erlang, "erlang", "max")
fn max(a: a, b: b) -> Dynamic

@external(erlang, "erlang", "abs")
fn abs(a: Int) -> Int

@external(erlang, "erlang", "div")
fn idiv(a: Int, b: Int) -> Int

@external(erlang, "erlang", "rem")
fn irem(a: Int, b: Int) -> Int

@external(erlang, "lists", "sort")
fn sort(xs: List(Dynamic)) -> List(Dynamic)

@external(erlang, "lists", "usort")
fn usort(xs: List(Dynamic)) -> List(Dynamic)

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

fn pow(b: Int, e: Int) -> Int {
  case e {
    0 -> 1
    _ -> b * pow(b, e - 1)
  }
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

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

pub fn all_bases() -> Nil {
  each(range(2, 36), fn(b) {
    bc_io.format("~2w: ~s ~s~n", [dyn(b), dyn(to_base(123_456_789, b)), dyn(to_base(-35, b))])
  })
}

pub fn big_in_bases() -> List(String) {
  let n = pow(2, 100) - 1
  map([2, 3, 8, 16, 32, 36], fn(b) { to_base(0 - n, b) })
}

pub fn to_list_bases() -> List(Dynamic) {
  [to_list_base(-255, 16), to_list_base(35, 36), to_list_base(0, 2), to_list_base(pow(36, 12), 36)]
}

pub fn parse_all_bases() -> List(Int) {
  map(range(2, 36), fn(b) { parse_base("10", b) + parse_base("-1", b) })
}

pub fn parse_mixed_case() -> List(Int) {
  [parse_base("ff", 16), parse_base("FF", 16), parse_base("fF", 16), parse_base("zZ", 36), parse_base("+Zz", 36), parse_base("-0z", 36)]
}

pub fn parse_round_trip() -> List(Bool) {
  let n = pow(3, 300) - pow(2, 200)
  map(range(2, 36), fn(b) { parse_base(to_base(n, b), b) == n && parse_base(to_base(0 - n, b), b) == 0 - n })
}

pub fn parse_leading_zeros() -> List(Int) {
  [parse("0000000000000000000000000000000000000042"), parse("-000"), parse("+000123"), parse_base("0000ff", 16)]
}

pub fn list_parse_bases() -> List(Int) {
  [list_parse_base(charlist("777"), 8), list_parse_base(charlist("-zz"), 36), list_parse(charlist("-12345678901234567890"))]
}

pub fn bad_base_37() -> String {
  to_base(10, 37)
}

pub fn bad_base_1() -> Int {
  parse_base("1", 1)
}

pub fn digit_out_of_base() -> Int {
  parse_base("102", 2)
}

pub fn empty_binary() -> Int {
  parse("")
}

pub fn parse_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { parse("-") }),
    bc_try.try_call(fn() { parse("+") }),
    bc_try.try_call(fn() { parse(" 1") }),
    bc_try.try_call(fn() { parse("1 ") }),
    bc_try.try_call(fn() { parse("1_000") }),
    bc_try.try_call(fn() { parse("1.0") }),
    bc_try.try_call(fn() { parse("--1") }),
    bc_try.try_call(fn() { parse("16#FF") }),
    bc_try.try_call(fn() { parse_base("g", 16) }),
    bc_try.try_call(fn() { parse_any_base("1", 0) }),
    bc_try.try_call(fn() { parse_any_base("1", 10.0) }),
    bc_try.try_call(fn() { parse_any_base(<<1:3>>, 10) }),
    bc_try.try_call(fn() { list_parse(charlist("")) }),
    bc_try.try_call(fn() { to_base_any(1.0, 10) }),
    bc_try.try_call(fn() { to_base_any(10, 1) }),
  ]
}

pub fn huge_powers() -> List(Int) {
  [
    byte_size(to_base(pow(2, 1000), 10)),
    byte_size(to_base(pow(7, 777), 10)),
    byte_size(to_base(pow(10, 100), 36)),
    irem(pow(3, 500), 1_000_000_007),
    byte_size(to_base(pow(2, 4096), 2)),
  ]
}

pub fn googol_base36() -> String {
  to_base(pow(10, 100), 36)
}

pub fn int_float_compare() -> List(Bool) {
  [eq(1, 1.0), exact(1, 1.0), ne(1, 1.0), exact_ne(1, 1.0), lt(1, 1.0), lt(1.0, 1), le(1, 1.0), eq(0, -0.0), exact(0, 0.0), gt(2, 1.5), lt(-1, -0.5)]
}

pub fn big_vs_float() -> List(Bool) {
  let p53 = pow(2, 53)
  [
    gt(p53 + 1, 9_007_199_254_740_992.0),
    eq(p53 + 1, 9_007_199_254_740_992.0),
    eq(p53, 9_007_199_254_740_992.0),
    gt(pow(2, 1024), 1.7976931348623157e308),
    lt(0 - pow(2, 1024), -1.7976931348623157e308),
    eq(pow(10, 22), 1.0e22),
    eq(pow(10, 23), 1.0e23),
    lt(pow(10, 23), 1.0e23),
  ]
}

pub fn sort_mixed_numbers() -> List(Dynamic) {
  sort([dyn(2), dyn(1.0), dyn(1), dyn(0.5), dyn(-0.0), dyn(0), dyn(pow(2, 70)), dyn(1.0e21), dyn(-3)])
}

pub fn usort_int_float() -> List(Dynamic) {
  usort([dyn(1), dyn(1.0), dyn(2.0), dyn(2), dyn(0), dyn(0.0), dyn(-0.0)])
}

pub fn min_max_equal() -> List(Dynamic) {
  [min(1, 1.0), min(1.0, 1), max(1, 1.0), max(1.0, 1), min(0.0, -0.0), max(pow(2, 64), 1.0e30), min(pow(2, 64), 1.0e30)]
}

pub fn abs_big() -> List(Int) {
  [abs(0 - pow(2, 100)), abs(pow(2, 100)), abs(-576_460_752_303_423_488), abs(0)]
}

pub fn div_rem_bignum() -> List(Int) {
  let a = pow(10, 40) + 7
  let b = pow(10, 20)
  [idiv(a, b), irem(a, b), idiv(0 - a, b), irem(0 - a, b), idiv(a, 0 - b), irem(a, 0 - b), idiv(b, a), irem(b, a)]
}

pub fn div_by_bignum_zero() -> Int {
  idiv(pow(10, 40), 0)
}

pub fn rem_bignum_zero() -> Int {
  irem(pow(10, 40), 0)
}

pub fn gleam_ops_bignum() -> List(Int) {
  let a = pow(10, 30) + 3
  [a / 7, a % 7, { 0 - a } / 7, { 0 - a } % 7, a / 0, a % 0]
}

pub fn float_of_bignum() -> List(Float) {
  [to_float(pow(2, 53) + 1), to_float(pow(10, 22)), to_float(pow(10, 23)), to_float(0 - pow(3, 100))]
}

pub fn float_of_too_big() -> Float {
  to_float(pow(2, 1024))
}
