//// Calls into the binary and erlang modules: binary:split/part/match/copy,
//// hashing and checksums, and the external term format (term_to_binary
//// bytes printed with ~w, binary_to_term round trips).

import bc_io.{Dynamic, dyn}

pub type SplitOption {
  Global
  Trim
  TrimAll
}

pub type EtfOption {
  MinorVersion(Int)
  Safe
}

@external(erlang, "binary", "split")
fn split(b: String, pattern: String) -> List(String)

@external(erlang, "binary", "split")
fn split_opts(b: String, patterns: List(String), opts: List(SplitOption)) -> List(String)

@external(erlang, "binary", "part")
fn part(b: String, pos: Int, len: Int) -> String

@external(erlang, "binary", "match")
fn match(b: String, pattern: String) -> Dynamic

@external(erlang, "binary", "matches")
fn matches(b: String, patterns: List(String)) -> Dynamic

@external(erlang, "binary", "copy")
fn copy(b: String, n: Int) -> String

@external(erlang, "binary", "replace")
fn replace(b: String, pattern: String, with: String, opts: List(SplitOption)) -> String

@external(erlang, "binary", "encode_hex")
fn encode_hex(b: BitString) -> String

@external(erlang, "binary", "decode_hex")
fn decode_hex(b: String) -> BitString

@external(erlang, "binary", "decode_unsigned")
fn decode_unsigned(b: BitString) -> Int

@external(erlang, "binary", "encode_unsigned")
fn encode_unsigned(i: Int) -> BitString

@external(erlang, "binary", "longest_common_prefix")
fn longest_common_prefix(l: List(String)) -> Int

@external(erlang, "binary", "at")
fn at(b: String, pos: Int) -> Int

@external(erlang, "erlang", "phash2")
fn phash2(t: Dynamic) -> Int

@external(erlang, "erlang", "phash2")
fn phash2_range(t: Dynamic, range: Int) -> Int

@external(erlang, "erlang", "crc32")
fn crc32(b: String) -> Int

@external(erlang, "erlang", "adler32")
fn adler32(b: String) -> Int

@external(erlang, "erlang", "md5")
fn md5(b: String) -> BitString

@external(erlang, "base64", "encode")
fn base64_encode(b: String) -> String

@external(erlang, "base64", "decode")
fn base64_decode(b: String) -> String

@external(erlang, "erlang", "term_to_binary")
fn term_to_binary(t: Dynamic) -> BitString

@external(erlang, "erlang", "term_to_binary")
fn term_to_binary_opts(t: Dynamic, opts: List(EtfOption)) -> BitString

@external(erlang, "erlang", "binary_to_term")
fn binary_to_term(b: BitString) -> Dynamic

@external(erlang, "erlang", "binary_to_term")
fn binary_to_term_opts(b: BitString, opts: List(EtfOption)) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "iolist_size")
fn iolist_size(l: Dynamic) -> Int

@external(erlang, "erlang", "iolist_to_binary")
fn iolist_to_binary(l: Dynamic) -> String

@external(erlang, "erlang", "split_binary")
fn split_binary(b: String, pos: Int) -> #(String, String)

@external(erlang, "erlang", "binary_to_list")
fn binary_to_list_range(b: String, start: Int, stop: Int) -> List(Int)

@external(erlang, "erlang", "atom_to_binary")
fn atom_to_binary(a: Dynamic) -> String

pub fn splits() -> List(List(String)) {
  [
    split("a,b,c", ","),
    split_opts("a,b;;c", [",", ";"], [Global]),
    split_opts("a,b;;c;", [",", ";"], [Global, Trim]),
    split_opts(",a,,b,,", [","], [Global, TrimAll]),
    split_opts("", [","], [Global]),
  ]
}

pub fn parts() -> List(String) {
  [part("hello world", 0, 5), part("hello world", 6, 5), part("hello world", 11, -5), part("abc", 3, 0)]
}

/// binary:part outside the binary raises badarg.
pub fn part_out_of_range() -> String {
  part("abc", 2, 5)
}

pub fn matching() -> List(Dynamic) {
  [
    match("hello world", "o"),
    match("hello world", "xyz"),
    matches("abcabcab", ["ab", "ca"]),
    matches("aaaa", ["aa"]),
  ]
}

pub fn copies_and_replace() -> List(String) {
  [
    copy("ab", 3),
    copy("x", 0),
    replace("a.b.c", ".", "::", []),
    replace("a.b.c", ".", "::", [Global]),
  ]
}

