//// maps module functions (fold, map, filter, merge_with, intersect_with,
//// groups_from_list, update_with, ...), their {badkey,K}/{badmap,M}
//// errors, and map patterns and update syntax through an Erlang helper.

import bc_io.{Dynamic, dyn}
import bc_try

pub type Map

@external(erlang, "maps", "from_list")
fn from_list(pairs: List(#(k, v))) -> Map

@external(erlang, "maps", "to_list")
fn to_list(m: Map) -> Dynamic

@external(erlang, "maps", "fold")
fn fold(f: fn(k, v, acc) -> acc, acc: acc, m: Map) -> acc

@external(erlang, "maps", "map")
fn mmap(f: fn(k, v) -> w, m: Map) -> Map

@external(erlang, "maps", "filter")
fn filter(f: fn(k, v) -> Bool, m: Map) -> Map

@external(erlang, "maps", "filtermap")
fn filtermap(f: fn(k, v) -> Dynamic, m: Map) -> Map

@external(erlang, "maps", "foreach")
fn foreach(f: fn(k, v) -> x, m: Map) -> Dynamic

@external(erlang, "maps", "merge")
fn merge(a: Map, b: Map) -> Map

@external(erlang, "maps", "merge_with")
fn merge_with(f: fn(k, v, v) -> v, a: Map, b: Map) -> Map

@external(erlang, "maps", "intersect")
fn intersect(a: Map, b: Map) -> Map

@external(erlang, "maps", "intersect_with")
fn intersect_with(f: fn(k, v, v) -> w, a: Map, b: Map) -> Map

@external(erlang, "maps", "groups_from_list")
fn groups_from_list(f: fn(a) -> k, xs: List(a)) -> Map

@external(erlang, "maps", "groups_from_list")
fn groups_from_list3(f: fn(a) -> k, g: fn(a) -> v, xs: List(a)) -> Map

@external(erlang, "maps", "update_with")
fn update_with(k: k, f: fn(v) -> v, m: Map) -> Map

@external(erlang, "maps", "update_with")
fn update_with4(k: k, f: fn(v) -> v, init: v, m: Map) -> Map

@external(erlang, "maps", "with")
fn with(keys: List(k), m: Map) -> Map

@external(erlang, "maps", "without")
fn without(keys: List(k), m: Map) -> Map

@external(erlang, "maps", "take")
fn take(k: k, m: Map) -> Dynamic

@external(erlang, "maps", "get")
fn get(k: k, m: Map) -> Dynamic

@external(erlang, "maps", "get")
fn get_any(k: k, m: a) -> Dynamic

@external(erlang, "maps", "get")
fn get_default(k: k, m: Map, d: d) -> Dynamic

@external(erlang, "maps", "find")
fn find(k: k, m: Map) -> Dynamic

@external(erlang, "maps", "update")
fn update(k: k, v: v, m: Map) -> Map

@external(erlang, "maps", "put")
fn put(k: k, v: v, m: Map) -> Map

@external(erlang, "maps", "remove")
fn remove(k: k, m: Map) -> Map

@external(erlang, "maps", "from_keys")
fn from_keys(ks: List(k), v: v) -> Map

@external(erlang, "maps", "keys")
fn keys(m: Map) -> Dynamic

@external(erlang, "maps", "values")
fn values(m: Map) -> Dynamic

@external(erlang, "maps", "is_key")
fn is_key(k: k, m: Map) -> Bool

@external(erlang, "maps", "merge")
fn merge_any(a: a, b: b) -> Dynamic

@external(erlang, "maps", "from_list")
fn from_list_any(x: a) -> Dynamic

@external(erlang, "maps", "size")
fn size_any(x: a) -> Int

@external(erlang, "erlang", "map_get")
fn map_get_any(k: k, m: a) -> Dynamic

@external(erlang, "erlang", "is_map_key")
fn is_map_key_any(k: k, m: a) -> Dynamic

@external(erlang, "maps", "update_with")
fn update_with_any(k: k, f: fn(Int) -> Int, m: Map) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "map_match_ffi", "area")
fn area(m: Map) -> Dynamic

@external(erlang, "map_match_ffi", "describe")
fn describe(m: a) -> Dynamic

@external(erlang, "map_match_ffi", "update_existing")
fn update_existing(m: a, k: k, v: v) -> Dynamic

@external(erlang, "map_match_ffi", "insert_or_update")
fn insert_or_update(m: Map, k: k, v: v) -> Map

@external(erlang, "map_match_ffi", "guard_size")
fn guard_size(m: a) -> Dynamic

@external(erlang, "map_match_ffi", "map_get_guard")
fn map_get_guard(k: k, m: a) -> Dynamic

@external(erlang, "map_match_ffi", "key_in_guard")
fn key_in_guard(k: k, m: a) -> Dynamic

@external(erlang, "map_match_ffi", "nested_update")
fn nested_update(m: Map, v: v) -> Map

@external(erlang, "map_match_ffi", "pattern_with_bound_key")
fn pattern_with_bound_key(k: k, m: Map) -> Dynamic

@external(erlang, "map_match_ffi", "literal_map")
fn literal_map() -> Map

@external(erlang, "map_match_ffi", "build_from_vars")
fn build_from_vars(a: a, b: b, c: c) -> Map

fn sample() -> Map {
  from_list([#("apple", 3), #("banana", 7), #("cherry", 12), #("date", 1)])
}

pub fn fold_order() -> Int {
  fold(fn(k, v, acc) {
    bc_io.format("~s=~w acc=~w~n", [dyn(k), dyn(v), dyn(acc)])
    acc + v
  }, 0, sample())
}

pub fn map_filter() -> List(Dynamic) {
  let m = sample()
  [
    to_list(mmap(fn(_k, v) { v * 2 }, m)),
    to_list(filter(fn(_k, v) { v > 5 }, m)),
    to_list(filtermap(fn(k, v) {
      case v {
        1 -> dyn(False)
        3 -> dyn(True)
        _ -> dyn(#(True, k))
      }
    }, m)),
  ]
}

pub fn foreach_visits() -> Dynamic {
  foreach(fn(k, v) { bc_io.format("~p -> ~p~n", [dyn(k), dyn(v)]) }, from_list([#(3, "c"), #(1, "a"), #(2, "b")]))
}

pub fn merging() -> List(Dynamic) {
  let a = from_list([#(1, 10), #(2, 20), #(3, 30)])
  let b = from_list([#(2, 200), #(4, 400)])
  [
    to_list(merge(a, b)),
    to_list(merge(b, a)),
    to_list(merge_with(fn(k, x, y) { k * 1000 + x + y }, a, b)),
    to_list(intersect(a, b)),
    to_list(intersect(b, a)),
    to_list(intersect_with(fn(_k, x, y) { #(x, y) }, a, b)),
  ]
}

pub fn merge_with_order() -> Dynamic {
  let a = from_list([#("k", 1), #("j", 2)])
  let b = from_list([#("k", 10), #("j", 20)])
  to_list(merge_with(fn(k, x, y) {
    bc_io.format("combine ~s ~w ~w~n", [dyn(k), dyn(x), dyn(y)])
    x + y
  }, a, b))
}

pub fn grouping() -> List(Dynamic) {
  let words = ["ant", "bee", "cat", "ape", "bat", "cow", "asp"]
  [
    to_list(groups_from_list(fn(w) { first_byte(w) }, words)),
    to_list(groups_from_list3(fn(w) { first_byte(w) }, fn(w) { byte_size(w) }, words)),
    to_list(groups_from_list(fn(x) { x % 3 }, [1, 2, 3, 4, 5, 6, 7])),
    to_list(groups_from_list(fn(x) { x }, [])),
  ]
}

@external(erlang, "binary", "first")
fn first_byte(s: String) -> Int

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

pub fn updates() -> List(Dynamic) {
  let m = sample()
  [
    to_list(update_with("apple", fn(v) { v + 100 }, m)),
    to_list(update_with4("zzz", fn(v) { v + 100 }, 0, m)),
    to_list(update_with4("date", fn(v) { v + 100 }, 0, m)),
    to_list(update("date", 99, m)),
    to_list(put("elder", 5, m)),
    to_list(remove("apple", m)),
    to_list(remove("nope", m)),
  ]
}

pub fn selecting() -> List(Dynamic) {
  let m = sample()
  [
    to_list(with(["banana", "nope", "date"], m)),
    to_list(without(["banana", "nope"], m)),
    take("cherry", m),
    take("nope", m),
    get("banana", m),
    get_default("nope", m, atom("default")),
    find("apple", m),
    find("nope", m),
    dyn(is_key("date", m)),
    keys(m),
    values(m),
    to_list(from_keys([1, 2, 3], atom("x"))),
  ]
}

pub fn get_missing() -> Dynamic {
  get("nope", sample())
}

pub fn update_missing() -> Map {
  update("nope", 1, sample())
}

pub fn update_with_missing() -> Dynamic {
  update_with_any("nope", fn(v) { v }, sample())
}

pub fn get_not_a_map() -> Dynamic {
  get_any("k", [#("k", 1)])
}

pub fn map_get_bif_missing() -> Dynamic {
  map_get_any(42, sample())
}

pub fn map_get_bif_not_map() -> Dynamic {
  map_get_any(42, atom("not_a_map"))
}

pub fn badmap_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { merge_any(sample(), [1]) }),
    bc_try.try_call(fn() { merge_any(atom("x"), sample()) }),
    bc_try.try_call(fn() { size_any(#()) }),
    bc_try.try_call(fn() { is_map_key_any(1, 2) }),
    bc_try.try_call(fn() { from_list_any([1, 2]) }),
    bc_try.try_call(fn() { from_list_any(atom("x")) }),
    bc_try.try_call(fn() { update_existing([], 1, 2) }),
  ]
}

pub fn pattern_clauses() -> List(Dynamic) {
  [
    area(from_list([#(atom("shape"), atom("circle")), #(atom("r"), dyn(2))])),
    area(from_list([#(atom("shape"), atom("rect")), #(atom("w"), dyn(3)), #(atom("h"), dyn(4)), #(atom("extra"), dyn(0))])),
    area(from_list([#(atom("shape"), atom("hexagon"))])),
  ]
}

pub fn pattern_no_clause() -> Dynamic {
  area(from_list([#(atom("kind"), atom("circle"))]))
}

pub fn describe_values() -> List(Dynamic) {
  [
    describe(from_list([])),
    describe(from_list([#(atom("name"), dyn("Ada")), #(atom("age"), dyn(36))])),
    describe(from_list([#(atom("name"), dyn("Bob"))])),
    describe(from_list([#(atom("age"), dyn(1))])),
    describe(#(atom("name"), "x")),
  ]
}

pub fn update_syntax() -> List(Dynamic) {
  let m = from_list([#(1, "a")])
  [
    update_existing(m, 1, "b"),
    dyn(insert_or_update(m, 2, "c")),
    dyn(insert_or_update(m, 1, "d")),
    dyn(nested_update(from_list([#(atom("inner"), from_list([#(atom("value"), 0)]))]), 5)),
  ]
}

pub fn update_syntax_badkey() -> Dynamic {
  update_existing(from_list([#(1, "a")]), 2, "b")
}

pub fn update_syntax_badmap() -> Dynamic {
  update_existing(atom("nope"), 2, "b")
}

pub fn guards() -> List(Dynamic) {
  let m = from_list([#("a", 11), #("b", 2), #("c", 3)])
  [
    guard_size(m),
    guard_size(from_list([])),
    guard_size([1]),
    map_get_guard("a", m),
    map_get_guard("b", m),
    map_get_guard("missing", m),
    map_get_guard("a", atom("not_map")),
    key_in_guard("c", m),
    key_in_guard("z", m),
    key_in_guard("z", 42),
  ]
}

pub fn bound_key_patterns() -> List(Dynamic) {
  let m = from_list([#(dyn(#(1, 2)), "pair"), #(dyn(1.0), "float one")])
  [pattern_with_bound_key(#(1, 2), m), pattern_with_bound_key(1, m), pattern_with_bound_key(1.0, m)]
}

pub fn literal_and_built() -> List(Dynamic) {
  [to_list(literal_map()), to_list(build_from_vars("x", "y", "x")), to_list(build_from_vars(1, 1.0, 1))]
}

pub fn int_float_keys() -> List(Dynamic) {
  let m = from_list([#(dyn(1), "int"), #(dyn(1.0), "float")])
  [dyn(size_any(m)), get(1, m), get(1.0, m), find(dyn(2), m), dyn(is_key(1.0, remove(1, m)))]
}
