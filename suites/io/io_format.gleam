//// io:format and io_lib:format directives: field widths, precision,
//// padding characters, bases, ~p line breaking, depth limits, ~c ~i ~~,
//// and io:put_chars with iolists.

import bc_io.{Dynamic, dyn}

pub type Colour {
  Red
  Green
  Blue
  Rgb(r: Int, g: Int, b: Int)
}

@external(erlang, "io", "put_chars")
fn put_chars(chars: Dynamic) -> Dynamic

@external(erlang, "io_lib", "format")
fn io_lib_format(fmt: String, args: List(Dynamic)) -> Dynamic

@external(erlang, "lists", "flatten")
fn flatten(chars: Dynamic) -> List(Int)

@external(erlang, "io_lib", "write")
fn io_lib_write(term: Dynamic) -> Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn to_binary(chars: Dynamic) -> String

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

fn f(fmt: String, args: List(Dynamic)) -> Nil {
  bc_io.format(fmt, args)
}

/// ~w, ~p, ~s with widths, left alignment and precision.
pub fn widths() -> Nil {
  f("[~w] [~5w] [~-5w] [~.2w]~n", [dyn(42), dyn(42), dyn(42), dyn(12_345)])
  f("[~10s] [~-10s] [~.4s] [~10.3s]~n", [dyn("abc"), dyn("abc"), dyn("abcdef"), dyn("abcdef")])
  f("[~3w]~n", [dyn(123_456)])
  f("[~*w] [~-*w]~n", [dyn(6), dyn(7), dyn(6), dyn(7)])
  f("[~10p]~n", [dyn(#(1, 2))])
}

/// Padding characters: the third field of a directive (* would read it from the arguments).
pub fn padding() -> Nil {
  f("[~8..0w]~n", [dyn(42)])
  f("[~-8..+w]~n", [dyn(42)])
  f("[~8.2.xs]~n", [dyn("abcdef")])
  f("[~6.. s]~n", [dyn("ab")])
  f("[~10..=s]~n", [dyn("")])
}

/// Integers in other bases with ~B ~b ~X ~x ~#.
pub fn bases() -> Nil {
  f("~.16B ~.16b ~.2B ~.36B ~.8B~n", [dyn(255), dyn(255), dyn(10), dyn(1295), dyn(-8)])
  f("~8.16.0B~n", [dyn(48_879)])
  // The ~X/~x prefix must be a character list, not a binary.
  f("~.16X ~.16x~n", [dyn(255), dyn([48, 120]), dyn(-255), dyn([35])])
  f("~.16# ~.2# ~.10#~n", [dyn(255), dyn(5), dyn(-7)])
  f("~B ~b~n", [dyn(1_000_000_000_000_000_000_000), dyn(-3)])
}

/// ~c repeats a character; ~i ignores an argument; ~~ prints a tilde.
pub fn chars_and_misc() -> Nil {
  f("~c~c~c|~5c|~-3c.~n", [dyn(72), dyn(105), dyn(33), dyn(42), dyn(45)])
  f("~i~w ~~ 100~~~n", [dyn("ignored"), dyn(1)])
  f("tab[~c] quote[~c]~n", [dyn(9), dyn(34)])
  f("~ts~n", [dyn("ünïcödé")])
}

/// ~p on a nested structure wider than 80 columns breaks lines and indents.
pub fn pretty_nested() -> Nil {
  let data =
    #(
      atom("config"),
      [
        #(atom("database"), [#(atom("host"), dyn("db.internal.example.com")), #(atom("port"), dyn(5432))]),
        #(atom("cache"), [#(atom("ttl_seconds"), dyn(3600)), #(atom("max_entries"), dyn(100_000))]),
        #(atom("features"), [#(atom("flags"), dyn([Red, Green, Blue])), #(atom("colour"), dyn(Rgb(255, 128, 0)))]),
      ],
    )
  f("~p~n", [dyn(data)])
  f("~w~n", [dyn(data)])
}

/// ~p continues at the current column: text before it shifts the indentation.
pub fn pretty_column() -> Nil {
  let l = seq(1, 40)
  f("numbers: ~p~n", [dyn(l)])
  f("~p~n", [dyn([dyn(l), dyn(seq(100, 110))])])
}

/// ~P and ~W take an extra depth argument and elide deeper parts with ...
pub fn depth_limits() -> Nil {
  let deep = [dyn(1), dyn([2, 3, 4]), dyn([[5, 6], [7]]), dyn(#(8, #(9, #(10))))]
  f("~P~n", [dyn(deep), dyn(3)])
  f("~W~n", [dyn(deep), dyn(4)])
  f("~P~n", [dyn(seq(1, 30)), dyn(10)])
  f("~P~n", [dyn("a binary that is long"), dyn(3)])
}

/// Character lists print as strings with ~p unless ~lp is used.
pub fn string_detection() -> Nil {
  f("~p ~lp ~w~n", [dyn([72, 105]), dyn([72, 105]), dyn([72, 105])])
  f("~p ~p~n", [dyn([1, 2, 3]), dyn([104, 105, 0])])
  f("~p~n", [dyn(["abc", "def"])])
  f("~p ~p~n", [dyn([10, 9, 65]), dyn([])])
}

/// Atoms that need quoting and special float/negative values with ~p and ~w.
pub fn atoms_quoting() -> Nil {
  let atoms = [atom("ok"), atom("Capital"), atom("with space"), atom("quote'd"), atom(""), atom("a@b"), atom("é")]
  f("~p~n~w~n", [dyn(atoms), dyn(atoms)])
}

/// io:put_chars accepts nested iolists of binaries and characters.
pub fn put_chars_iolist() -> Nil {
  put_chars(dyn([dyn("bin "), dyn([104, 105, 32]), dyn([dyn([dyn("deep"), dyn(32)]), dyn("list")]), dyn(10)]))
  put_chars(dyn("plain binary\n"))
  Nil
}

/// io_lib:format returns a deep character list; flatten and convert it.
pub fn io_lib_result() -> #(String, String) {
  let chars = io_lib_format("~w-~s-~5.1f", [dyn(7), dyn("x"), dyn(2.25)])
  #(to_binary(chars), to_binary(io_lib_write(dyn(#(1, "two", [3])))))
}

/// io_lib:format with too few arguments raises badarg in the caller.
pub fn too_few_args() -> List(Int) {
  flatten(io_lib_format("~w ~w", [dyn(1)]))
}

/// A binary prefix for ~X is a bad argument.
pub fn hex_prefix_binary() -> List(Int) {
  flatten(io_lib_format("~.16X", [dyn(255), dyn("0x")]))
}

/// ~s of an integer is a bad argument.
pub fn bad_string_arg() -> List(Int) {
  flatten(io_lib_format("~s", [dyn(42)]))
}

/// A multiplication table aligned with field widths.
pub fn table() -> Nil {
  row(1)
}

fn row(i: Int) -> Nil {
  case i > 6 {
    True -> Nil
    False -> {
      cell(i, 1)
      f("~n", [])
      row(i + 1)
    }
  }
}

fn cell(i: Int, j: Int) -> Nil {
  case j > 6 {
    True -> Nil
    False -> {
      f("~4w", [dyn(i * j)])
      cell(i, j + 1)
    }
  }
}
