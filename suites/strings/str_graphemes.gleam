//// Grapheme clusters in the string module: combining marks, emoji ZWJ
//// sequences, flags, CRLF, Hangul jamo, keycaps; normalisation forms
//// and case mapping of special characters. Text is built from code
//// points so the source shows exactly which characters are involved.

import bc_io.{Dynamic, dyn}

@external(erlang, "unicode", "characters_to_binary")
fn u(cps: List(Int)) -> String

@external(erlang, "unicode", "characters_to_list")
fn codepoints(s: a) -> List(Int)

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "string", "length")
fn length(s: a) -> Int

@external(erlang, "string", "to_graphemes")
fn to_graphemes(s: a) -> Dynamic

@external(erlang, "string", "reverse")
fn reverse(s: a) -> Dynamic

@external(erlang, "string", "slice")
fn slice(s: a, start: Int, len: Int) -> Dynamic

@external(erlang, "string", "slice")
fn slice_from(s: a, start: Int) -> Dynamic

@external(erlang, "string", "next_grapheme")
fn next_grapheme(s: a) -> Dynamic

@external(erlang, "string", "next_codepoint")
fn next_codepoint(s: a) -> Dynamic

@external(erlang, "string", "equal")
fn equal(a: a, b: b, ignore_case: Bool, norm: Dynamic) -> Bool

@external(erlang, "string", "is_empty")
fn is_empty(s: a) -> Bool

@external(erlang, "string", "take")
fn take(s: a, chars: List(Int), complement: Bool, dir: Dynamic) -> Dynamic

@external(erlang, "unicode", "characters_to_nfc_binary")
fn nfc(s: String) -> String

@external(erlang, "unicode", "characters_to_nfd_binary")
fn nfd(s: String) -> String

@external(erlang, "unicode", "characters_to_nfkc_binary")
fn nfkc(s: String) -> String

@external(erlang, "unicode", "characters_to_nfkd_binary")
fn nfkd(s: String) -> String

@external(erlang, "unicode", "characters_to_nfc_list")
fn nfc_list(s: a) -> List(Int)

@external(erlang, "unicode", "characters_to_nfkd_list")
fn nfkd_list(s: a) -> List(Int)

@external(erlang, "string", "uppercase")
fn uppercase(s: String) -> String

@external(erlang, "string", "lowercase")
fn lowercase(s: String) -> String

@external(erlang, "string", "titlecase")
fn titlecase(s: String) -> String

@external(erlang, "string", "casefold")
fn casefold(s: String) -> String

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

pub type Sample {
  Sample(name: String, text: String)
}

