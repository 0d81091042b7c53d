//// Tuple BIFs with their boundary cases and badarg errors:
//// make_tuple/2,3, insert_element, delete_element, append_element,
//// element/setelement, tuple_size, tuple_to_list/list_to_tuple, and
//// records-as-tuples (Gleam custom types are tagged tuples).

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "erlang", "make_tuple")
fn make_tuple(n: Int, x: a) -> Dynamic

@external(erlang, "erlang", "make_tuple")
fn make_tuple3(n: Int, x: a, init: List(#(Int, b))) -> Dynamic

@external(erlang, "erlang", "make_tuple")
fn make_tuple_any(n: a, x: b) -> Dynamic

@external(erlang, "erlang", "insert_element")
fn insert_element(i: Int, t: a, x: b) -> Dynamic

@external(erlang, "erlang", "delete_element")
fn delete_element(i: Int, t: a) -> Dynamic

@external(erlang, "erlang", "append_element")
fn append_element(t: a, x: b) -> Dynamic

@external(erlang, "erlang", "element")
fn element(i: Int, t: a) -> Dynamic

@external(erlang, "erlang", "element")
fn element_any(i: a, t: b) -> Dynamic

@external(erlang, "erlang", "setelement")
fn setelement(i: Int, t: a, x: b) -> Dynamic

@external(erlang, "erlang", "tuple_size")
fn tuple_size(t: a) -> Int

@external(erlang, "erlang", "size")
fn size(t: a) -> Int

@external(erlang, "erlang", "tuple_to_list")
fn tuple_to_list(t: a) -> List(Dynamic)

@external(erlang, "erlang", "list_to_tuple")
fn list_to_tuple(l: a) -> Dynamic

@external(erlang, "erlang", "=:=")
fn exact(a: a, b: b) -> Bool

@external(erlang, "erlang", "<")
fn lt(a: a, b: b) -> Bool

@external(erlang, "erlang", "is_tuple")
fn is_tuple(a: a) -> Bool

@external(erlang, "erlang", "is_record")
fn is_record3(a: a, tag: Dynamic, size: Int) -> Bool

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

@external(erlang, "erlang", "++")
fn improper(a: List(Int), b: b) -> Dynamic

pub type Point {
  Point(x: Int, y: Int)
}

pub type Shape {
  Circle(centre: Point, radius: Int)
  Empty
}

pub fn make_tuples() -> List(Dynamic) {
  [make_tuple(0, 1), make_tuple(3, atom("x")), make_tuple3(5, 0, [#(2, "two"), #(4, "four")]), make_tuple3(3, 0, [#(1, "a"), #(1, "b")]), make_tuple3(2, 0, [])]
}

pub fn make_tuple_big() -> #(Int, Dynamic, Dynamic) {
  let t = make_tuple(100_000, 7)
  #(tuple_size(t), element(1, t), element(100_000, t))
}

pub fn make_tuple_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { make_tuple_any(-1, 0) }),
    bc_try.try_call(fn() { make_tuple_any(1.0, 0) }),
    bc_try.try_call(fn() { make_tuple3(2, 0, [#(3, "x")]) }),
    bc_try.try_call(fn() { make_tuple3(2, 0, [#(0, "x")]) }),
    bc_try.try_call(fn() { make_tuple_any(16_777_216, 0) }),
  ]
}

pub fn insert_delete_append() -> List(Dynamic) {
  let t = #(1, 2, 3)
  [
    insert_element(1, t, atom("first")),
    insert_element(4, t, atom("last")),
    insert_element(2, t, atom("mid")),
    insert_element(1, #(), atom("only")),
    delete_element(1, t),
    delete_element(3, t),
    delete_element(1, #(atom("x"))),
    append_element(t, 4),
    append_element(#(), #()),
  ]
}

pub fn insert_delete_errors() -> List(bc_try.Outcome) {
  let t = #(1, 2, 3)
  [
    bc_try.try_call(fn() { insert_element(0, t, 0) }),
    bc_try.try_call(fn() { insert_element(5, t, 0) }),
    bc_try.try_call(fn() { delete_element(0, t) }),
    bc_try.try_call(fn() { delete_element(4, t) }),
    bc_try.try_call(fn() { delete_element(1, #()) }),
    bc_try.try_call(fn() { append_element([1], 2) }),
    bc_try.try_call(fn() { insert_element(1, [1], 0) }),
  ]
}

pub fn insert_out_of_range() -> Dynamic {
  insert_element(5, #(1, 2, 3), 0)
}

pub fn element_errors() -> List(bc_try.Outcome) {
  let t = #(atom("a"), atom("b"))
  [
    bc_try.try_call(fn() { element(0, t) }),
    bc_try.try_call(fn() { element(3, t) }),
    bc_try.try_call(fn() { element(-1, t) }),
    bc_try.try_call(fn() { element_any(1.0, t) }),
    bc_try.try_call(fn() { element_any(1, [1]) }),
    bc_try.try_call(fn() { element_any(18_446_744_073_709_551_616, t) }),
    bc_try.try_call(fn() { setelement(3, t, 0) }),
    bc_try.try_call(fn() { setelement(0, t, 0) }),
    bc_try.try_call(fn() { setelement(1, atom("x"), 0) }),
  ]
}

pub fn element_beyond_end() -> Dynamic {
  element(4, #(1, 2, 3))
}

pub fn setelement_beyond_end() -> Dynamic {
  setelement(4, #(1, 2, 3), 0)
}

pub fn setelement_copies() -> List(Dynamic) {
  let t = #(1, 2, 3)
  let t2 = setelement(2, t, atom("two"))
  [dyn(t), t2, setelement(1, setelement(3, t2, 30), 10)]
}

pub fn sizes() -> List(Int) {
  [tuple_size(#()), tuple_size(#(1)), tuple_size(#(1, 2, #(3, 4))), size(#(1, 2)), size(<<1, 2, 3>>)]
}

pub fn size_of_list() -> Int {
  tuple_size([1, 2])
}

pub fn round_trips() -> List(Bool) {
  let ts = [dyn(#()), dyn(#(1)), dyn(#(1, "a", [2], #(3))), list_to_tuple(seq(1, 1000))]
  map(ts, fn(t) { exact(list_to_tuple(tuple_to_list(t)), t) })
  |> append([exact(tuple_to_list(list_to_tuple([dyn(1), dyn("b")])), [dyn(1), dyn("b")])])
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn append(a: List(x), b: List(x)) -> List(x) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

pub fn list_to_tuple_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { list_to_tuple(improper([1], 2)) }),
    bc_try.try_call(fn() { list_to_tuple(atom("x")) }),
    bc_try.try_call(fn() { list_to_tuple(dyn(#(1))) }),
    bc_try.try_call(fn() { tuple_to_list([1]) }),
  ]
}

pub fn gleam_records() -> List(Dynamic) {
  let c = Circle(Point(1, 2), 5)
  [
    dyn(c),
    dyn(Empty),
    dyn(tuple_size(c)),
    element(1, c),
    element(2, c),
    dyn(tuple_to_list(Point(3, 4))),
    dyn(is_record3(c, atom("circle"), 3)),
    dyn(is_record3(c, atom("circle"), 2)),
    dyn(is_record3(Point(1, 2), atom("point"), 3)),
    dyn(is_tuple(Empty)),
    dyn(exact(list_to_tuple([atom("point"), dyn(3), dyn(4)]), Point(3, 4))),
  ]
}

pub fn record_update() -> List(Point) {
  let p = Point(1, 2)
  [Point(..p, x: 10), Point(..p, y: 20), p]
}

pub fn tuple_ordering() -> List(Bool) {
  [
    lt(#(), #(0)),
    lt(#(9, 9), #(0, 0, 0)),
    lt(#(1, 2), #(1, 3)),
    lt(#(1, 2.0), #(1, 2)),
    lt(#(1, 2), #(1, 2.0)),
    exact(#(1, 2.0), #(1, 2)),
    lt(#(atom("a")), #(1)),
    lt(#(2), [1]),
  ]
}

pub fn tuple_printing() -> Nil {
  bc_io.format("~p~n~w~n", [dyn(make_tuple3(30, atom("filler"), [#(15, "middle")])), dyn(#(#(), #(#()), #(1, #(2, #(3)))))])
}
