//// Erlang maps used from Gleam through the maps module: put/get/remove,
//// keys/values/to_list, fold, merge, and iteration order of small maps
//// (sorted keys) versus large maps (more than 32 keys, hash order).
//// Printed maps use integer or binary keys only: the order of atom keys
//// depends on the atom table, so it is never printed here.

import bc_io.{Dynamic, dyn}

pub type Map(k, v)

@external(erlang, "maps", "new")
fn new() -> Map(k, v)

@external(erlang, "maps", "put")
fn put(key: k, value: v, map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "get")
fn get(key: k, map: Map(k, v)) -> v

@external(erlang, "maps", "get")
fn get_default(key: k, map: Map(k, v), default: v) -> v

@external(erlang, "maps", "find")
fn find(key: k, map: Map(k, v)) -> Dynamic

@external(erlang, "maps", "remove")
fn remove(key: k, map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "keys")
fn keys(map: Map(k, v)) -> List(k)

@external(erlang, "maps", "values")
fn values(map: Map(k, v)) -> List(v)

@external(erlang, "maps", "to_list")
fn to_list(map: Map(k, v)) -> List(#(k, v))

@external(erlang, "maps", "from_list")
fn from_list(l: List(#(k, v))) -> Map(k, v)

@external(erlang, "maps", "fold")
fn fold(f: fn(k, v, acc) -> acc, acc: acc, map: Map(k, v)) -> acc

@external(erlang, "maps", "merge")
fn merge(a: Map(k, v), b: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "update")
fn update(key: k, value: v, map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "update_with")
fn update_with(key: k, f: fn(v) -> v, init: v, map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "is_key")
fn is_key(key: k, map: Map(k, v)) -> Bool

@external(erlang, "maps", "size")
fn size(map: Map(k, v)) -> Int

@external(erlang, "maps", "filter")
fn filter(f: fn(k, v) -> Bool, map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "map")
fn map_values(f: fn(k, v) -> w, map: Map(k, v)) -> Map(k, w)

@external(erlang, "maps", "with")
fn with(keys: List(k), map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "without")
fn without(keys: List(k), map: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "groups_from_list")
fn groups_from_list(f: fn(v) -> k, l: List(v)) -> Map(k, List(v))

@external(erlang, "lists", "sort")
fn sort(l: List(a)) -> List(a)

@external(erlang, "lists", "sum")
fn sum(l: List(Int)) -> Int

@external(erlang, "erlang", "phash2")
fn phash2(t: a) -> Int

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

fn insert_squares(m: Map(Int, Int), keys: List(Int)) -> Map(Int, Int) {
  case keys {
    [] -> m
    [k, ..rest] -> insert_squares(put(k, k * k, m), rest)
  }
}

/// put/get/is_key/size on a small map with binary keys.
pub fn basics() -> #(Int, Int, Bool, Bool, Int) {
  let m = new() |> put("one", 1, _) |> put("two", 2, _) |> put("three", 3, _)
  let m = put("one", 100, m)
  #(get("one", m), get_default("zero", m, 0), is_key("two", m), is_key("four", m), size(m))
}

/// maps:get of a missing key raises {badkey, Key}.
pub fn missing_key() -> Int {
  get("nope", from_list([#("yes", 1)]))
}

/// maps:update of a missing key also raises {badkey, Key}.
pub fn update_missing() -> Map(String, Int) {
  update("nope", 2, from_list([#("yes", 1)]))
}

pub fn find_and_remove() -> #(Dynamic, Dynamic, Map(Int, String)) {
  let m = from_list([#(1, "a"), #(2, "b"), #(3, "c")])
  #(find(2, m), find(9, m), remove(2, m) |> remove(42, _))
}

/// Small maps iterate in key order regardless of insertion order.
pub fn small_order() -> Nil {
  let m = from_list([#(30, "c"), #(10, "a"), #(20, "b"), #(-5, "neg")])
  bc_io.debug(m)
  bc_io.debug(keys(m))
  bc_io.debug(values(m))
  bc_io.debug(to_list(m))
}

/// Mixed key types in one map: map-key order puts integers before floats, then tuples, lists, binaries.
pub fn mixed_keys() -> Nil {
  let m =
    new()
    |> put(dyn("bin"), 1, _)
    |> put(dyn(#(1, 2)), 2, _)
    |> put(dyn(1.5), 3, _)
    |> put(dyn(7), 4, _)
    |> put(dyn([1]), 5, _)
  bc_io.debug(m)
}

/// Integer key 1 and float key 1.0 are different keys.
pub fn int_float_keys() -> #(Int, Dynamic, Dynamic) {
  let m = new() |> put(dyn(1), "int", _) |> put(dyn(1.0), "float", _)
  #(size(m), dyn(get(dyn(1), m)), dyn(get(dyn(1.0), m)))
}

/// A map with 40 integer keys (above the 32-key flatmap limit) printed with ~p.
pub fn large_map_40() -> Nil {
  let m = insert_squares(new(), range(1, 40))
  bc_io.format("~p~n", [dyn(m)])
  bc_io.format("size ~w~n", [dyn(size(m))])
}

/// keys/0 order of a 100-key map, then sorted, and a sum over values.
pub fn large_map_100() -> #(List(Int), List(Int), Int) {
  let m = insert_squares(new(), range(1, 100))
  let k = keys(m)
  #(take(k, 12), take(sort(k), 12), sum(values(m)))
}

/// Growing to 33 keys switches representation; removing one goes back to 32.
pub fn boundary_32_33() -> Nil {
  let m32 = insert_squares(new(), range(1, 32))
  let m33 = put(33, 1089, m32)
  bc_io.format("32: ~w~n", [dyn(keys(m32))])
  bc_io.format("33: ~w~n", [dyn(keys(m33))])
  bc_io.format("back: ~w~n", [dyn(keys(remove(33, m33)))])
  bc_io.format("equal: ~w~n", [dyn(remove(33, m33) == m32)])
}

fn take(l: List(a), n: Int) -> List(a) {
  case l, n {
    _, 0 -> []
    [], _ -> []
    [x, ..rest], _ -> [x, ..take(rest, n - 1)]
  }
}

/// maps:fold sums keys times values.
pub fn fold_sum() -> Int {
  let m = from_list([#(1, 10), #(2, 20), #(3, 30)])
  fold(fn(k, v, acc) { acc + k * v }, 0, m)
}

/// merge: values from the second map win on conflicts.
pub fn merging() -> Map(String, Int) {
  merge(from_list([#("a", 1), #("b", 2)]), from_list([#("b", 20), #("c", 30)]))
}

/// Word frequencies with update_with.
pub fn word_count(words: List(String)) -> List(#(String, Int)) {
  to_list(count_loop(words, new()))
}

fn count_loop(words: List(String), m: Map(String, Int)) -> Map(String, Int) {
  case words {
    [] -> m
    [w, ..rest] -> count_loop(rest, update_with(w, fn(n) { n + 1 }, 1, m))
  }
}

pub fn filter_map_with() -> #(Map(Int, Int), Map(Int, String), Map(Int, Int), Map(Int, Int)) {
  let m = insert_squares(new(), range(1, 8))
  #(
    filter(fn(k, _v) { k % 2 == 0 }, m),
    map_values(fn(k, v) { int_to_string(k) <> "^2=" <> int_to_string(v) }, with([2, 3], m)),
    with([1, 5, 99], m),
    without([1, 2, 3, 4, 5, 6], m),
  )
}

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

/// maps:groups_from_list (OTP 25+) groups values by a key function.
pub fn groups() -> Map(Int, List(String)) {
  groups_from_list(fn(s) { byte_size(s) }, ["a", "bb", "cc", "d", "eee"])
}

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

/// Map equality is independent of insertion order; phash2 agrees.
pub fn equality_and_hash() -> #(Bool, Bool, Int) {
  let a = from_list([#(1, "x"), #(2, "y")])
  let b = new() |> put(2, "y", _) |> put(1, "x", _)
  #(a == b, a == put(1, "z", b), phash2(a))
}

/// Atom keys looked up and listed in sorted form (their print order is not portable).
pub fn atom_keys_sorted() -> List(#(Dynamic, Int)) {
  let m = from_list([#(atom("zeta"), 1), #(atom("alpha"), 2), #(atom("mid"), 3)])
  sort(to_list(m))
}

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic
