//// Higher-order functions of the lists module with printing funs, so the
//// order in which each function calls its fun is observable on stdout.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "lists", "foldl")
fn foldl(f: fn(a, b) -> b, acc: b, xs: List(a)) -> b

@external(erlang, "lists", "foldr")
fn foldr(f: fn(a, b) -> b, acc: b, xs: List(a)) -> b

@external(erlang, "lists", "map")
fn lmap(f: fn(a) -> b, xs: List(a)) -> List(b)

@external(erlang, "lists", "foreach")
fn foreach(f: fn(a) -> c, xs: List(a)) -> Dynamic

@external(erlang, "lists", "filter")
fn filter(f: fn(a) -> Bool, xs: List(a)) -> List(a)

@external(erlang, "lists", "mapfoldl")
fn mapfoldl(f: fn(a, b) -> #(c, b), acc: b, xs: List(a)) -> #(List(c), b)

@external(erlang, "lists", "mapfoldr")
fn mapfoldr(f: fn(a, b) -> #(c, b), acc: b, xs: List(a)) -> #(List(c), b)

@external(erlang, "lists", "filtermap")
fn filtermap(f: fn(a) -> Dynamic, xs: List(a)) -> List(Dynamic)

@external(erlang, "lists", "partition")
fn partition(f: fn(a) -> Bool, xs: List(a)) -> #(List(a), List(a))

@external(erlang, "lists", "splitwith")
fn splitwith(f: fn(a) -> Bool, xs: List(a)) -> #(List(a), List(a))

@external(erlang, "lists", "dropwhile")
fn dropwhile(f: fn(a) -> Bool, xs: List(a)) -> List(a)

@external(erlang, "lists", "takewhile")
fn takewhile(f: fn(a) -> Bool, xs: List(a)) -> List(a)

@external(erlang, "lists", "any")
fn any(f: fn(a) -> Bool, xs: List(a)) -> Bool

@external(erlang, "lists", "all")
fn all(f: fn(a) -> Bool, xs: List(a)) -> Bool

@external(erlang, "lists", "flatmap")
fn flatmap(f: fn(a) -> List(b), xs: List(a)) -> List(b)

@external(erlang, "lists", "zipwith")
fn zipwith(f: fn(a, b) -> c, xs: List(a), ys: List(b)) -> List(c)

@external(erlang, "lists", "zipwith3")
fn zipwith3(f: fn(a, b, c) -> d, xs: List(a), ys: List(b), zs: List(c)) -> List(d)

@external(erlang, "lists", "search")
fn search(f: fn(a) -> Bool, xs: List(a)) -> Dynamic

@external(erlang, "lists", "sort")
fn sort_by(f: fn(a, a) -> Bool, xs: List(a)) -> List(a)

@external(erlang, "lists", "usort")
fn usort_by(f: fn(a, a) -> Bool, xs: List(a)) -> List(a)

@external(erlang, "lists", "map")
fn map_any(f: a, xs: b) -> Dynamic

@external(erlang, "lists", "foldl")
fn foldl_any(f: a, acc: b, xs: c) -> Dynamic

@external(erlang, "lists", "filter")
fn filter_any(f: a, xs: b) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "lists", "uniq")
fn uniq_by(f: fn(a) -> b, xs: List(a)) -> List(a)

fn say(tag: String, x: a) -> Nil {
  bc_io.format("~s ~w~n", [dyn(tag), dyn(x)])
}

pub fn foldl_order() -> Int {
  foldl(fn(x, acc) {
    bc_io.format("foldl ~w acc ~w~n", [dyn(x), dyn(acc)])
    acc * 10 + x
  }, 0, [1, 2, 3, 4])
}

pub fn foldr_order() -> Int {
  foldr(fn(x, acc) {
    bc_io.format("foldr ~w acc ~w~n", [dyn(x), dyn(acc)])
    acc * 10 + x
  }, 0, [1, 2, 3, 4])
}

pub fn map_order() -> List(Int) {
  lmap(fn(x) {
    say("map", x)
    x * x
  }, [3, 1, 2])
}

pub fn foreach_order() -> Dynamic {
  foreach(fn(x) { say("each", x) }, [#(1, "a"), #(2, "b")])
}

pub fn filter_order() -> List(Int) {
  filter(fn(x) {
    say("test", x)
    x % 2 == 0
  }, [1, 2, 3, 4, 5, 6])
}

pub fn mapfoldl_running_sum() -> #(List(#(Int, Int)), Int) {
  mapfoldl(fn(x, sum) {
    say("mapfoldl", x)
    #(#(x, sum + x), sum + x)
  }, 0, [5, 10, 20])
}

pub fn mapfoldr_running_sum() -> #(List(#(Int, Int)), Int) {
  mapfoldr(fn(x, sum) {
    say("mapfoldr", x)
    #(#(x, sum + x), sum + x)
  }, 0, [5, 10, 20])
}

pub fn filtermap_forms() -> List(Dynamic) {
  filtermap(fn(x) {
    case x % 3 {
      0 -> dyn(False)
      1 -> dyn(True)
      _ -> dyn(#(True, x * 100))
    }
  }, [1, 2, 3, 4, 5, 6, 7])
}

pub fn filtermap_bad_return() -> List(Dynamic) {
  filtermap(fn(x) { dyn(x) }, [1])
}

pub fn partition_split() -> List(#(List(Int), List(Int))) {
  let xs = [1, 5, 2, 8, 3, 9, 4]
  let small = fn(x) { x < 5 }
  [partition(small, xs), splitwith(small, xs), partition(small, []), splitwith(fn(_) { True }, xs)]
}

pub fn drop_take_while() -> List(List(Int)) {
  let xs = [2, 4, 6, 7, 8, 10]
  let even = fn(x) { x % 2 == 0 }
  [dropwhile(even, xs), takewhile(even, xs), dropwhile(even, []), takewhile(fn(_) { False }, xs), dropwhile(fn(_) { True }, xs)]
}

pub fn any_all_short_circuit() -> #(Bool, Bool, Bool, Bool) {
  let check = fn(x) {
    say("check", x)
    x > 2
  }
  let a = any(check, [1, 3, 5])
  let b = all(check, [3, 1, 5])
  #(a, b, any(check, []), all(check, []))
}

pub fn flatmap_zipwith() -> #(List(Int), List(#(Int, String)), List(Int)) {
  #(
    flatmap(fn(x) { [x, x * 10] }, [1, 2, 3]),
    zipwith(fn(a, b) { #(a, b) }, [1, 2], ["x", "y"]),
    zipwith3(fn(a, b, c) { a * 100 + b * 10 + c }, [1, 2], [3, 4], [5, 6]),
  )
}

pub fn zipwith_mismatch() -> List(Int) {
  zipwith(fn(a, b) { a + b }, [1, 2, 3], [1, 2])
}

pub fn search_hit_miss() -> #(Dynamic, Dynamic) {
  #(search(fn(x) { x > 10 }, [5, 11, 20]), search(fn(x) { x > 100 }, [5, 11, 20]))
}

