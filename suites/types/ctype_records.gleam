//// Custom types: tagged-tuple representation, labelled fields, record
//// update with .., multi-constructor types matched with case, generics.

import bc_io

pub type Shape {
  Circle(radius: Float)
  Rect(width: Float, height: Float)
  Triangle(a: Float, b: Float, c: Float)
  Dot
}

pub type Person {
  Person(name: String, age: Int, email: String, tags: List(String))
}

pub type Tree(a) {
  Leaf
  Node(left: Tree(a), value: a, right: Tree(a))
}

pub type Maybe(a) {
  Just(a)
  Nothing
}

/// Both constructors share the `id` label, so `.id` works on either.
pub type Account {
  Personal(id: Int, owner: String)
  Business(id: Int, company: String, seats: Int)
}

pub type HttpStatus {
  Ok200
  NotFound404
  ServerError5xx(code: Int)
}

@external(erlang, "math", "sqrt")
fn sqrt(f: Float) -> Float

pub fn area(shape: Shape) -> Float {
  case shape {
    Circle(r) -> 3.0 *. r *. r
    Rect(width: w, height: h) -> w *. h
    Triangle(a, b, c) -> {
      let s = { a +. b +. c } /. 2.0
      sqrt(s *. { s -. a } *. { s -. b } *. { s -. c })
    }
    Dot -> 0.0
  }
}

/// Constructors are plain tagged tuples, fieldless ones plain atoms.
pub fn representations() -> List(bc_io.Dynamic) {
  [
    bc_io.dyn(Circle(1.5)),
    bc_io.dyn(Rect(height: 2.0, width: 3.0)),
    bc_io.dyn(Dot),
    bc_io.dyn(Just(Nothing)),
    bc_io.dyn(ServerError5xx(503)),
    bc_io.dyn(Ok200),
    bc_io.dyn(Ok(1)),
    bc_io.dyn(Error(Nil)),
    bc_io.dyn(True),
  ]
}

pub fn default_person() -> Person {
  Person(name: "Ada", age: 36, email: "ada@example.com", tags: ["math"])
}

/// Record update changes only the named fields.
pub fn birthday(p: Person) -> Person {
  Person(..p, age: p.age + 1)
}

/// Chained record updates and field access.
pub fn updates() -> #(Person, Person, String, Int) {
  let p = default_person()
  let q = Person(..p, name: "Grace", tags: ["navy", ..p.tags])
  let r = Person(..birthday(q), email: "grace@example.com")
  #(q, r, r.name, r.age)
}

/// The original record is unchanged by an update.
pub fn update_is_copy() -> #(Person, Person, Bool) {
  let p = default_person()
  let q = birthday(p)
  #(p, q, p == q)
}

pub fn insert(tree: Tree(Int), x: Int) -> Tree(Int) {
  case tree {
    Leaf -> Node(Leaf, x, Leaf)
    Node(l, v, r) if x < v -> Node(insert(l, x), v, r)
    Node(l, v, r) if x > v -> Node(l, v, insert(r, x))
    Node(..) -> tree
  }
}

fn to_list(tree: Tree(a), acc: List(a)) -> List(a) {
  case tree {
    Leaf -> acc
    Node(l, v, r) -> to_list(l, [v, ..to_list(r, acc)])
  }
}

fn from_list(items: List(Int), tree: Tree(Int)) -> Tree(Int) {
  case items {
    [] -> tree
    [x, ..rest] -> from_list(rest, insert(tree, x))
  }
}

/// Builds a binary search tree and returns it with its in-order traversal.
pub fn tree_demo() -> #(Tree(Int), List(Int)) {
  let t = from_list([5, 2, 8, 1, 9, 2, 7], Leaf)
  #(t, to_list(t, []))
}

fn depth(tree: Tree(a)) -> Int {
  case tree {
    Leaf -> 0
    Node(l, _, r) -> {
      let dl = depth(l)
      let dr = depth(r)
      case dl > dr {
        True -> dl + 1
        False -> dr + 1
      }
    }
  }
}

/// Inserting 1..500 in order gives a degenerate tree of depth 500.
pub fn degenerate_depth() -> Int {
  depth(from_list(seq(1, 500, []), Leaf))
}

fn seq(from: Int, to: Int, acc: List(Int)) -> List(Int) {
  case to < from {
    True -> acc
    False -> seq(from, to - 1, [to, ..acc])
  }
}

pub fn maybe_map(m: Maybe(a), f: fn(a) -> b) -> Maybe(b) {
  case m {
    Just(x) -> Just(f(x))
    Nothing -> Nothing
  }
}

pub fn maybes() -> List(Maybe(Int)) {
  [maybe_map(Just(20), fn(x) { x * 2 + 2 }), maybe_map(Nothing, fn(x) { x + 1 })]
}

/// Shared label access on a multi-constructor type.
pub fn account_ids() -> List(#(Int, String)) {
  let accounts = [Personal(1, "ann"), Business(2, "Acme", 40), Personal(id: 3, owner: "bob")]
  map(accounts, fn(a) {
    #(
      a.id,
      case a {
        Personal(owner: o, ..) -> o
        Business(company: c, ..) -> c
      },
    )
  })
}

pub fn describe_status(s: HttpStatus) -> String {
  case s {
    Ok200 -> "ok"
    NotFound404 -> "not found"
    ServerError5xx(code) if code >= 500 && code < 600 -> "server error"
    ServerError5xx(_) -> "bogus"
  }
}

/// Constructors used as ordinary functions.
pub fn constructors_as_functions() -> List(Shape) {
  let make = Circle
  let make_rect = Rect(_, 1.0)
  [make(1.0), make_rect(4.0), ..map([2.0, 3.0], Circle)]
}

/// Records compare structurally.
pub fn record_equality() -> List(Bool) {
  [Circle(1.0) == Circle(1.0), Circle(1.0) == Circle(2.0), Dot == Dot, Just(Leaf) == Just(Leaf)]
}

fn map(items: List(a), f: fn(a) -> b) -> List(b) {
  case items {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}
