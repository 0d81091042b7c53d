//// Bitwise operators band/bor/bxor/bnot/bsl/bsr on negative numbers and
//// bignums, their identities, their errors, and hex/binary printing.

import bc_io.{dyn}
import bc_try

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

@external(erlang, "erlang", "band")
fn band_any(a: a, b: b) -> Int

@external(erlang, "erlang", "bsl")
fn bsl_any(a: a, b: b) -> Int

@external(erlang, "erlang", "bnot")
fn bnot_any(a: a) -> Int

@external(erlang, "erlang", "integer_to_binary")
fn to_base(i: Int, base: Int) -> String

fn pow(b: Int, e: Int) -> Int {
  case e {
    0 -> 1
    _ -> b * pow(b, e - 1)
  }
}

pub fn band_negatives() -> List(Int) {
  [band(-1, -1), band(-2, -3), band(-8, 7), band(-8, -5), band(-256, -129), band(-1, 0), band(-6, 13)]
}

pub fn bor_negatives() -> List(Int) {
  [bor(-1, 0), bor(-8, 3), bor(-8, -3), bor(-256, 255), bor(-100, 100), bor(-2, 1)]
}

pub fn bxor_mixed() -> List(Int) {
  [bxor(-1, -1), bxor(-1, 0), bxor(-8, 7), bxor(-8, -7), bxor(255, -256), bxor(12345, -12345)]
}

pub fn bnot_values() -> List(Int) {
  let big = pow(2, 64)
  [bnot(0), bnot(-1), bnot(5), bnot(-6), bnot(big), bnot(0 - big), bnot(bnot(big + 7))]
}

pub fn band_bignum_neg() -> List(Int) {
  let b = pow(2, 100)
  [band(0 - b, b - 1), band(0 - b, b), band(0 - 1, b + 5), band(0 - b - 1, pow(2, 101) - 1), band(0 - pow(3, 70), 0 - pow(5, 40))]
}

pub fn bor_bignum() -> List(Int) {
  let b = pow(2, 90)
  [bor(b, 1), bor(0 - b, 1), bor(0 - b, b), bor(pow(3, 60), pow(7, 30)), bor(0 - pow(3, 60), 0 - pow(7, 30))]
}

pub fn bxor_bignum_shrinks() -> List(Int) {
  let a = pow(2, 80) + 99
  let b = pow(2, 80) + 3
  [bxor(a, b), bxor(0 - a, 0 - b), bxor(a, 0 - b), bxor(pow(2, 64) - 1, pow(2, 64))]
}

pub fn bsl_growth() -> List(Int) {
  [bsl(1, 59), bsl(1, 60), bsl(1, 64), bsl(1, 200), bsl(-1, 70), bsl(-3, 63), bsl(0, 1000)]
}

pub fn bsr_negative() -> List(Int) {
  [bsr(-1, 10), bsr(-5, 1), bsr(-4, 1), bsr(-1, 1000), bsr(0 - pow(2, 100), 99), bsr(0 - pow(2, 100) - 1, 99), bsr(pow(2, 100) + 1, 100)]
}

pub fn negative_shift_amounts() -> List(Int) {
  [bsl(16, -2), bsr(16, -2), bsl(-16, -3), bsr(-16, -3), bsl(1, -100), bsl(-1, -100), bsr(3, -64)]
}

pub fn huge_right_shift() -> List(Int) {
  let big = pow(2, 100)
  [bsr(big, 1000), bsr(0 - big, 1000), bsr(big, pow(2, 70)), bsr(0 - 1, pow(2, 70))]
}

pub fn bsl_system_limit() -> Int {
  bsl(1, pow(2, 40))
}

pub fn band_float_badarith() -> Int {
  band_any(1.0, 1)
}

pub fn bsl_float_shift() -> Int {
  bsl_any(1, 2.0)
}

pub fn bnot_atom() -> Int {
  bnot_any(True)
}

pub fn truth_table() -> Nil {
  let xs = [0, 1, 5, -1, -6]
  each(xs, fn(x) {
    each(xs, fn(y) {
      bc_io.format(
        "~3w ~3w | and ~3w or ~3w xor ~3w~n",
        [dyn(x), dyn(y), dyn(band(x, y)), dyn(bor(x, y)), dyn(bxor(x, y))],
      )
    })
  })
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

fn popcount(n: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> popcount(bsr(n, 1), acc + band(n, 1))
  }
}

pub fn popcounts() -> List(Int) {
  [popcount(0, 0), popcount(255, 0), popcount(pow(2, 100) - 1, 0), popcount(pow(3, 100), 0), popcount(pow(10, 50), 0)]
}

fn bytes_of(n: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> bytes_of(bsr(n, 8), [band(n, 255), ..acc])
  }
}

pub fn big_bytes() -> List(Int) {
  bytes_of(pow(7, 40), [])
}

fn check_bnot(xs: List(Int)) -> Bool {
  case xs {
    [] -> True
    [x, ..rest] -> bnot(x) == 0 - x - 1 && bxor(x, -1) == bnot(x) && check_bnot(rest)
  }
}

pub fn complement_identity() -> Bool {
  check_bnot([0, 1, -1, 576_460_752_303_423_487, -576_460_752_303_423_488, pow(2, 64), 0 - pow(2, 64), pow(9, 99)])
}

pub fn xor_swap() -> #(Int, Int) {
  let a = 0 - pow(2, 77) + 5
  let b = 31_337
  let a = bxor(a, b)
  let b = bxor(a, b)
  let a = bxor(a, b)
  #(a, b)
}

pub fn shift_round_trip() -> List(Bool) {
  let xs = [-1, -7, 0 - pow(2, 61), 0 - pow(11, 30), pow(13, 25)]
  map(xs, fn(x) { bsr(bsl(x, 77), 77) == x })
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

pub fn hex_printing() -> Nil {
  let xs = [255, -255, pow(2, 70) + 10, 0 - pow(2, 70) - 10, bnot(pow(2, 40))]
  each(xs, fn(x) {
    bc_io.format("~.16B ~.16b ~.2B ~.16# ~.16+ ~#~n", [dyn(x), dyn(x), dyn(band(x, 255)), dyn(x), dyn(x), dyn(x)])
  })
}

pub fn to_base_of_masks() -> List(String) {
  [to_base(band(-1, 0xFFFF), 2), to_base(bsl(-1, 8), 16), to_base(bnot(pow(2, 64)), 16), to_base(bxor(pow(2, 64), -1), 36)]
}

pub fn errors_collected() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { band_any(1, "x") }),
    bc_try.try_call(fn() { bsl_any(1.5, 1) }),
    bc_try.try_call(fn() { bnot_any(2.0) }),
    bc_try.try_call(fn() { bsl(1, pow(2, 64)) }),
    bc_try.try_call(fn() { bsr(1, pow(2, 64)) }),
    bc_try.try_call(fn() { bsl(0, pow(2, 64)) }),
  ]
}

pub fn masks_by_width() -> List(Int) {
  map([1, 8, 59, 60, 64, 65, 128], fn(w) { bsl(1, w) - 1 })
}

pub fn sign_extend() -> List(Int) {
  // Sign-extend the low 12 bits of each value.
  map([0x7FF, 0x800, 0xFFF, 0x123, 0x1FFF], fn(v) {
    let low = band(v, 0xFFF)
    bxor(low, 0x800) - 0x800
  })
}
