//// The string module's searching and editing functions on binaries,
//// lists and deep chardata with Unicode input: split, replace, trim,
//// pad, find, lexemes, prefix, case mapping, to_integer/to_float, and the
//// old list-based API (tokens, join, substr, centre, ...).

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "unicode", "characters_to_binary")
fn u(cps: List(Int)) -> String

@external(erlang, "erlang", "binary_to_list")
fn chars(s: String) -> List(Int)

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "string", "split")
fn split(s: a, pattern: b, where: Dynamic) -> Dynamic

@external(erlang, "string", "replace")
fn replace(s: a, pattern: b, with: c, where: Dynamic) -> Dynamic

@external(erlang, "string", "trim")
fn trim(s: a, dir: Dynamic, chars: List(Dynamic)) -> Dynamic

@external(erlang, "string", "trim")
fn trim1(s: a) -> Dynamic

@external(erlang, "string", "pad")
fn pad(s: a, n: Int, dir: Dynamic, char: Int) -> Dynamic

@external(erlang, "string", "find")
fn find(s: a, pattern: b, dir: Dynamic) -> Dynamic

@external(erlang, "string", "lexemes")
fn lexemes(s: a, seps: List(Dynamic)) -> Dynamic

@external(erlang, "string", "prefix")
fn prefix(s: a, p: b) -> Dynamic

@external(erlang, "string", "lowercase")
fn lowercase(s: a) -> Dynamic

@external(erlang, "string", "uppercase")
fn uppercase(s: a) -> Dynamic

@external(erlang, "string", "titlecase")
fn titlecase(s: a) -> Dynamic

@external(erlang, "string", "casefold")
fn casefold(s: a) -> Dynamic

@external(erlang, "string", "to_integer")
fn to_integer(s: a) -> Dynamic

@external(erlang, "string", "to_float")
fn to_float(s: a) -> Dynamic

@external(erlang, "string", "nth_lexeme")
fn nth_lexeme(s: a, n: Int, seps: List(Int)) -> Dynamic

@external(erlang, "string", "chomp")
fn chomp(s: a) -> Dynamic

@external(erlang, "string", "tokens")
fn tokens(s: List(Int), seps: List(Int)) -> Dynamic

@external(erlang, "string", "join")
fn join(parts: List(List(Int)), sep: List(Int)) -> Dynamic

@external(erlang, "string", "substr")
fn substr(s: List(Int), start: Int, len: Int) -> Dynamic

@external(erlang, "string", "centre")
fn centre(s: List(Int), n: Int) -> Dynamic

@external(erlang, "string", "left")
fn left(s: List(Int), n: Int, c: Int) -> Dynamic

@external(erlang, "string", "right")
fn right(s: List(Int), n: Int, c: Int) -> Dynamic

@external(erlang, "string", "chr")
fn chr(s: List(Int), c: Int) -> Int

@external(erlang, "string", "rstr")
fn rstr(s: List(Int), sub: List(Int)) -> Int

@external(erlang, "string", "str")
fn str(s: List(Int), sub: List(Int)) -> Int

@external(erlang, "string", "words")
fn words(s: List(Int), c: Int) -> Int

@external(erlang, "string", "sub_word")
fn sub_word(s: List(Int), n: Int, c: Int) -> Dynamic

@external(erlang, "string", "copies")
fn copies(s: List(Int), n: Int) -> Dynamic

@external(erlang, "string", "span")
fn span(s: List(Int), cs: List(Int)) -> Int

@external(erlang, "string", "cspan")
fn cspan(s: List(Int), cs: List(Int)) -> Int

@external(erlang, "string", "to_lower")
fn to_lower(s: List(Int)) -> Dynamic

fn lead() -> Dynamic {
  atom("leading")
}

fn trail() -> Dynamic {
  atom("trailing")
}

fn all() -> Dynamic {
  atom("all")
}

fn both() -> Dynamic {
  atom("both")
}

pub fn split_modes() -> List(Dynamic) {
  let s = "a,b,,c,"
  [split(s, ",", lead()), split(s, ",", trail()), split(s, ",", all()), split(s, ",,", all()), split(s, ";", all()), split("", ",", all())]
}

pub fn split_unicode() -> List(Dynamic) {
  let s = u([0x3B1, 0x2192, 0x3B2, 0x2192, 0x3B3])
  [
    split(s, u([0x2192]), all()),
    split(chars(s), [0x2192], trail()),
    split(u([0x65, 0x301, 0x2C, 0x65]), "e", all()),
    split(u([0x61, 0x0D, 0x0A, 0x62]), "\n", all()),
  ]
}

pub fn split_chardata() -> List(Dynamic) {
  [
    split([dyn("ab"), dyn([0x2D]), dyn("cd-"), dyn(<<"ef":utf8>>)], "-", all()),
    split(["x--y", "--z"], "--", all()),
  ]
}

pub fn replace_modes() -> List(Dynamic) {
  let s = "one two one two one"
  [replace(s, "one", "1", lead()), replace(s, "one", "1", trail()), replace(s, "one", "1", all()), replace(s, "xyz", "1", all()), replace(s, " ", [0x2014], all())]
}

pub fn replace_unicode() -> List(Dynamic) {
  [
    replace(u([0x63, 0x61, 0x66, 0x65, 0x301]), "e", "E", all()),
    replace(u([0x1F600, 0x20, 0x1F600]), u([0x1F600]), ":)", all()),
    replace(chars("aaa"), "a", "bb", all()),
  ]
}