pub fn hex_and_unsigned() -> #(String, BitString, Int, BitString, Int) {
  #(
    encode_hex(<<0, 15, 171, 255>>),
    decode_hex("CAFEbabe"),
    decode_unsigned(<<1, 0, 0>>),
    encode_unsigned(65_536 * 256 + 1),
    longest_common_prefix(["interstellar", "internet", "interval"]),
  )
}

pub fn misc_bifs() -> #(Int, String, #(String, String), List(Int), Int, String) {
  let io = dyn([dyn("ab"), dyn([dyn(99), dyn([100])]), dyn(<<"e":utf8>>)])
  #(
    iolist_size(io),
    iolist_to_binary(io),
    split_binary("abcdef", 2),
    binary_to_list_range("abcdef", 2, 4),
    at("xyz", 2),
    atom_to_binary(atom("héllo")),
  )
}

/// phash2 values are fixed by the external term format; also with a range.
pub fn hashes() -> List(Int) {
  [
    phash2(dyn(0)),
    phash2(dyn("abc")),
    phash2(dyn(#(1, atom("two"), [3.0]))),
    phash2(dyn([])),
    phash2(dyn(atom("ok"))),
    phash2_range(dyn("abc"), 100),
    phash2_range(dyn(123_456_789_012_345_678_901_234_567_890), 1000),
  ]
}

pub fn checksums() -> #(Int, Int, String, String, String) {
  let text = "The quick brown fox jumps over the lazy dog"
  #(crc32(text), adler32(text), encode_hex(md5(text)), base64_encode(text), base64_decode("R2xlYW0h"))
}

/// Prints term_to_binary bytes with ~w for each kind of term.
pub fn etf_bytes() -> Nil {
  let terms = [
    dyn(1),
    dyn(255),
    dyn(256),
    dyn(-1),
    dyn(2_147_483_648),
    dyn(-18_446_744_073_709_551_616),
    dyn(1.5),
    dyn(atom("ok")),
    dyn(atom("héllo")),
    dyn(#(1, 2)),
    dyn([]),
    dyn([1, 2, 3]),
    dyn([1, 300]),
    dyn("bin"),
    dyn(<<1:size(3)>>),
    dyn([dyn(1), dyn(atom("a"))]),
  ]
  each(terms, fn(t) { bc_io.format("~w -> ~w~n", [t, dyn(term_to_binary(t))]) })
}

/// Integer-keyed map encoding (key order is the map's own order).
pub fn etf_map() -> BitString {
  term_to_binary(dyn(map_from_list([#(2, "b"), #(1, "a")])))
}

@external(erlang, "maps", "from_list")
fn map_from_list(l: List(#(Int, String))) -> Dynamic

/// minor_version 0 encodes floats as 31-byte text instead of IEEE bytes.
pub fn etf_float_minor0() -> BitString {
  term_to_binary_opts(dyn(0.1), [MinorVersion(0)])
}

/// term_to_binary then binary_to_term gives back an equal term.
pub fn round_trip() -> List(Bool) {
  let terms = [
    dyn(0),
    dyn(-123_456_789_012_345_678_901_234_567_890),
    dyn(3.141592653589793),
    dyn(#(atom("a"), "b", [1, 2], #())),
    dyn("héllo wörld"),
    dyn(<<1, 2, 3:size(4)>>),
    dyn(map_from_list([#(1, "x")])),
    dyn([dyn([]), dyn(#()), dyn(atom("")), dyn(-0.0)]),
  ]
  map(terms, fn(t) { binary_to_term(term_to_binary(t)) == t })
}

/// Decodes hand-written external-format bytes.
pub fn decode_handwritten() -> List(Dynamic) {
  [
    binary_to_term(<<131, 97, 42>>),
    binary_to_term(<<131, 104, 2, 100, 0, 2, 111, 107, 98, 0, 0, 1, 0>>),
    binary_to_term(<<131, 107, 0, 3, 1, 2, 3>>),
    binary_to_term(<<131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1>>),
    binary_to_term(<<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>),
    binary_to_term(<<131, 116, 0, 0, 0, 1, 97, 1, 106>>),
  ]
}

/// binary_to_term of bytes that are not a valid encoding raises badarg.
pub fn decode_invalid() -> Dynamic {
  binary_to_term(<<131, 104, 5, 97>>)
}

/// With [safe], decoding a not-yet-existing atom raises badarg.
pub fn decode_safe_new_atom() -> Dynamic {
  binary_to_term_opts(<<131, 119, 14, "no_such_atom_x":utf8>>, [Safe])
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

fn map(items: List(a), f: fn(a) -> b) -> List(b) {
  case items {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}