fn samples() -> List(Sample) {
  [
    Sample("ascii", "abc"),
    Sample("e_acute_combining", u([0x65, 0x301])),
    Sample("stacked_marks", u([0x61, 0x308, 0x301, 0x323, 0x62])),
    Sample("family_zwj", u([0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467])),
    Sample("flags_fr_de", u([0x1F1EB, 0x1F1F7, 0x1F1E9, 0x1F1EA])),
    Sample("odd_regional", u([0x1F1EB, 0x1F1F7, 0x1F1E9])),
    Sample("crlf", u([0x61, 0x0D, 0x0A, 0x62, 0x0A, 0x0D])),
    Sample("hangul_jamo", u([0x1100, 0x1161, 0x11A8, 0xAC01, 0x1100])),
    Sample("thumbs_skin", u([0x1F44D, 0x1F3FD, 0x21])),
    Sample("devanagari", u([0x0915, 0x094D, 0x0937, 0x093F])),
    Sample("keycap", u([0x31, 0xFE0F, 0x20E3, 0x32])),
    Sample("leading_mark", u([0x301, 0x61])),
    Sample("heart_vs16", u([0x2764, 0xFE0F, 0x20])),
    Sample("empty", ""),
  ]
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

fn list_length(xs: List(a)) -> Int {
  case xs {
    [] -> 0
    [_, ..rest] -> 1 + list_length(rest)
  }
}

pub fn lengths() -> Nil {
  each(samples(), fn(s) {
    bc_io.format(
      "~s: graphemes ~w codepoints ~w bytes ~w~n",
      [dyn(s.name), dyn(length(s.text)), dyn(list_length(codepoints(s.text))), dyn(byte_size(s.text))],
    )
  })
}

pub fn graphemes() -> Nil {
  each(samples(), fn(s) { bc_io.format("~s: ~w~n", [dyn(s.name), to_graphemes(s.text)]) })
}

pub fn graphemes_of_lists() -> Nil {
  each(samples(), fn(s) { bc_io.format("~s: ~w~n", [dyn(s.name), to_graphemes(codepoints(s.text))]) })
}

pub fn reversed() -> Nil {
  each(samples(), fn(s) { bc_io.format("~s: ~w~n", [dyn(s.name), reverse(s.text)]) })
}

pub fn slices() -> Nil {
  each(samples(), fn(s) {
    bc_io.format("~s: ~w ~w ~w~n", [dyn(s.name), slice(s.text, 1, 2), slice_from(s.text, 2), slice(s.text, 0, 1)])
  })
}

pub fn next_graphemes() -> Nil {
  each(samples(), fn(s) { bc_io.format("~s: ~w~n", [dyn(s.name), next_grapheme(s.text)]) })
}

pub fn next_codepoints() -> List(Dynamic) {
  map(samples(), fn(s) { next_codepoint(s.text) })
}

pub fn length_of_chardata() -> List(Int) {
  [
    length([dyn(u([0x65])), dyn([0x301, 0x66]), dyn(u([0x67, 0x308]))]),
    length([dyn(0x0D), dyn(u([0x0A]))]),
    length([dyn([0x1F1EB]), dyn([dyn(u([0x1F1F7]))])]),
  ]
}

pub fn empties() -> List(Bool) {
  [is_empty(""), is_empty([dyn(""), dyn([])]), is_empty(" "), is_empty([dyn([]), dyn(u([0x301]))])]
}

pub fn normal_forms() -> Nil {
  let texts = [
    u([0x65, 0x301]),
    u([0xE9]),
    u([0xFB03]),
    u([0x212B]),
    u([0x1E9B, 0x323]),
    u([0x1100, 0x1161, 0x11A8]),
    u([0xAC01]),
    u([0x2460, 0x00BD, 0x2075]),
    u([0x6F, 0x323, 0x302]),
    u([0x6F, 0x302, 0x323]),
  ]
  each(texts, fn(t) {
    bc_io.format("~w -> nfc ~w nfd ~w nfkc ~w nfkd ~w~n", [
      dyn(codepoints(t)),
      dyn(codepoints(nfc(t))),
      dyn(codepoints(nfd(t))),
      dyn(codepoints(nfkc(t))),
      dyn(codepoints(nfkd(t))),
    ])
  })
}

pub fn normal_lists() -> List(List(Int)) {
  [nfc_list([0x41, 0x30A]), nfkd_list([dyn(u([0xFB01])), dyn([0x32, 0x2075])]), nfc_list(u([0x1100, 0x1161]))]
}

pub fn equality_modes() -> List(Bool) {
  let composed = u([0xC5, 0x62])
  let decomposed = u([0x41, 0x30A, 0x62])
  let angstrom = u([0x212B, 0x42])
  [
    equal(composed, decomposed, False, atom("none")),
    equal(composed, decomposed, False, atom("nfc")),
    equal(composed, decomposed, False, atom("nfd")),
    equal(angstrom, decomposed, True, atom("nfd")),
    equal(angstrom, composed, False, atom("nfkc")),
    equal(u([0xFB03]), "FFI", True, atom("nfkc")),
    equal(u([0xFB03]), "ffi", False, atom("nfc")),
  ]
}

pub fn special_case_mapping() -> Nil {
  let texts = [
    u([0xDF]),
    u([0xFB03, 0x6E]),
    u([0x1C6, 0x61]),
    u([0x130]),
    u([0x69, 0x307]),
    u([0x3A3, 0x391, 0x3A3]),
    u([0x149, 0x61]),
    u([0x1E9E]),
    u([0x10400]),
    u([0x3B0]),
  ]
  each(texts, fn(t) {
    bc_io.format("~w: up ~w low ~w title ~w fold ~w~n", [
      dyn(codepoints(t)),
      dyn(codepoints(uppercase(t))),
      dyn(codepoints(lowercase(t))),
      dyn(codepoints(titlecase(t))),
      dyn(codepoints(casefold(t))),
    ])
  })
}

pub fn take_clusters() -> List(Dynamic) {
  let t = u([0x61, 0x301, 0x61, 0x62, 0x63])
  [
    take(t, [0x61], False, atom("leading")),
    take(t, [0x61, 0x62, 0x63], True, atom("leading")),
    take(t, [0x63, 0x62], False, atom("trailing")),
    take(u([0x0D, 0x0A, 0x0D, 0x0A, 0x78]), [0x0D, 0x0A], False, atom("leading")),
  ]
}

pub fn print_with_tp() -> Nil {
  each(samples(), fn(s) { bc_io.format("~ts|~tp|~p~n", [dyn(s.text), dyn(s.text), dyn(s.text)]) })
}