pub fn trims() -> List(Dynamic) {
  let s = u([0x20, 0x09, 0xA0, 0x78, 0x20, 0x3000, 0x0A])
  [
    trim1(s),
    trim(s, lead(), [dyn(0x20)]),
    trim(s, trail(), [dyn(0x0A), dyn(0x3000), dyn(0x20)]),
    trim("--==x==--", both(), [dyn(0x2D), dyn(0x3D)]),
    trim(u([0x78, 0x0D, 0x0A, 0x0D, 0x0A]), trail(), [dyn([0x0D, 0x0A])]),
    trim(u([0x78, 0x0D, 0x0A]), trail(), [dyn(0x0A)]),
    trim(u([0x61, 0x65, 0x301]), trail(), [dyn(0x65)]),
    trim("", both(), [dyn(0x20)]),
  ]
}

pub fn pads() -> List(Dynamic) {
  let s = u([0x65, 0x301, 0x74, 0x65])
  [pad(s, 6, lead(), 0x2E), pad(s, 6, trail(), 0x2E), pad(s, 7, both(), 0x2A), pad(s, 2, trail(), 0x2E), pad("ab", 5, both(), 0x2500)]
}

pub fn finds() -> List(Dynamic) {
  let s = "key=value=more"
  [
    find(s, "=", lead()),
    find(s, "=", trail()),
    find(s, "missing", lead()),
    find(s, "", lead()),
    find(u([0x61, 0x62, 0x2603, 0x63, 0x2603]), u([0x2603]), trail()),
    find(u([0x65, 0x301, 0x65]), "e", lead()),
  ]
}

pub fn lexeme_splits() -> List(Dynamic) {
  [
    lexemes("  a  b\tc  ", [dyn(0x20), dyn(0x09)]),
    lexemes(u([0x61, 0x0D, 0x0A, 0x62, 0x0A, 0x63]), [dyn([0x0D, 0x0A]), dyn(0x0A)]),
    lexemes(u([0x61, 0x0D, 0x0A, 0x62]), [dyn(0x0A)]),
    lexemes("", [dyn(0x20)]),
    nth_lexeme("a,b,,c", 3, [0x2C]),
  ]
}

pub fn prefixes() -> List(Dynamic) {
  [prefix("prefix-rest", "prefix"), prefix("prefix", "prefix-rest"), prefix(u([0x65, 0x301]), "e"), prefix(["ab", "cd"], "abc"), prefix("x", "")]
}

pub fn case_functions() -> Nil {
  let texts = [
    dyn("Hello World"),
    dyn(chars("MiXeD")),
    dyn(u([0x130, 0x53, 0x54, 0x41, 0x4E, 0x42, 0x55, 0x4C])),
    dyn(u([0x3C3, 0x3C4, 0x3B9, 0x3C2])),
    dyn(u([0x44, 0x17D, 0x20, 0x1C4])),
    dyn(u([0xFB00, 0x20, 0xDF])),
  ]
  each(texts, fn(t) { bc_io.format("~w ~w ~w ~w~n", [lowercase(t), uppercase(t), titlecase(t), casefold(t)]) })
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

pub fn to_integers() -> List(Dynamic) {
  map(["42", "-17abc", "+3", "  12", "0x1F", "12.5", "", "-", "99999999999999999999999 tail", "007"], to_integer)
  |> append([to_integer(chars("55 rest")), to_integer([dyn("1"), dyn([0x32]), dyn("3x")])])
}

pub fn to_floats() -> List(Dynamic) {
  map(["1.5", "-2.5e3rest", "1.0E-2", "3", "3.", ".5", "1,5", "1.5e", "1e10", "+0.0", "-0.0x", "1.7976931348623157e309"], to_float)
}

fn append(a: List(x), b: List(x)) -> List(x) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

pub fn chomps() -> List(Dynamic) {
  [chomp("line\n"), chomp("line\r\n"), chomp("line\n\n"), chomp(chars("x\r")), chomp("")]
}

pub fn old_api() -> List(Dynamic) {
  [
    tokens(chars("  the quick,brown  fox "), chars(" ,")),
    join([chars("a"), chars("bc"), [], chars("d")], chars(", ")),
    substr(chars("Hello World"), 7, 3),
    centre(chars("mid"), 9),
    centre(chars("toolong"), 3),
    left(chars("ab"), 5, 0x2E),
    right(chars("ab"), 5, 0x2E),
    right(chars("abcdef"), 3, 0x2E),
    dyn(chr(chars("hello"), 0x6C)),
    dyn(rstr(chars("abcabc"), chars("bc"))),
    dyn(str(chars("abcabc"), chars("ca"))),
    dyn(words(chars("  one two  three "), 0x20)),
    sub_word(chars("one two three"), 2, 0x20),
    copies(chars("ab"), 3),
    dyn(span(chars("aabbcd"), chars("ab"))),
    dyn(cspan(chars("aabbcd"), chars("dc"))),
    to_lower(chars("ÀB")),
  ]
}

pub fn old_api_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { substr(chars("abc"), 0, 1) }),
    bc_try.try_call(fn() { substr(chars("abc"), 2, 5) }),
    bc_try.try_call(fn() { copies(chars("ab"), -1) }),
    bc_try.try_call(fn() { sub_word(chars("a b"), 0, 0x20) }),
  ]
}

pub fn pad_bad_direction() -> Dynamic {
  pad("x", 3, atom("middle"), 0x20)
}

pub fn split_bad_direction() -> Dynamic {
  split("a,b", ",", atom("everywhere"))
}

pub fn length_of_bad_utf8() -> Dynamic {
  trim1(<<0x61, 0xFF, 0x20>>)
}
