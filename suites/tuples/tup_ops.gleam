//// Tuples: Gleam tuple syntax and the erlang tuple BIFs.

import bc_io.{Dynamic, dyn}

@external(erlang, "erlang", "element")
fn element(n: Int, t: Dynamic) -> Dynamic

@external(erlang, "erlang", "setelement")
fn setelement(n: Int, t: Dynamic, v: Dynamic) -> Dynamic

@external(erlang, "erlang", "tuple_size")
fn tuple_size(t: Dynamic) -> Int

@external(erlang, "erlang", "make_tuple")
fn make_tuple(n: Int, v: Dynamic) -> Dynamic

@external(erlang, "erlang", "make_tuple")
fn make_tuple_init(n: Int, v: Dynamic, init: List(#(Int, Dynamic))) -> Dynamic

@external(erlang, "erlang", "tuple_to_list")
fn tuple_to_list(t: Dynamic) -> List(Dynamic)

@external(erlang, "erlang", "list_to_tuple")
fn list_to_tuple(l: List(Dynamic)) -> Dynamic

@external(erlang, "erlang", "append_element")
fn append_element(t: Dynamic, v: Dynamic) -> Dynamic

@external(erlang, "erlang", "insert_element")
fn insert_element(n: Int, t: Dynamic, v: Dynamic) -> Dynamic

@external(erlang, "erlang", "delete_element")
fn delete_element(n: Int, t: Dynamic) -> Dynamic

@external(erlang, "erlang", "<")
fn less(a: a, b: b) -> Bool

@external(erlang, "lists", "sort")
fn sort(l: List(Dynamic)) -> List(Dynamic)

/// Gleam tuple literals and positional access with .0 .1 ...
pub fn access() -> #(Int, String, Float, #(Bool, Nil)) {
  let t = #(1, "two", 3.0, #(True, Nil))
  #(t.0, t.1, t.2, t.3)
}

/// Nested access and destructuring with let.
pub fn destructure() -> Int {
  let #(a, #(b, c), _) = #(1, #(2, 3), 4)
  a * 100 + b * 10 + c
}

pub fn element_setelement() -> #(Dynamic, Dynamic, Dynamic) {
  let t = dyn(#("a", "b", "c"))
  #(element(2, t), setelement(2, t, dyn(99)), t)
}

/// element/2 with an index past the end raises badarg.
pub fn element_out_of_range() -> Dynamic {
  element(4, dyn(#(1, 2, 3)))
}

/// element/2 with index 0 raises badarg (tuples are 1-based).
pub fn element_zero() -> Dynamic {
  element(0, dyn(#(1, 2, 3)))
}

/// setelement/3 on a non-tuple raises badarg.
pub fn setelement_not_tuple() -> Dynamic {
  setelement(1, dyn([1, 2]), dyn(0))
}

pub fn sizes() -> List(Int) {
  [tuple_size(dyn(#())), tuple_size(dyn(#(1))), tuple_size(dyn(#(1, #(2, 3)))), tuple_size(make_tuple(1000, dyn(0)))]
}

pub fn make_tuples() -> #(Dynamic, Dynamic) {
  #(make_tuple(3, dyn("x")), make_tuple_init(5, dyn(0), [#(2, dyn("two")), #(5, dyn("five")), #(2, dyn("again"))]))
}

pub fn list_conversions() -> #(List(Dynamic), Dynamic, Dynamic) {
  #(tuple_to_list(dyn(#(1, "a", 2.5))), list_to_tuple([dyn(1), dyn([2]), dyn(#())]), list_to_tuple([]))
}

pub fn grow_shrink() -> List(Dynamic) {
  let t = dyn(#(1, 2, 3))
  [append_element(t, dyn(4)), insert_element(1, t, dyn(0)), insert_element(4, t, dyn(9)), delete_element(2, t)]
}

/// Tuples compare by size first, then element by element.
pub fn ordering() -> List(Bool) {
  [
    less(#(9, 9), #(1, 1, 1)),
    less(#(1, 2), #(1, 3)),
    less(#(1, "b"), #(1, "a")),
    #(1, 2) == #(1, 2),
    #(1, #(2, 3)) == #(1, #(2, 4)),
  ]
}

pub fn sort_tuples() -> List(Dynamic) {
  sort([dyn(#(2, "b")), dyn(#(1, "z", 0)), dyn(#(1, "a")), dyn(#()), dyn(#(2, "a"))])
}

/// Swaps the two halves of a pair, generic over element types.
pub fn swap(pair: #(a, b)) -> #(b, a) {
  #(pair.1, pair.0)
}

/// Rotates a 1000-element tuple built by make_tuple and setelement in a loop.
pub fn fill_big() -> #(Int, Dynamic, Dynamic) {
  let t = fill(make_tuple(1000, dyn(0)), 1000)
  #(tuple_size(t), element(1, t), element(1000, t))
}

fn fill(t: Dynamic, i: Int) -> Dynamic {
  case i {
    0 -> t
    _ -> fill(setelement(i, t, dyn(i * i)), i - 1)
  }
}
