//// Unicode text: code points versus grapheme clusters, emoji sequences,
//// normalisation forms, UTF-16 conversion and invalid UTF-8.
//// Combining marks and joiners are built from code points so the
//// source stays readable.

import bc_io.{dyn}

@external(erlang, "unicode", "characters_to_binary")
fn from_codepoints(cps: List(Int)) -> String

@external(erlang, "unicode", "characters_to_list")
fn to_codepoints(s: String) -> List(Int)

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "string", "length")
fn length(s: String) -> Int

@external(erlang, "string", "to_graphemes")
fn to_graphemes(s: String) -> List(bc_io.Dynamic)

@external(erlang, "string", "reverse")
fn string_reverse(s: String) -> List(bc_io.Dynamic)

@external(erlang, "string", "slice")
fn slice(s: String, start: Int, len: Int) -> String

@external(erlang, "string", "casefold")
fn casefold(s: String) -> String

@external(erlang, "string", "uppercase")
fn uppercase(s: String) -> String

@external(erlang, "string", "next_grapheme")
fn next_grapheme(s: String) -> bc_io.Dynamic

@external(erlang, "unicode", "characters_to_nfc_binary")
fn nfc(s: String) -> String

@external(erlang, "unicode", "characters_to_nfd_binary")
fn nfd(s: String) -> String

@external(erlang, "unicode", "characters_to_nfkc_binary")
fn nfkc(s: String) -> String

pub type Encoding {
  Utf8
  Utf16
  Latin1
}

@external(erlang, "unicode", "characters_to_binary")
fn convert(s: BitString, from: Encoding, to: Encoding) -> bc_io.Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn check_utf8(s: BitString) -> bc_io.Dynamic

fn e_acute_combining() -> String {
  from_codepoints([0x65, 0x301])
}

fn family() -> String {
  // man ZWJ woman ZWJ girl
  from_codepoints([0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467])
}

fn flag_fr() -> String {
  from_codepoints([0x1F1EB, 0x1F1F7])
}

fn thumbs_up_dark() -> String {
  from_codepoints([0x1F44D, 0x1F3FF])
}

/// (bytes, code points, graphemes) for combining marks, emoji and CJK.
pub fn counts() -> List(#(String, Int, Int, Int)) {
  let samples = [
    #("ascii", "abc"),
    #("precomposed", "é"),
    #("combining", e_acute_combining()),
    #("family", family()),
    #("flag", flag_fr()),
    #("skin tone", thumbs_up_dark()),
    #("crlf", "\r\n"),
    #("hangul", "한국어"),
    #("smiley", "😀"),
  ]
  map(samples, fn(p) {
    let #(name, s) = p
    #(name, byte_size(s), list_length(to_codepoints(s)), length(s))
  })
}

/// string:to_graphemes splits clusters; multi-code-point ones become lists.
pub fn graphemes() -> List(bc_io.Dynamic) {
  to_graphemes("a" <> e_acute_combining() <> flag_fr() <> "\r\n" <> "z")
}

/// string:reverse keeps grapheme clusters intact.
pub fn reverse_clusters() -> String {
  from_dynamic_chars(string_reverse("x" <> e_acute_combining() <> family() <> "y"))
}

@external(erlang, "unicode", "characters_to_binary")
fn from_dynamic_chars(c: List(bc_io.Dynamic)) -> String

/// string:slice counts graphemes, not bytes or code points.
pub fn slice_emoji() -> String {
  slice("ab" <> family() <> flag_fr() <> "cd", 2, 2)
}

/// Walks a string one code point at a time with a utf8_codepoint pattern.
pub fn walk_codepoints(s: String) -> List(Int) {
  walk(<<s:utf8>>, [])
}

fn walk(bits: BitString, acc: List(Int)) -> List(Int) {
  case bits {
    <<c:utf8_codepoint, rest:bytes>> -> walk(rest, [codepoint_to_int(c), ..acc])
    _ -> list_reverse(acc, [])
  }
}

@external(erlang, "bc_ffi", "identity")
fn codepoint_to_int(c: UtfCodepoint) -> Int

/// string:next_grapheme returns the first cluster and the rest.
pub fn next_grapheme_family() -> bc_io.Dynamic {
  next_grapheme(family() <> "!")
}

/// NFC composes e + combining acute into é; NFD splits it; NFKC folds compatibility forms.
pub fn normalisation() -> List(List(Int)) {
  [
    to_codepoints(nfc(e_acute_combining())),
    to_codepoints(nfd("é")),
    to_codepoints(nfkc("ﬁ①")),
    to_codepoints(nfc("Å")),
  ]
}

/// Precomposed and decomposed forms differ as binaries but match after NFC.
pub fn equal_after_nfc() -> #(Bool, Bool) {
  #("é" == e_acute_combining(), nfc("é") == nfc(e_acute_combining()))
}

pub fn case_folding() -> List(String) {
  [casefold("Straße"), casefold("ΣΊΣΥΦΟΣ"), uppercase("ﬁx"), uppercase("ῥ")]
}

/// UTF-8 to UTF-16 (big endian) and Latin-1, including a supplementary-plane character.
pub fn utf16_latin1() -> List(bc_io.Dynamic) {
  [
    convert(<<"A😀":utf8>>, Utf8, Utf16),
    convert(<<"é":utf8>>, Utf8, Latin1),
    convert(<<0xE9>>, Latin1, Utf8),
  ]
}

/// Invalid and truncated UTF-8 give {error, ...} and {incomplete, ...} tuples.
pub fn invalid_utf8() -> List(bc_io.Dynamic) {
  [check_utf8(<<"ok":utf8, 0xFF, "rest":utf8>>), check_utf8(<<"ab":utf8, 0xE2, 0x82>>), check_utf8(<<0xC3, 0xA9>>)]
}

/// Prints emoji and accented text with ~ts and ~tp.
pub fn print_unicode() -> Nil {
  bc_io.format("~ts~n", [dyn("naïve café " <> family() <> " " <> flag_fr())])
  bc_io.format("~tp~n", [dyn("日本語")])
  bc_io.format("[~-6ts]~n", [dyn("ñu")])
  bc_io.format("~tp~n", [dyn(["αβγ", "δ"])])
}

fn map(items: List(a), f: fn(a) -> b) -> List(b) {
  case items {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn list_length(items: List(a)) -> Int {
  case items {
    [] -> 0
    [_, ..rest] -> 1 + list_length(rest)
  }
}

fn list_reverse(items: List(a), acc: List(a)) -> List(a) {
  case items {
    [] -> acc
    [x, ..rest] -> list_reverse(rest, [x, ..acc])
  }
}
