//// unicode:characters_to_binary/list between encodings, with invalid and
//// truncated input ({error, ...} and {incomplete, ...} results), byte
//// order marks, and UTF-8 decoding by bit-syntax pattern matching.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "unicode", "characters_to_binary")
fn to_binary(data: a) -> Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn convert(data: a, from: Dynamic, to: Dynamic) -> Dynamic

@external(erlang, "unicode", "characters_to_list")
fn to_list(data: a) -> Dynamic

@external(erlang, "unicode", "characters_to_list")
fn to_list_from(data: a, from: Dynamic) -> Dynamic

@external(erlang, "unicode", "bom_to_encoding")
fn bom_to_encoding(b: BitString) -> Dynamic

@external(erlang, "unicode", "encoding_to_bom")
fn encoding_to_bom(e: Dynamic) -> BitString

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "list_to_tuple")
fn tuple(xs: List(Dynamic)) -> Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn u(cps: List(Int)) -> String

@external(erlang, "io_lib", "format")
fn io_lib_format(fmt: String, args: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "atom_to_binary")
fn atom_to_binary(a: Dynamic) -> Dynamic

fn enc(name: String) -> Dynamic {
  atom(name)
}

fn utf16(endian: String) -> Dynamic {
  tuple([atom("utf16"), atom(endian)])
}

