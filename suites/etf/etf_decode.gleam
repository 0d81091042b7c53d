//// binary_to_term: round trips of every term kind, hand-written encodings
//// (old tags, non-normalised bignums, compressed data), the safe and used
//// options, and the badarg raised for truncated or malformed input.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "erlang", "term_to_binary")
fn t2b(t: a) -> BitString

@external(erlang, "erlang", "term_to_binary")
fn t2b_opts(t: a, opts: List(Dynamic)) -> BitString

@external(erlang, "erlang", "binary_to_term")
fn b2t(b: BitString) -> Dynamic

@external(erlang, "erlang", "binary_to_term")
fn b2t_opts(b: BitString, opts: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "binary_to_term")
fn b2t_any(b: a) -> Dynamic

@external(erlang, "erlang", "byte_size")
fn byte_size(b: BitString) -> Int

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "binary", "part")
fn part(b: BitString, pos: Int, len: Int) -> BitString

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "maps", "from_list")
fn map_from_list(pairs: List(#(a, b))) -> Dynamic

@external(erlang, "erlang", "make_fun")
fn make_fun(m: Dynamic, f: Dynamic, arity: Int) -> Dynamic

@external(erlang, "erlang", "++")
fn improper(a: List(Int), b: b) -> Dynamic

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

@external(erlang, "zlib", "compress")
fn zlib_compress(b: BitString) -> BitString

@external(erlang, "erlang", "is_atom")
fn is_atom(x: Dynamic) -> Bool

fn pow(b: Int, e: Int) -> Int {
  case e {
    0 -> 1
    _ -> b * pow(b, e - 1)
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn terms() -> List(Dynamic) {
  [
    dyn(0), dyn(-1), dyn(pow(2, 100)), dyn(0 - pow(3, 200)), dyn(pow(2, 3000)), dyn(1.5), dyn(-0.0),
    atom("atom"), atom(""), dyn("binary"), dyn(<<1:3>>), dyn([]), dyn([1, 2, 3]), dyn(seq(1, 300)),
    improper([1, 2], 3), dyn(#()), dyn(#(1, #(2, [3]))), map_from_list([#(1, 2), #(3, 4)]),
    map_from_list(map(seq(1, 50), fn(i) { #(i, i) })), make_fun(atom("lists"), atom("reverse"), 1),
  ]
}

pub fn round_trips() -> List(Bool) {
  map(terms(), fn(t) { exact(b2t(t2b(t)), t) })
}

pub fn round_trips_with_options() -> List(Bool) {
  let opts = [
    [atom("compressed")],
    [dyn(#(atom("minor_version"), 0))],
    [dyn(#(atom("minor_version"), 1))],
    [atom("deterministic")],
    [dyn(#(atom("compressed"), 9)), atom("deterministic")],
  ]
  map(opts, fn(o) { all(map(terms(), fn(t) { exact(b2t(t2b_opts(t, o)), t) })) })
}

fn all(xs: List(Bool)) -> Bool {
  case xs {
    [] -> True
    [False, ..] -> False
    [True, ..rest] -> all(rest)
  }
}

pub fn handwritten() -> List(Dynamic) {
  [
    b2t(<<131, 100, 0, 5, 104, 101, 108, 108, 111>>),
    b2t(<<131, 115, 2, 104, 105>>),
    b2t(<<131, 118, 0, 2, 206, 187>>),
    b2t(<<131, 100, 0, 1, 233>>),
    b2t(<<131, 107, 0, 2, 200, 201>>),
    b2t(<<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3>>),
    b2t(<<131, 99, 49, 46, 50, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 101, 43, 48, 48, 0, 0, 0, 0, 0>>),
    b2t(<<131, 110, 4, 0, 5, 0, 0, 0>>),
    b2t(<<131, 110, 12, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>),
    b2t(<<131, 111, 0, 0, 0, 1, 0, 42>>),
    b2t(<<131, 77, 0, 0, 0, 1, 4, 255>>),
    b2t(<<131, 104, 0>>),
    b2t(<<131, 105, 0, 0, 0, 2, 97, 1, 97, 2>>),
  ]
}

pub fn compressed_handmade() -> Dynamic {
  let inner = <<104, 2, 100, 0, 2, 111, 107, 107, 0, 3, 1, 2, 3>>
  b2t(<<131, 80, 0, 0, 0, 13, zlib_compress(inner):bit_string>>)
}

pub fn used_option() -> List(Dynamic) {
  let b = <<t2b(#(1, 2)):bit_string, 1, 2, 3>>
  [b2t_opts(b, [atom("used")]), b2t_opts(t2b("abc"), [atom("used")])]
}

pub fn trailing_bytes() -> Dynamic {
  b2t(<<t2b(atom("ok")):bit_string, 0, 0>>)
}

pub fn safe_known_atom() -> Dynamic {
  b2t_opts(<<131, 119, 2, 111, 107>>, [atom("safe")])
}

/// The atom named here is written only as bytes, so it does not exist
/// unless something else in the VM created it.
pub fn safe_unknown_atom() -> Dynamic {
  b2t_opts(<<131, 119, 25, "bcnf_never_made_atom_q7zx":utf8>>, [atom("safe")])
}

pub fn safe_unknown_atom_in_tuple() -> Dynamic {
  b2t_opts(<<131, 104, 2, 97, 1, 119, 24, "bcnf_never_made_atom_r8k":utf8>>, [atom("safe")])
}

pub fn unsafe_creates_atom() -> Bool {
  is_atom(b2t(<<131, 119, 24, "bcnf_made_by_decode_m3t9":utf8>>))
}

pub fn truncated_each() -> List(bc_try.Outcome) {
  let full = t2b(#(atom("hello"), [1, 2, 3], "bin", 1.5, pow(2, 80)))
  map([1, 2, 5, 10, 20, 30, byte_size(full) - 1], fn(n) { bc_try.try_call(fn() { b2t(part(full, 0, n)) }) })
}

pub fn truncated_binary() -> Dynamic {
  b2t(<<131, 109, 0, 0, 0, 10, 1, 2>>)
}

pub fn malformed_each() -> List(bc_try.Outcome) {
  let cases = [
    <<>>,
    <<131>>,
    <<130, 97, 1>>,
    <<131, 255>>,
    <<131, 104, 2, 97, 1>>,
    <<131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3>>,
    <<131, 119, 2, 255, 254>>,
    <<131, 80, 0, 0, 0, 10, 1, 2, 3>>,
    <<131, 77, 0, 0, 0, 1, 0, 255>>,
    <<131, 99, 120, 120, 120>>,
    <<131, 107, 0, 5, 1, 2>>,
  ]
  map(cases, fn(b) { bc_try.try_call(fn() { b2t(b) }) })
}

pub fn not_a_binary() -> Dynamic {
  b2t_any([131, 97, 1])
}

pub fn bitstring_input() -> Dynamic {
  b2t_any(<<131, 97, 1, 0:3>>)
}

pub fn bad_options() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { b2t_opts(t2b(1), [atom("bogus")]) }),
    bc_try.try_call(fn() { b2t_opts(t2b(1), [atom("safe"), atom("used")]) }),
  ]
}
