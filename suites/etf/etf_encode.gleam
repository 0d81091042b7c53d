//// term_to_binary for every kind of term, printed as byte lists with ~w,
//// and the encoder options: compressed (levels), minor_version 0/1/2,
//// deterministic; plus external_size and term_to_iovec.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "erlang", "term_to_binary")
fn t2b(t: a) -> BitString

@external(erlang, "erlang", "term_to_binary")
fn t2b_opts(t: a, opts: List(Dynamic)) -> BitString

@external(erlang, "erlang", "term_to_binary")
fn t2b_any(t: a, opts: b) -> BitString

@external(erlang, "erlang", "term_to_iovec")
fn t2iov(t: a) -> Dynamic

@external(erlang, "erlang", "external_size")
fn external_size(t: a) -> Int

@external(erlang, "erlang", "external_size")
fn external_size_opts(t: a, opts: List(Dynamic)) -> Int

@external(erlang, "erlang", "binary_to_term")
fn b2t(b: BitString) -> Dynamic

@external(erlang, "erlang", "byte_size")
fn byte_size(b: BitString) -> Int

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "list_to_tuple")
fn list_to_tuple(xs: List(a)) -> Dynamic

@external(erlang, "lists", "duplicate")
fn duplicate(n: Int, x: a) -> List(a)

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