fn utf32(endian: String) -> Dynamic {
  tuple([atom("utf32"), atom(endian)])
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

pub fn invalid_bytes() -> List(Dynamic) {
  [
    to_binary(<<"ok":utf8, 0xFF, "rest":utf8>>),
    to_binary(<<0x80>>),
    to_binary(<<0xC0, 0x80>>),
    to_binary(<<0xED, 0xA0, 0x80>>),
    to_binary(<<0xF4, 0x90, 0x80, 0x80>>),
    to_binary(<<0xF8, 0x88, 0x80, 0x80, 0x80>>),
    to_binary(<<0xE0, 0x80, 0xAF>>),
  ]
}

pub fn incomplete_bytes() -> List(Dynamic) {
  [
    to_binary(<<"ab":utf8, 0xE2, 0x82>>),
    to_binary(<<0xF0, 0x9F, 0x98>>),
    to_binary(<<0xC3>>),
    to_binary([dyn(<<0xE2>>), dyn(<<0x82>>), dyn(<<0xAC>>)]),
    to_binary([dyn(<<0xE2, 0x82>>), dyn(<<0xAC, 0xE2>>)]),
  ]
}

pub fn invalid_in_lists() -> List(Dynamic) {
  [
    to_binary([dyn(0x61), dyn(-1), dyn(0x62)]),
    to_binary([dyn(0x61), dyn(0x110000)]),
    to_binary([dyn(0x61), dyn(0xD800)]),
    to_list([dyn(<<"ok":utf8>>), dyn(<<0xFF>>)]),
    to_binary([dyn("abc"), dyn([dyn(0x64), dyn(<<0xC3, 0xA9>>)])]),
  ]
}

pub fn bad_argument() -> Dynamic {
  to_binary(dyn(#(1, 2)))
}

pub fn atom_in_list() -> Dynamic {
  to_binary([dyn(0x61), dyn(atom("b"))])
}

pub fn to_utf16_32() -> List(Dynamic) {
  let s = u([0x41, 0xE9, 0x20AC, 0x1F600])
  [
    convert(s, enc("utf8"), enc("utf16")),
    convert(s, enc("utf8"), utf16("little")),
    convert(s, enc("utf8"), enc("utf32")),
    convert(s, enc("utf8"), utf32("little")),
    convert(s, enc("unicode"), enc("latin1")),
  ]
}

pub fn from_utf16_32() -> List(Dynamic) {
  [
    convert(<<0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00>>, enc("utf16"), enc("utf8")),
    convert(<<0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE>>, utf16("little"), enc("utf8")),
    convert(<<0x00, 0x41, 0xD8, 0x3D>>, enc("utf16"), enc("utf8")),
    convert(<<0xDE, 0x00, 0x00, 0x41>>, enc("utf16"), enc("utf8")),
    convert(<<0x00, 0x41, 0x00>>, enc("utf16"), enc("utf8")),
    convert(<<0, 0, 0x20, 0xAC, 0, 0x11, 0, 0>>, enc("utf32"), enc("utf8")),
    convert(<<0xAC, 0x20, 0, 0>>, utf32("little"), enc("utf8")),
  ]
}

pub fn latin1_round_trip() -> List(Dynamic) {
  let bytes = <<0x41, 0xE9, 0xFF, 0x80>>
  let utf8 = convert(bytes, enc("latin1"), enc("utf8"))
  [utf8, convert(utf8, enc("utf8"), enc("latin1")), to_list_from(bytes, enc("latin1")), convert([dyn(0x100)], enc("unicode"), enc("latin1"))]
}

pub fn boms() -> List(Dynamic) {
  [
    bom_to_encoding(<<0xEF, 0xBB, 0xBF, 0x41>>),
    bom_to_encoding(<<0xFE, 0xFF, 0x00>>),
    bom_to_encoding(<<0xFF, 0xFE, 0x41, 0x00>>),
    bom_to_encoding(<<0xFF, 0xFE, 0x00, 0x00>>),
    bom_to_encoding(<<0x00, 0x00, 0xFE, 0xFF>>),
    bom_to_encoding(<<"plain":utf8>>),
    dyn(encoding_to_bom(enc("utf8"))),
    dyn(encoding_to_bom(utf16("little"))),
    dyn(encoding_to_bom(enc("utf32"))),
    dyn(encoding_to_bom(enc("latin1"))),
  ]
}

/// Decodes UTF-8 by hand with bit-syntax, stopping at the first bad byte.
fn decode(bin: BitString, acc: List(Int)) -> #(List(Int), BitString) {
  case bin {
    <<c:utf8_codepoint, rest:bit_string>> -> decode(rest, [codepoint_value(c), ..acc])
    _ -> #(reverse(acc, []), bin)
  }
}

@external(erlang, "bc_ffi", "identity")
fn codepoint_value(c: UtfCodepoint) -> Int

fn reverse(xs: List(a), acc: List(a)) -> List(a) {
  case xs {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

pub fn pattern_decode() -> List(#(List(Int), BitString)) {
  map([<<"héllo":utf8>>, <<0x61, 0xE2, 0x82, 0xAC, 0xFF, 0x62>>, <<0xF0, 0x9F, 0x98, 0x80>>, <<0xED, 0xA0, 0x80>>, <<0xC3>>], fn(b) { decode(b, []) })
}

pub fn utf16_pattern() -> List(Int) {
  let assert <<a:utf16_codepoint, b:utf16_codepoint, c:utf32_codepoint>> = <<0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00, 0, 0, 0x20, 0xAC>>
  [codepoint_value(a), codepoint_value(b), codepoint_value(c)]
}

pub fn print_invalid() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { io_lib_format("~ts", [dyn(<<0xFF, 0x41>>)]) }),
    bc_try.try_call(fn() { io_lib_format("~s", [dyn(<<0xFF, 0x41>>)]) }),
    bc_try.try_call(fn() { io_lib_format("~s", [dyn([0x100])]) }),
    bc_try.try_call(fn() { io_lib_format("~ts", [dyn([0x100])]) }),
  ]
}

pub fn put_chars_latin1_binary() -> Nil {
  bc_io.format("~s|~ts|~s~n", [dyn(<<0xE9>>), dyn(u([0xE9])), dyn([0xE9])])
}

pub fn conversions_with_errors_each() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { convert(<<"x":utf8>>, enc("utf7"), enc("utf8")) }),
    bc_try.try_call(fn() { convert(<<"x":utf8>>, enc("utf8"), enc("ebcdic")) }),
    bc_try.try_call(fn() { to_binary(<<0x61, 1:1>>) }),
    bc_try.try_call(fn() { atom_to_binary(dyn(u([0x1F600]))) }),
  ]
}
