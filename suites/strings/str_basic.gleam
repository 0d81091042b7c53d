//// Strings as UTF-8 binaries: concatenation, byte size and the Erlang
//// string module (length, slice, case, split, trim, replace, pad...).

import bc_io.{dyn}

/// The atoms leading, trailing, both and all used as string module options.
pub type Where {
  Leading
  Trailing
  Both
  All
}

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "string", "length")
fn length(s: String) -> Int

@external(erlang, "string", "slice")
fn slice(s: String, start: Int, len: Int) -> String

@external(erlang, "string", "uppercase")
fn uppercase(s: String) -> String

@external(erlang, "string", "lowercase")
fn lowercase(s: String) -> String

@external(erlang, "string", "titlecase")
fn titlecase(s: String) -> String

@external(erlang, "string", "split")
fn split(s: String, sep: String) -> List(String)

@external(erlang, "string", "split")
fn split_all(s: String, sep: String, where: Where) -> List(String)

@external(erlang, "string", "trim")
fn trim(s: String) -> String

@external(erlang, "string", "trim")
fn trim_chars(s: String, dir: Where, chars: List(Int)) -> String

@external(erlang, "string", "replace")
fn replace(s: String, pattern: String, with: String, where: Where) -> bc_io.Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn chardata_to_string(c: bc_io.Dynamic) -> String

@external(erlang, "string", "reverse")
fn reverse(s: String) -> List(Int)

@external(erlang, "string", "find")
fn find(s: String, pattern: String) -> bc_io.Dynamic

@external(erlang, "string", "lexemes")
fn lexemes(s: String, seps: List(Int)) -> List(String)

@external(erlang, "string", "pad")
fn pad(s: String, len: Int, dir: Where, fill: Int) -> bc_io.Dynamic

@external(erlang, "string", "equal")
fn equal_ignore_case(a: String, b: String, ignore_case: Bool) -> Bool

@external(erlang, "string", "prefix")
fn prefix(s: String, p: String) -> bc_io.Dynamic

@external(erlang, "string", "to_integer")
fn string_to_integer(s: String) -> bc_io.Dynamic

@external(erlang, "string", "to_float")
fn string_to_float(s: String) -> bc_io.Dynamic

@external(erlang, "string", "is_empty")
fn is_empty(s: String) -> Bool

@external(erlang, "binary", "part")
fn binary_part(s: String, pos: Int, len: Int) -> String

pub fn concat(a: String, b: String) -> String {
  a <> b
}

/// Builds a string by repeated concatenation in a loop; returns its size and first 6 bytes.
pub fn build(n: Int) -> #(Int, String) {
  let s = build_loop(n, "")
  #(byte_size(s), binary_part(s, 0, 6))
}

fn build_loop(n: Int, acc: String) -> String {
  case n {
    0 -> acc
    _ -> build_loop(n - 1, acc <> "ab")
  }
}

/// Byte size versus grapheme count for ASCII and accented text.
pub fn sizes() -> List(#(Int, Int)) {
  [
    #(byte_size(""), length("")),
    #(byte_size("hello"), length("hello")),
    #(byte_size("héllo"), length("héllo")),
    #(byte_size("日本語"), length("日本語")),
  ]
}

pub fn slices() -> List(String) {
  [slice("hello world", 6, 5), slice("hello", 3, 100), slice("hello", 10, 2), slice("héllo wörld", 1, 4)]
}

/// Case mapping, including characters whose upper case is two letters.
pub fn case_mapping() -> List(String) {
  [
    uppercase("hello World"),
    lowercase("ÀÉÎÕÜ"),
    uppercase("straße"),
    titlecase("élan vital"),
    uppercase("ǆ"),
  ]
}

pub fn splits() -> List(List(String)) {
  [
    split("a,b,,c", ","),
    split_all("a,b,,c", ",", All),
    split_all("--x--y--", "--", All),
    split_all("no separator", ";", All),
    split_all("", ",", All),
  ]
}

pub fn trims() -> List(String) {
  [
    trim("  \t hi there \n"),
    trim_chars("xxhixx", Leading, [120]),
    trim_chars("xxhixx", Trailing, [120]),
    trim_chars("..--hi--..", Both, [46, 45]),
    trim("\r\n"),
  ]
}

/// string:replace returns chardata (a list); shown raw and flattened.
pub fn replaces() -> Nil {
  let r1 = replace("a-b-c", "-", "+", All)
  let r2 = replace("a-b-c", "-", "+", Leading)
  bc_io.show("raw all", r1)
  bc_io.show("raw leading", r2)
  bc_io.show("flat all", chardata_to_string(r1))
  bc_io.show("flat leading", chardata_to_string(r2))
  bc_io.show("multi-char", chardata_to_string(replace("one two two", "two", "2", All)))
}

pub fn misc() -> Nil {
  bc_io.show("reverse", reverse("abc"))
  bc_io.show("find", find("hello world", "o w"))
  bc_io.show("find missing", find("hello", "z"))
  bc_io.show("lexemes", lexemes("  a  b,c ,, d", [32, 44]))
  bc_io.show("pad trailing", chardata_to_string(pad("ab", 5, Trailing, 46)))
  bc_io.show("pad leading", chardata_to_string(pad("ab", 5, Leading, 42)))
  bc_io.show("pad both", chardata_to_string(pad("ab", 7, Both, 45)))
  bc_io.show("equal nocase", equal_ignore_case("HeLLo", "hello", True))
  bc_io.show("equal case", equal_ignore_case("HeLLo", "hello", False))
  bc_io.show("prefix", prefix("prefix-rest", "prefix-"))
  bc_io.show("prefix no", prefix("rest", "x"))
  bc_io.show("is_empty", #(is_empty(""), is_empty(" ")))
}

/// string:to_integer and string:to_float return {Number, Rest} or {error, Reason}.
pub fn to_numbers() -> List(bc_io.Dynamic) {
  [
    string_to_integer("42 apples"),
    string_to_integer("-7"),
    string_to_integer("apples"),
    string_to_float("3.25kg"),
    string_to_float("3kg"),
  ]
}

/// Prints strings with ~s, ~p and a ~ts width/padding.
pub fn print_strings() -> Nil {
  bc_io.format("~s|~p|~w~n", [dyn("plain"), dyn("plain"), dyn("plain")])
  bc_io.format("[~10s][~-10s]~n", [dyn("right"), dyn("left")])
  bc_io.format("[~.3s]~n", [dyn("truncate")])
  bc_io.format("~ts|~tp~n", [dyn("héllo"), dyn("héllo")])
  bc_io.format("~p~n", [dyn("héllo")])
}
