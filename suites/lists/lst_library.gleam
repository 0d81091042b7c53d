//// The rest of the lists module: sorting and merging, key-tuple
//// functions, zips, sublists and tails, seq, flatten, duplicate, sums,
//// subtract and append, with their edge cases and errors.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "lists", "sort")
fn sort(xs: List(a)) -> List(a)

@external(erlang, "lists", "usort")
fn usort(xs: List(a)) -> List(a)

@external(erlang, "lists", "keysort")
fn keysort(n: Int, xs: List(a)) -> List(a)

@external(erlang, "lists", "ukeysort")
fn ukeysort(n: Int, xs: List(a)) -> List(a)

@external(erlang, "lists", "merge")
fn merge(a: List(a), b: List(a)) -> List(a)

@external(erlang, "lists", "merge")
fn merge_all(xss: List(List(a))) -> List(a)

@external(erlang, "lists", "umerge")
fn umerge(a: List(a), b: List(a)) -> List(a)

@external(erlang, "lists", "merge3")
fn merge3(a: List(a), b: List(a), c: List(a)) -> List(a)

@external(erlang, "lists", "keymerge")
fn keymerge(n: Int, a: List(a), b: List(a)) -> List(a)

@external(erlang, "lists", "rmerge")
fn rmerge(a: List(a), b: List(a)) -> List(a)