pub fn sort_comparator_calls() -> List(Int) {
  sort_by(fn(a, b) {
    bc_io.format("cmp ~w ~w~n", [dyn(a), dyn(b)])
    a <= b
  }, [3, 1, 2, 5, 4])
}

pub fn sort_stability_by_key() -> List(#(Int, String)) {
  let xs = [#(2, "a"), #(1, "b"), #(2, "c"), #(1, "d"), #(0, "e"), #(2, "f")]
  sort_by(fn(a: #(Int, String), b: #(Int, String)) { a.0 <= b.0 }, xs)
}

pub fn sort_strict_comparator() -> List(#(Int, String)) {
  let xs = [#(2, "a"), #(1, "b"), #(2, "c"), #(1, "d")]
  sort_by(fn(a: #(Int, String), b: #(Int, String)) { a.0 < b.0 }, xs)
}

pub fn usort_by_key() -> List(#(Int, String)) {
  let xs = [#(2, "a"), #(1, "b"), #(2, "c"), #(1, "d")]
  usort_by(fn(a: #(Int, String), b: #(Int, String)) { a.0 <= b.0 }, xs)
}

pub fn uniq_with_fun() -> List(#(Int, String)) {
  uniq_by(fn(p: #(Int, String)) { p.0 }, [#(1, "a"), #(2, "b"), #(1, "c"), #(3, "d"), #(2, "e")])
}

pub fn map_not_a_list() -> Dynamic {
  map_any(fn(x: Int) { x }, dyn(atom("nope")))
}

pub fn map_improper() -> Dynamic {
  map_any(fn(x: Int) { x + 1 }, dyn(improper()))
}

@external(erlang, "lists", "append")
fn improper_tail(a: List(Int), b: Int) -> Dynamic

fn improper() -> Dynamic {
  improper_tail([1, 2], 3)
}

pub fn foldl_wrong_arity() -> Dynamic {
  foldl_any(fn(x: Int) { x }, 0, [1, 2])
}

pub fn filter_non_boolean() -> Dynamic {
  filter_any(fn(x: Int) { x }, [1, 2])
}

pub fn errors_from_funs() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { lmap(fn(x) { 10 / x + erl_div(10, x) }, [5, 0]) }),
    bc_try.try_call(fn() { foldl(fn(x, _acc) { erl_div(1, x) }, 0, [1, 0]) }),
    bc_try.try_call(fn() { map_any(atom("not_fun"), [1]) }),
  ]
}

@external(erlang, "erlang", "div")
fn erl_div(a: Int, b: Int) -> Int