@external(erlang, "maps", "from_list")
fn map_from_list(pairs: List(#(a, b))) -> Dynamic

@external(erlang, "erlang", "make_fun")
fn make_fun(m: Dynamic, f: Dynamic, arity: Int) -> Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn u(cps: List(Int)) -> String

@external(erlang, "erlang", "binary_to_atom")
fn atom_utf8(s: String) -> Dynamic

@external(erlang, "erlang", "++")
fn improper(a: List(Int), b: b) -> Dynamic

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "binary", "part")
fn part(b: BitString, pos: Int, len: Int) -> BitString

fn pow(b: Int, e: Int) -> Int {
  case e {
    0 -> 1
    _ -> b * pow(b, e - 1)
  }
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

fn show(ts: List(Dynamic)) -> Nil {
  each(ts, fn(t) { bc_io.format("~w~n  ~w~n", [t, dyn(t2b(t))]) })
}

pub fn integers() -> Nil {
  show([dyn(0), dyn(255), dyn(256), dyn(-1), dyn(2_147_483_647), dyn(2_147_483_648), dyn(-2_147_483_648), dyn(-2_147_483_649), dyn(pow(2, 64)), dyn(0 - pow(2, 64))])
}

pub fn big_integer_sizes() -> List(Int) {
  map([pow(2, 2039), pow(2, 2040), pow(2, 2048), 0 - pow(2, 2040)], fn(n) { byte_size(t2b(n)) })
}

pub fn large_big_header() -> BitString {
  part(t2b(pow(2, 2040)), 0, 8)
}

pub fn floats() -> Nil {
  show([dyn(0.0), dyn(-0.0), dyn(1.5), dyn(0.1), dyn(1.0e300), dyn(5.0e-324)])
}

pub fn atoms() -> Nil {
  show([atom("a"), atom("ok"), atom(""), atom("true"), atom_utf8(u([0x3BB])), atom_utf8(u([0xE9, 0x74, 0xE9])), atom("with space")])
}

pub fn long_atom() -> #(Int, BitString) {
  let a = atom_utf8(u(duplicate(255, 0x3B1)))
  let b = t2b(a)
  #(byte_size(b), part(b, 0, 6))
}

pub fn lists_and_strings() -> Nil {
  show([dyn([]), dyn([1, 2, 3]), dyn([256]), dyn([1, 256]), dyn(improper([1], 2)), dyn([dyn(atom("a")), dyn([])]), dyn([0])])
}

pub fn long_string() -> List(Dynamic) {
  let short = t2b(duplicate(65_535, 97))
  let long = t2b(duplicate(65_536, 97))
  [dyn(byte_size(short)), dyn(part(short, 0, 4)), dyn(byte_size(long)), dyn(part(long, 0, 8))]
}

pub fn tuples() -> Nil {
  show([dyn(#()), dyn(#(1)), dyn(#(1, "a", [])), dyn(#(#(#())))])
}

pub fn large_tuple() -> #(Int, BitString) {
  let t = list_to_tuple(duplicate(256, 0))
  let b = t2b(t)
  #(byte_size(b), part(b, 0, 8))
}

pub fn binaries() -> Nil {
  show([dyn(<<>>), dyn(<<1, 2, 3>>), dyn(<<1:1>>), dyn(<<255, 7:3>>), dyn(<<0:7>>)])
}

pub fn maps_small() -> Nil {
  show([
    map_from_list([]),
    map_from_list([#(1, 2)]),
    map_from_list([#(atom("b"), 1), #(atom("a"), 2)]),
    map_from_list([#(dyn("k"), dyn([1])), #(dyn(1.0), dyn(map_from_list([])))]),
  ])
}

pub fn funs() -> Nil {
  show([make_fun(atom("lists"), atom("map"), 2), make_fun(atom("erlang"), atom("+"), 2)])
}

pub fn compressed_levels() -> List(Dynamic) {
  let t = duplicate(1000, atom("hello"))
  [
    dyn(byte_size(t2b(t))),
    dyn(byte_size(t2b_opts(t, [atom("compressed")]))),
    dyn(byte_size(t2b_opts(t, [dyn(#(atom("compressed"), 1))]))),
    dyn(byte_size(t2b_opts(t, [dyn(#(atom("compressed"), 9))]))),
    dyn(byte_size(t2b_opts(t, [dyn(#(atom("compressed"), 0))]))),
    dyn(exact(b2t(t2b_opts(t, [atom("compressed")])), dyn(t))),
  ]
}

pub fn compressed_bytes() -> BitString {
  t2b_opts(duplicate(40, 7), [atom("compressed")])
}

pub fn compressed_small_term() -> BitString {
  t2b_opts(#(1, 2), [atom("compressed")])
}

pub fn minor_versions() -> Nil {
  let terms = [dyn(0.5), dyn(atom("abc")), dyn(atom_utf8(u([0xE9]))), dyn(atom_utf8(u([0x3BB])))]
  each([0, 1, 2], fn(v) {
    each(terms, fn(t) {
      bc_io.format("minor ~w ~w: ~w~n", [dyn(v), t, dyn(t2b_opts(t, [dyn(#(atom("minor_version"), v))]))])
    })
  })
}

pub fn minor_version_bad() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { t2b_opts(1, [dyn(#(atom("minor_version"), 3))]) }),
    bc_try.try_call(fn() { t2b_opts(1, [dyn(#(atom("compressed"), 10))]) }),
    bc_try.try_call(fn() { t2b_opts(1, [atom("bogus")]) }),
    bc_try.try_call(fn() { t2b_any(1, atom("compressed")) }),
  ]
}

pub fn deterministic_maps() -> List(Dynamic) {
  let m1 = map_from_list(map(seq(1, 40), fn(i) { #(i, map_from_list([#(i, i), #(0 - i, 0)])) }))
  let a = t2b_opts(m1, [atom("deterministic")])
  let small = map_from_list([#(dyn(atom("z")), 1), #(dyn(2), 2), #(dyn("s"), 3), #(dyn(1.0), 4)])
  [dyn(byte_size(a)), dyn(part(a, 0, 12)), dyn(t2b_opts(small, [atom("deterministic")])), dyn(t2b(small))]
}

pub fn sizes() -> List(Int) {
  let t = #(duplicate(100, 1), "text", 1.5)
  [external_size(t), byte_size(t2b(t)), external_size_opts(t, [dyn(#(atom("minor_version"), 0))]), external_size(pow(2, 3000))]
}

pub fn iovec() -> Dynamic {
  t2iov(#(<<1, 2, 3>>, atom("x")))
}

pub fn nested_everything() -> BitString {
  t2b(#(1, -1, 1.0, atom("a"), "bin", <<1:2>>, [1, 2], improper([3], 4), map_from_list([#(1, [])]), #(), [], pow(10, 30)))
}