@external(erlang, "lists", "zip")
fn zip(a: List(a), b: List(b)) -> List(#(a, b))

@external(erlang, "lists", "zip3")
fn zip3(a: List(a), b: List(b), c: List(c)) -> List(#(a, b, c))

@external(erlang, "lists", "unzip")
fn unzip(xs: List(#(a, b))) -> #(List(a), List(b))

@external(erlang, "lists", "unzip3")
fn unzip3(xs: List(#(a, b, c))) -> #(List(a), List(b), List(c))

@external(erlang, "lists", "zip")
fn zip_how(a: List(a), b: List(b), how: Dynamic) -> Dynamic

@external(erlang, "lists", "sublist")
fn sublist(xs: List(a), n: Int) -> List(a)

@external(erlang, "lists", "sublist")
fn sublist3(xs: List(a), start: Int, n: Int) -> List(a)

@external(erlang, "lists", "nthtail")
fn nthtail(n: Int, xs: List(a)) -> List(a)

@external(erlang, "lists", "nth")
fn nth(n: Int, xs: List(a)) -> a

@external(erlang, "lists", "last")
fn last(xs: List(a)) -> a

@external(erlang, "lists", "droplast")
fn droplast(xs: List(a)) -> List(a)

@external(erlang, "lists", "split")
fn split(n: Int, xs: List(a)) -> #(List(a), List(a))

@external(erlang, "lists", "flatten")
fn flatten(xs: Dynamic) -> List(Dynamic)

@external(erlang, "lists", "flatten")
fn flatten_tail(xs: Dynamic, tail: List(Dynamic)) -> List(Dynamic)

@external(erlang, "lists", "flatlength")
fn flatlength(xs: Dynamic) -> Int

@external(erlang, "lists", "duplicate")
fn duplicate(n: Int, x: a) -> List(a)

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

@external(erlang, "lists", "seq")
fn seq3(a: Int, b: Int, step: Int) -> List(Int)

@external(erlang, "lists", "keystore")
fn keystore(key: k, n: Int, xs: List(a), new: a) -> List(a)

@external(erlang, "lists", "keyreplace")
fn keyreplace(key: k, n: Int, xs: List(a), new: a) -> List(a)

@external(erlang, "lists", "keydelete")
fn keydelete(key: k, n: Int, xs: List(a)) -> List(a)

@external(erlang, "lists", "keytake")
fn keytake(key: k, n: Int, xs: List(a)) -> Dynamic

@external(erlang, "lists", "keyfind")
fn keyfind(key: k, n: Int, xs: List(a)) -> Dynamic

@external(erlang, "lists", "keymember")
fn keymember(key: k, n: Int, xs: List(a)) -> Bool

@external(erlang, "lists", "keysearch")
fn keysearch(key: k, n: Int, xs: List(a)) -> Dynamic

@external(erlang, "lists", "keymap")
fn keymap(f: fn(Int) -> Int, n: Int, xs: List(a)) -> List(a)

@external(erlang, "lists", "sum")
fn sum(xs: List(a)) -> Dynamic

@external(erlang, "lists", "max")
fn lmax(xs: List(a)) -> a

@external(erlang, "lists", "min")
fn lmin(xs: List(a)) -> a

@external(erlang, "lists", "subtract")
fn subtract(a: List(a), b: List(a)) -> List(a)

@external(erlang, "erlang", "--")
fn minus_minus(a: List(a), b: List(a)) -> List(a)

@external(erlang, "erlang", "++")
fn plus_plus(a: a, b: b) -> Dynamic

@external(erlang, "lists", "append")
fn append1(xss: List(List(a))) -> List(a)

@external(erlang, "lists", "concat")
fn concat(xs: List(Dynamic)) -> Dynamic

@external(erlang, "lists", "reverse")
fn reverse2(xs: List(a), tail: b) -> Dynamic

@external(erlang, "lists", "delete")
fn delete(x: a, xs: List(a)) -> List(a)

@external(erlang, "lists", "enumerate")
fn enumerate(start: Int, xs: List(a)) -> List(#(Int, a))

@external(erlang, "lists", "prefix")
fn is_prefix(a: List(a), b: List(a)) -> Bool

@external(erlang, "lists", "suffix")
fn is_suffix(a: List(a), b: List(a)) -> Bool

@external(erlang, "lists", "join")
fn join(sep: a, xs: List(a)) -> List(a)

@external(erlang, "erlang", "length")
fn length_any(xs: a) -> Int

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "lists", "sort")
fn sort_dyn(xs: List(Dynamic)) -> List(Dynamic)


pub fn term_order_sort() -> List(Dynamic) {
  sort_dyn([
    dyn(<<"bin":utf8>>), dyn([1]), dyn([]), dyn(#(1, 2)), dyn(#(0, 0, 0)), dyn(atom("zebra")), dyn(atom("apple")),
    dyn(1.5), dyn(2), dyn(fn() { 1 }), dyn(#()), dyn(<<1:3>>), dyn(<<0>>), dyn([0, 1]), dyn(-5),
  ])
  |> drop_funs
}

fn drop_funs(xs: List(Dynamic)) -> List(Dynamic) {
  // Keep everything but replace the fun by a marker: a fun's printed form names its index.
  case xs {
    [] -> []
    [x, ..rest] ->
      case is_function(x) {
        True -> [dyn(atom("a_fun")), ..drop_funs(rest)]
        False -> [x, ..drop_funs(rest)]
      }
  }
}

@external(erlang, "erlang", "is_function")
fn is_function(x: Dynamic) -> Bool

pub fn sorts() -> List(List(Int)) {
  let xs = [5, 3, 9, 3, 1, 9, 0, -2, 5]
  [sort(xs), usort(xs), sort([]), usort([7, 7, 7])]
}

pub fn keysorts() -> List(List(#(Int, String, Int))) {
  let xs = [#(2, "b", 1), #(1, "z", 2), #(2, "a", 3), #(1, "z", 4), #(3, "a", 5)]
  [keysort(1, xs), keysort(2, xs), ukeysort(1, xs), ukeysort(2, xs), keysort(3, xs)]
}

pub fn keysort_bad_index() -> List(#(Int, Int)) {
  keysort(3, [#(1, 2), #(3, 4)])
}

pub fn merges() -> List(List(Int)) {
  [
    merge([1, 4, 7], [2, 4, 8]),
    umerge([1, 4, 7], [2, 4, 8]),
    merge3([1, 5], [2, 6], [3, 4]),
    merge_all([[1, 9], [], [2, 3], [0]]),
    rmerge([7, 4, 1], [8, 4, 2]),
    merge([3, 1], [2]),
  ]
}

pub fn keymerge_pairs() -> List(#(Int, String)) {
  keymerge(1, [#(1, "a"), #(3, "c")], [#(1, "x"), #(2, "y")])
}

pub fn zips() -> #(List(#(Int, String)), List(#(Int, String, Bool)), #(List(Int), List(String)), #(List(Int), List(Int), List(Int))) {
  #(zip([1, 2], ["a", "b"]), zip3([1], ["x"], [True]), unzip([#(1, "p"), #(2, "q")]), unzip3([#(1, 2, 3), #(4, 5, 6)]))
}

pub fn zip_modes() -> List(Dynamic) {
  [zip_how([1, 2, 3], [4], atom("trim")), zip_how([1], [4, 5], dyn(#(atom("pad"), #(0, 0))))]
}

pub fn zip_mismatch() -> List(#(Int, Int)) {
  zip([1, 2, 3], [1, 2])
}

pub fn sublists_and_tails() -> List(List(Int)) {
  let xs = [1, 2, 3, 4, 5]
  [sublist(xs, 3), sublist(xs, 10), sublist(xs, 0), sublist3(xs, 2, 2), sublist3(xs, 5, 3), sublist3(xs, 6, 1), nthtail(0, xs), nthtail(5, xs), nthtail(3, xs), droplast(xs)]
}

pub fn sublist_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { sublist3([1, 2], 0, 1) }),
    bc_try.try_call(fn() { sublist3([1, 2], 4, 1) }),
    bc_try.try_call(fn() { sublist([1, 2], -1) }),
    bc_try.try_call(fn() { nthtail(3, [1, 2]) }),
    bc_try.try_call(fn() { nth(0, [1]) }),
    bc_try.try_call(fn() { last([]) }),
    bc_try.try_call(fn() { droplast([]) }),
    bc_try.try_call(fn() { split(3, [1, 2]) }),
  ]
}

pub fn nth_last_split() -> #(Int, Int, #(List(Int), List(Int)), #(List(Int), List(Int))) {
  #(nth(3, [10, 20, 30]), last([1, 2, 3]), split(0, [1, 2]), split(2, [1, 2]))
}

pub fn flattening() -> List(Dynamic) {
  let deep = dyn([dyn(1), dyn([dyn(2), dyn([dyn(3), dyn([])]), dyn([])]), dyn([[[dyn(4)]]]), dyn("ab")])
  [dyn(flatten(deep)), dyn(flatten_tail(deep, [dyn(99)])), dyn(flatlength(deep)), dyn(flatten(dyn([])))]
}

pub fn duplicates() -> List(List(Dynamic)) {
  [duplicate(3, dyn("x")), duplicate(0, dyn(1)), duplicate(2, dyn([1, 2]))]
}

pub fn duplicate_negative() -> List(Int) {
  duplicate(-1, 0)
}

pub fn seq_edges() -> List(List(Int)) {
  [seq(1, 5), seq(5, 5), seq(5, 4), seq3(1, 10, 3), seq3(10, 1, -3), seq3(1, 1, 0), seq3(5, 1, -1), seq(-3, 2), seq3(0, 0, -5)]
}

pub fn seq_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { seq(5, 3) }),
    bc_try.try_call(fn() { seq3(1, 5, 0) }),
    bc_try.try_call(fn() { seq3(1, 5, -1) }),
    bc_try.try_call(fn() { seq3(5, 1, 1) }),
  ]
}

pub fn key_edits() -> List(Dynamic) {
  let xs = [#("a", 1), #("b", 2), #("a", 3)]
  [
    dyn(keystore("a", 1, xs, #("a", 100))),
    dyn(keystore("z", 1, xs, #("z", 26))),
    dyn(keyreplace("b", 1, xs, #("B", 0))),
    dyn(keyreplace("q", 1, xs, #("Q", 0))),
    dyn(keydelete("a", 1, xs)),
    dyn(keytake("a", 1, xs)),
    dyn(keytake("q", 1, xs)),
    dyn(keyfind(3, 2, xs)),
    dyn(keyfind(3.0, 2, xs)),
    dyn(keymember(2, 2, xs)),
    dyn(keysearch("b", 1, xs)),
    dyn(keymap(fn(v) { v * 10 }, 2, xs)),
  ]
}

pub fn keyfind_bad_position() -> Dynamic {
  keyfind(1, 0, [#(1, 2)])
}

pub fn sums_and_extrema() -> List(Dynamic) {
  [sum([1, 2, 3]), sum([]), sum([dyn(1), dyn(2.5)]), sum([99_999_999_999_999_999_999, 1]), dyn(lmax([3, 9, 2])), dyn(lmin([3, 9, 2])), dyn(lmax([dyn(1), dyn(1.0)])), dyn(lmin([dyn(1.0), dyn(1)])), dyn(lmax([dyn(atom("a")), dyn(5), dyn("s")]))]
}

pub fn max_of_empty() -> Int {
  lmax([])
}

pub fn sum_non_number() -> Dynamic {
  sum([dyn(1), dyn(atom("two"))])
}

pub fn subtraction() -> List(List(Int)) {
  [subtract([1, 2, 3, 2, 1], [2, 1]), minus_minus([1, 1, 1], [1]), minus_minus([1, 2], [3]), minus_minus([], [1]), delete(2, [1, 2, 3, 2])]
}

pub fn appends() -> List(Dynamic) {
  [
    dyn(append1([[1], [], [2, 3]])),
    plus_plus([1, 2], 3),
    plus_plus([], atom("x")),
    concat([dyn(atom("ab")), dyn(12), dyn([99, 100]), dyn(1.5)]),
    reverse2([1, 2, 3], [4, 5]),
    reverse2([1, 2], atom("tail")),
    dyn(join(0, [1, 2, 3])),
    dyn(join(0, [])),
  ]
}

pub fn append_improper_left() -> Dynamic {
  plus_plus(dyn(plus_plus([1], 2)), [3])
}

pub fn length_of_improper() -> Int {
  length_any(plus_plus([1, 2], 3))
}

pub fn misc_predicates() -> List(Dynamic) {
  [dyn(enumerate(0, ["a", "b"])), dyn(is_prefix([1, 2], [1, 2, 3])), dyn(is_suffix([2, 3], [1, 2, 3])), dyn(is_prefix([], [])), dyn(is_suffix([1], []))]
}

pub fn big_sort() -> #(Int, Int, Int) {
  let xs = pseudo_random(5000, 12_345, [])
  let sorted = sort(xs)
  let uniq = usort(xs)
  #(length_any(sorted), length_any(uniq), nth(2500, sorted))
}

fn pseudo_random(n: Int, seed: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> {
      let next = { seed * 1_103_515_245 + 12_345 } % 2_147_483_648
      pseudo_random(n - 1, next, [next % 3000, ..acc])
    }
  }
}
