//// Printing very large, very small and awkward floats with ~p, ~w, ~f,
//// ~e, ~g and io_lib_format helpers, with widths and precisions.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "io_lib", "format")
fn io_lib_format(fmt: String, args: List(Dynamic)) -> Dynamic

@external(erlang, "io_lib_format", "fwrite_g")
fn fwrite_g(f: Float) -> Dynamic

@external(erlang, "io_lib", "write")
fn io_lib_write(t: a) -> Dynamic

@external(erlang, "erlang", "float_to_list")
fn f2l(f: Float, opts: List(Dynamic)) -> Dynamic

const large = [
  1.0e15, 1.0e16, 1.0e17, 123456789012345680.0, 1.0e21, 1.0e22, 1.0e23, 1.0e100,
  1.7976931348623157e308, 8.98846567431158e307, 4.5035996273704955e15, 9.007199254740993e15,
]

const small = [
  1.0e-4, 1.0e-5, 0.001, 1.0e-10, 1.0e-100, 2.2250738585072014e-308, 2.225073858507201e-308,
  5.0e-324, 1.0e-323, 4.9406564584124654e-324, 0.000123456789,
]

const awkward = [
  0.1, 0.2, 0.30000000000000004, 1.1, 2.675, 1.005, 9.95, 0.5, 0.3333333333333333, 0.6666666666666666, 100.0,
  1234567.0, 12345678.9, 0.9999999999999999, 1.0000000000000002,
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

fn show_all(xs: List(Float)) -> Nil {
  each(xs, fn(x) { bc_io.format("~p | ~w | ~f | ~e | ~g~n", [dyn(x), dyn(x), dyn(x), dyn(x), dyn(x)]) })
}

pub fn large_values() -> Nil {
  show_all(large)
}

pub fn small_values() -> Nil {
  show_all(small)
}

pub fn awkward_values() -> Nil {
  show_all(awkward)
}

pub fn negative_values() -> Nil {
  show_all([-1.0e22, -5.0e-324, -0.1, -1.0 /. 3.0, -123.456])
}

pub fn precisions() -> Nil {
  each([2, 3, 5, 10, 17, 20], fn(p) {
    bc_io.format("~w: [~.*f] [~.*e] [~.*g]~n", [dyn(p), dyn(p), dyn(3.14159265358979), dyn(p), dyn(3.14159265358979), dyn(p), dyn(3.14159265358979)])
  })
}

pub fn widths() -> Nil {
  let x = 2.718281828459045
  bc_io.format("[~12f] [~-12f] [~12.3f] [~-12.3f] [~012.3f]~n", [dyn(x), dyn(x), dyn(x), dyn(x), dyn(x)])
  bc_io.format("[~15e] [~-15e] [~15.3e] [~15.3g]~n", [dyn(x), dyn(x), dyn(x), dyn(x)])
  bc_io.format("[~3f] [~4.2f] [~5.2e]~n", [dyn(x), dyn(123.456), dyn(x)])
  bc_io.format("[~12p] [~-12w] [~12.5p]~n", [dyn(x), dyn(x), dyn(x)])
  bc_io.format("[~*.*f] [~-*.*f]~n", [dyn(10), dyn(2), dyn(x), dyn(10), dyn(2), dyn(x)])
  bc_io.format("[~12..*f]~n", [dyn(1), dyn(x)])
}

pub fn fill_characters() -> Nil {
  let x = 1.5
  bc_io.format("[~10.2.*f] [~-10.2._f] [~10.2.0e]~n", [dyn(42), dyn(x), dyn(x), dyn(x)])
}

pub fn g_switch_points() -> Nil {
  each([0.1, 0.09999, 0.01, 1.0e-5, 99999.0, 100000.0, 999999.0, 1.0e6, 1.0e7, 123456789.0], fn(x) {
    bc_io.format("~w -> [~g] [~.3g] [~.10g]~n", [dyn(x), dyn(x), dyn(x), dyn(x)])
  })
}

pub fn io_lib_float_results() -> List(Dynamic) {
  [
    io_lib_format("~.3f", [dyn(1.0e10)]),
    io_lib_format("~e", [dyn(1.0e-300)]),
    fwrite_g(0.1),
    fwrite_g(1.0e-300),
    io_lib_write(1.0e22),
    f2l(123.0, [dyn(Short)]),
  ]
}

pub type Short {
  Short
}

pub fn float_in_structures() -> Nil {
  bc_io.format("~p~n~w~n", [dyn(#(1.0e-10, [0.5, 1.0e100], 3.0)), dyn([dyn(1.0e-10), dyn(#(2.5))])])
}

pub fn long_float_list() -> Nil {
  bc_io.format("~p~n", [dyn(make_list(30, 1.0, []))])
}

fn make_list(n: Int, x: Float, acc: List(Float)) -> List(Float) {
  case n {
    0 -> acc
    _ -> make_list(n - 1, x *. 3.7, [x, ..acc])
  }
}

pub fn bad_float_directives() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { io_lib_format("~f", [dyn(1)]) }),
    bc_try.try_call(fn() { io_lib_format("~e", [dyn("1.0")]) }),
    bc_try.try_call(fn() { io_lib_format("~g", [dyn(Short)]) }),
    bc_try.try_call(fn() { io_lib_format("~.0e", [dyn(1.0)]) }),
    bc_try.try_call(fn() { io_lib_format("~.1e", [dyn(1.0)]) }),
    bc_try.try_call(fn() { io_lib_format("~.0f", [dyn(2.5)]) }),
  ]
}
