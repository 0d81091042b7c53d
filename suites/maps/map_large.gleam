//// Maps above the 32-key flatmap limit (hash array mapped tries in the
//// BEAM): their iteration order with integer, binary, float and tuple
//// keys as seen through ~p, maps:to_list, keys/values, fold and
//// iterators (including OTP 26 ordered iterators), shrinking and growing
//// across the limit, comparison and ETF.

import bc_io.{Dynamic, dyn}

pub type Map

@external(erlang, "maps", "from_list")
fn from_list(pairs: List(#(k, v))) -> Map

@external(erlang, "maps", "to_list")
fn to_list(m: Map) -> Dynamic

@external(erlang, "maps", "keys")
fn keys(m: Map) -> Dynamic

@external(erlang, "maps", "values")
fn values(m: Map) -> Dynamic

@external(erlang, "maps", "fold")
fn fold(f: fn(k, v, acc) -> acc, acc: acc, m: Map) -> acc

@external(erlang, "maps", "iterator")
fn iterator(m: Map) -> Dynamic

@external(erlang, "maps", "iterator")
fn iterator_ordered(m: Map, order: Dynamic) -> Dynamic

@external(erlang, "maps", "next")
fn next(it: Dynamic) -> Dynamic

@external(erlang, "maps", "remove")
fn remove(k: k, m: Map) -> Map

@external(erlang, "maps", "put")
fn put(k: k, v: v, m: Map) -> Map

@external(erlang, "maps", "size")
fn size(m: Map) -> Int

@external(erlang, "maps", "map")
fn mmap(f: fn(k, v) -> w, m: Map) -> Map

@external(erlang, "maps", "filter")
fn filter(f: fn(k, v) -> Bool, m: Map) -> Map

@external(erlang, "maps", "merge")
fn merge(a: Map, b: Map) -> Map

@external(erlang, "erlang", "term_to_binary")
fn term_to_binary(t: a) -> BitString

@external(erlang, "erlang", "term_to_binary")
fn term_to_binary_opts(t: a, opts: List(Dynamic)) -> BitString

@external(erlang, "erlang", "binary_to_term")
fn binary_to_term(b: BitString) -> Map

@external(erlang, "erlang", "phash2")
fn phash2(t: a) -> Int

@external(erlang, "erlang", "<")
fn lt(a: a, b: b) -> Bool

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "byte_size")
fn byte_size(b: BitString) -> Int


fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn int_map(n: Int) -> Map {
  from_list(map(range(1, n), fn(i) { #(i, i * i) }))
}

fn binary_map(n: Int) -> Map {
  from_list(map(range(1, n), fn(i) { #("key" <> int_to_string(i), i) }))
}

pub fn int_keys_40_printed() -> Nil {
  bc_io.format("~p~n", [dyn(int_map(40))])
}

pub fn int_keys_40_w() -> Nil {
  bc_io.format("~w~n", [dyn(int_map(40))])
}

pub fn int_keys_100_to_list() -> Dynamic {
  to_list(int_map(100))
}

pub fn binary_keys_33() -> Dynamic {
  to_list(binary_map(33))
}

pub fn binary_keys_33_printed() -> Nil {
  bc_io.format("~p~n", [dyn(binary_map(33))])
}

pub fn float_keys() -> Dynamic {
  keys(from_list(map(range(1, 40), fn(i) { #(to_float(i) /. 4.0, i) })))
}

pub fn tuple_keys() -> Dynamic {
  keys(from_list(map(range(1, 36), fn(i) { #(#(i % 6, i / 6), i) })))
}

pub fn mixed_keys() -> Dynamic {
  let ints = map(range(1, 12), fn(i) { #(dyn(i), i) })
  let floats = map(range(1, 12), fn(i) { #(dyn(to_float(i)), i) })
  let bins = map(range(1, 12), fn(i) { #(dyn(int_to_string(i)), i) })
  keys(from_list(append(ints, append(floats, bins))))
}

fn append(a: List(x), b: List(x)) -> List(x) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

pub fn keys_values_agree() -> #(Dynamic, Dynamic) {
  let m = int_map(50)
  #(keys(m), values(m))
}

pub fn fold_order_large() -> Int {
  fold(fn(k, _v, acc) {
    bc_io.format("~w ", [dyn(k)])
    acc + k
  }, 0, int_map(45))
}

fn walk(it: Dynamic, acc: List(Dynamic)) -> List(Dynamic) {
  case is_none(next(it)) {
    True -> reverse(acc, [])
    False -> {
      let #(k, _v, rest) = as_triple(next(it))
      walk(rest, [k, ..acc])
    }
  }
}

@external(erlang, "bc_ffi", "identity")
fn as_triple(d: Dynamic) -> #(Dynamic, Dynamic, Dynamic)

fn is_none(d: Dynamic) -> Bool {
  exact(d, atom("none"))
}

fn reverse(xs: List(a), acc: List(a)) -> List(a) {
  case xs {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

pub fn iterator_walk() -> List(Dynamic) {
  walk(iterator(binary_map(35)), [])
}

pub fn iterator_ordered_walk() -> #(List(Dynamic), List(Dynamic)) {
  let m = binary_map(35)
  #(walk(iterator_ordered(m, atom("ordered")), []), walk(iterator_ordered(m, atom("reversed")), []))
}

pub fn iterator_ordered_fun() -> List(Dynamic) {
  let m = int_map(40)
  walk(iterator_ordered(m, dyn(fn(a: Int, b: Int) { a % 7 < b % 7 || { a % 7 == b % 7 && a >= b } })), [])
}

pub fn shrink_across_limit() -> List(Dynamic) {
  let m33 = int_map(33)
  let m32 = remove(33, m33)
  let m31 = remove(1, m32)
  [to_list(m32), to_list(m31), dyn(size(m32)), dyn(exact(m32, int_map(32)))]
}

pub fn grow_across_limit() -> List(Dynamic) {
  let m32 = int_map(32)
  let m33 = put(-1, 1, m32)
  let m34 = put(0, 0, m33)
  [keys(m33), keys(m34)]
}

pub fn map_filter_large() -> List(Dynamic) {
  let m = int_map(60)
  [to_list(filter(fn(k, _v) { k % 5 == 0 }, m)), keys(mmap(fn(k, v) { k + v }, filter(fn(k, _v) { k > 20 }, m)))]
}

pub fn merge_large() -> Dynamic {
  keys(merge(from_list(map(range(1, 20), fn(i) { #(i * 3, i) })), from_list(map(range(1, 20), fn(i) { #(i * 2, i) }))))
}

pub fn compare_large() -> List(Bool) {
  let a = int_map(40)
  let b = put(40, 0, int_map(40))
  let c = int_map(41)
  [lt(a, b), lt(b, a), lt(a, c), lt(int_map(10), a), exact(a, int_map(40)), exact(phash2(a), phash2(int_map(40)))]
}

pub fn etf_large() -> List(Dynamic) {
  let m = int_map(40)
  let plain = term_to_binary(m)
  let det = term_to_binary_opts(m, [atom("deterministic")])
  [dyn(byte_size(plain)), dyn(byte_size(det)), dyn(exact(binary_to_term(plain), m)), dyn(exact(plain, det))]
}

pub fn etf_large_bytes() -> BitString {
  term_to_binary_opts(binary_map(34), [atom("deterministic")])
}

pub fn nested_large_printed() -> Nil {
  let inner = from_list(map(range(1, 34), fn(i) { #(i, "v" <> int_to_string(i)) }))
  bc_io.format("~p~n", [dyn(#("outer", inner, [inner]))])
}

pub fn phash_of_large() -> List(Int) {
  [phash2(int_map(33)), phash2(binary_map(40)), phash2(int_map(1000))]
}
