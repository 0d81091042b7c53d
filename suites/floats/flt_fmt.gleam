//// Float printing: io:format directives, float_to_binary/float_to_list
//// options and the shortest round-trip representation used by ~p/~w.

import bc_io.{dyn}

pub type FloatOption {
  Decimals(Int)
  Scientific(Int)
  Compact
  Short
}

@external(erlang, "erlang", "float_to_binary")
fn float_to_binary(f: Float) -> String

@external(erlang, "erlang", "float_to_binary")
fn float_to_binary_opts(f: Float, opts: List(FloatOption)) -> String

@external(erlang, "erlang", "float_to_list")
fn float_to_list_opts(f: Float, opts: List(FloatOption)) -> List(Int)

@external(erlang, "io_lib", "format")
fn io_lib_format(fmt: String, args: List(bc_io.Dynamic)) -> List(Int)

@external(erlang, "erlang", "iolist_to_binary")
fn iolist_to_binary(chars: List(Int)) -> String

const samples = [
  0.1,
  1.0,
  -2.5,
  100.0,
  123456.789,
  1.0e-10,
  1.0e21,
  1.0e22,
  123456789012345680.0,
  0.000123,
  5.0e-324,
  1.7976931348623157e308,
  -0.0,
]

/// ~p and ~w of floats: shortest text that reads back to the same double.
pub fn print_shortest() -> Nil {
  each(samples, fn(f) { bc_io.format("~p ~w~n", [dyn(f), dyn(f)]) })
}

/// ~f with default precision 6, explicit precisions and field widths.
pub fn print_fixed() -> Nil {
  bc_io.format("[~f]~n", [dyn(3.14159265)])
  bc_io.format("[~.2f]~n", [dyn(3.14159265)])
  bc_io.format("[~.1f]~n", [dyn(2.25)])
  bc_io.format("[~10.3f]~n", [dyn(-3.14159265)])
  bc_io.format("[~-10.1f]~n", [dyn(42.25)])
  bc_io.format("[~3.1f]~n", [dyn(12345.0)])
  bc_io.format("[~f]~n", [dyn(1.0e20)])
  bc_io.format("[~.3f]~n", [dyn(0.0005)])
  bc_io.format("[~.1f]~n", [dyn(0.05)])
  bc_io.format("[~f]~n", [dyn(-0.0)])
}

/// ~e: scientific notation, default 6 significant digits.
pub fn print_scientific() -> Nil {
  bc_io.format("[~e]~n", [dyn(3.14159265)])
  bc_io.format("[~.3e]~n", [dyn(123456.0)])
  bc_io.format("[~.2e]~n", [dyn(0.000999)])
  bc_io.format("[~15.4e]~n", [dyn(-1.0e-300)])
  bc_io.format("[~e]~n", [dyn(0.0)])
  bc_io.format("[~e]~n", [dyn(1.7976931348623157e308)])
}

/// ~g: ~f for 0.1 <= |x| < 10^precision, ~e otherwise.
pub fn print_general() -> Nil {
  each(
    [0.05, 0.1, 1.5, 12345.0, 123456.0, 1234567.0, 1.0e-5],
    fn(f) { bc_io.format("[~g] [~.3g]~n", [dyn(f), dyn(f)]) },
  )
}

/// float_to_binary/1 default: scientific with 20 digits.
pub fn to_binary_default() -> List(String) {
  [float_to_binary(0.1), float_to_binary(-1.5), float_to_binary(1.0e100)]
}

/// float_to_binary with {decimals, N}, with and without compact.
pub fn to_binary_decimals() -> List(String) {
  [
    float_to_binary_opts(3.14159, [Decimals(2)]),
    float_to_binary_opts(2.5, [Decimals(0)]),
    float_to_binary_opts(1.0, [Decimals(4), Compact]),
    float_to_binary_opts(1.25, [Decimals(10), Compact]),
    float_to_binary_opts(0.1, [Decimals(20)]),
    float_to_binary_opts(-0.005, [Decimals(2)]),
    float_to_binary_opts(1.0e15, [Decimals(1)]),
  ]
}

/// float_to_binary with {scientific, N}.
pub fn to_binary_scientific() -> List(String) {
  [
    float_to_binary_opts(3.14159, [Scientific(3)]),
    float_to_binary_opts(0.0, [Scientific(2)]),
    float_to_binary_opts(-123456.0, [Scientific(0)]),
    float_to_binary_opts(1.0e-7, [Scientific(5)]),
  ]
}

/// float_to_binary with short: same text as ~p.
pub fn to_binary_short() -> List(String) {
  [
    float_to_binary_opts(0.1, [Short]),
    float_to_binary_opts(1.0e22, [Short]),
    float_to_binary_opts(123.456, [Short]),
    float_to_binary_opts(-5.0e-324, [Short]),
  ]
}

/// float_to_list gives a charlist, printed here with ~s.
pub fn to_list_printed() -> Nil {
  bc_io.format(
    "~s ~s~n",
    [dyn(float_to_list_opts(2.0 /. 3.0, [Decimals(5)])), dyn(float_to_list_opts(1024.0, [Scientific(2)]))],
  )
}

/// {decimals, 254} is out of range for float_to_binary: badarg.
pub fn decimals_too_many() -> String {
  float_to_binary_opts(1.0, [Decimals(254)])
}

/// ~.0f is not a valid precision: io_lib:format raises badarg.
pub fn fixed_zero_precision() -> List(Int) {
  io_lib_format("~.0f", [dyn(2.5)])
}

/// io_lib:format returns a character list; flattened to a binary.
pub fn io_lib_float() -> String {
  iolist_to_binary(io_lib_format("~.4f|~w|~e", [dyn(1.0 /. 7.0), dyn(1.0 /. 7.0), dyn(1.0 /. 7.0)]))
}

/// ~p of a list of floats wider than 80 columns wraps lines.
pub fn print_float_list_wrapped() -> Nil {
  bc_io.format("~p~n", [dyn(powers(1.1, 16, []))])
}

fn powers(x: Float, n: Int, acc: List(Float)) -> List(Float) {
  case n {
    0 -> acc
    _ -> powers(x, n - 1, [pow(x, n), ..acc])
  }
}

fn pow(x: Float, n: Int) -> Float {
  case n {
    0 -> 1.0
    _ -> x *. pow(x, n - 1)
  }
}

fn each(items: List(a), f: fn(a) -> Nil) -> Nil {
  case items {
    [] -> Nil
    [x, ..rest] -> {
      f(x)
      each(rest, f)
    }
  }
}
