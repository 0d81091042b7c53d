//// Lists: building and deconstructing in Gleam, and the Erlang lists module.

import bc_io

@external(erlang, "lists", "reverse")
fn reverse(l: List(a)) -> List(a)

@external(erlang, "lists", "sort")
fn sort(l: List(a)) -> List(a)

@external(erlang, "lists", "sort")
fn sort_by(f: fn(a, a) -> Bool, l: List(a)) -> List(a)

@external(erlang, "lists", "usort")
fn usort(l: List(a)) -> List(a)

@external(erlang, "lists", "keyfind")
fn keyfind(key: k, pos: Int, l: List(#(k, v))) -> bc_io.Dynamic

@external(erlang, "lists", "keysort")
fn keysort(pos: Int, l: List(#(a, b))) -> List(#(a, b))

@external(erlang, "lists", "zip")
fn zip(a: List(a), b: List(b)) -> List(#(a, b))

@external(erlang, "lists", "unzip")
fn unzip(l: List(#(a, b))) -> #(List(a), List(b))

@external(erlang, "lists", "foldl")
fn foldl(f: fn(a, acc) -> acc, acc: acc, l: List(a)) -> acc

@external(erlang, "lists", "foldr")
fn foldr(f: fn(a, acc) -> acc, acc: acc, l: List(a)) -> acc

@external(erlang, "lists", "map")
fn map(f: fn(a) -> b, l: List(a)) -> List(b)

@external(erlang, "lists", "filter")
fn filter(f: fn(a) -> Bool, l: List(a)) -> List(a)

@external(erlang, "lists", "seq")
fn seq(from: Int, to: Int) -> List(Int)

@external(erlang, "lists", "seq")
fn seq_step(from: Int, to: Int, step: Int) -> List(Int)

@external(erlang, "lists", "nth")
fn nth(n: Int, l: List(a)) -> a

@external(erlang, "lists", "flatten")
fn flatten(l: List(bc_io.Dynamic)) -> List(bc_io.Dynamic)

@external(erlang, "lists", "append")
fn append(a: List(a), b: List(a)) -> List(a)

@external(erlang, "lists", "append")
fn append_all(l: List(List(a))) -> List(a)

@external(erlang, "lists", "member")
fn member(x: a, l: List(a)) -> Bool

@external(erlang, "lists", "sum")
fn sum(l: List(Int)) -> Int

@external(erlang, "lists", "max")
fn max(l: List(a)) -> a

@external(erlang, "lists", "last")
fn last(l: List(a)) -> a

@external(erlang, "lists", "split")
fn split(n: Int, l: List(a)) -> #(List(a), List(a))

@external(erlang, "lists", "partition")
fn partition(f: fn(a) -> Bool, l: List(a)) -> #(List(a), List(a))

@external(erlang, "lists", "duplicate")
fn duplicate(n: Int, x: a) -> List(a)

@external(erlang, "lists", "subtract")
fn subtract(a: List(a), b: List(a)) -> List(a)

@external(erlang, "lists", "mapfoldl")
fn mapfoldl(f: fn(a, acc) -> #(b, acc), acc: acc, l: List(a)) -> #(List(b), acc)

@external(erlang, "lists", "enumerate")
fn enumerate(l: List(a)) -> List(#(Int, a))

@external(erlang, "lists", "uniq")
fn uniq(l: List(a)) -> List(a)

@external(erlang, "erlang", "length")
fn length(l: List(a)) -> Int

@external(erlang, "erlang", "hd")
fn hd(l: List(a)) -> a

@external(erlang, "bc_ffi", "identity")
fn dyn(x: a) -> bc_io.Dynamic

/// Builds [1..n] by prepending to an accumulator and reversing.
pub fn build(n: Int) -> List(Int) {
  build_loop(n, [])
}

fn build_loop(n: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> build_loop(n - 1, [n, ..acc])
  }
}

/// Gleam list patterns: prepend syntax and spread.
pub fn prepend_and_spread() -> List(List(Int)) {
  let base = [3, 4]
  [[1, 2, ..base], [0, ..base], base, []]
}

pub fn reverse_list(l: List(Int)) -> List(Int) {
  reverse(l)
}

/// lists:sort orders mixed terms by the standard term order.
pub fn sort_mixed() -> List(bc_io.Dynamic) {
  sort([dyn("bin"), dyn(#(1, 2)), dyn(3.5), dyn(2), dyn([1]), dyn(Nil), dyn([]), dyn(-1), dyn(#()), dyn(2.0)])
}

pub fn sort_with_fun() -> List(Int) {
  sort_by(fn(a, b) { a >= b }, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
}

pub fn usort_dupes() -> List(Int) {
  usort([5, 3, 5, 1, 3, 1, 0])
}

pub fn keyfind_hit_and_miss() -> #(bc_io.Dynamic, bc_io.Dynamic) {
  let l = [#("a", 1), #("b", 2), #("c", 3)]
  #(keyfind("b", 1, l), keyfind("z", 1, l))
}

pub fn keysort_stable() -> List(#(Int, String)) {
  keysort(1, [#(2, "x"), #(1, "y"), #(2, "a"), #(1, "b")])
}

pub fn zip_unzip() -> #(List(#(Int, String)), #(List(Int), List(String))) {
  let z = zip([1, 2, 3], ["one", "two", "three"])
  #(z, unzip(z))
}

/// lists:zip with lists of different lengths raises function_clause.
pub fn zip_mismatch() -> List(#(Int, Int)) {
  zip([1, 2, 3], [1, 2])
}

/// foldl and foldr with a fun building a string show the traversal order.
pub fn folds() -> #(Int, List(Int), List(Int)) {
  let l = [1, 2, 3, 4]
  #(
    foldl(fn(x, acc) { acc * 10 + x }, 0, l),
    foldl(fn(x, acc) { [x, ..acc] }, [], l),
    foldr(fn(x, acc) { [x, ..acc] }, [], l),
  )
}

pub fn map_filter() -> List(Int) {
  filter(fn(x) { x % 3 == 0 }, map(fn(x) { x * x }, seq(1, 12)))
}

pub fn seqs() -> List(List(Int)) {
  [seq(1, 5), seq(5, 4), seq_step(10, 0, -3), seq_step(1, 10, 4)]
}

/// lists:seq(5, 1) is not allowed (would need a negative step): function_clause.
pub fn seq_backwards() -> List(Int) {
  seq(5, 1)
}

pub fn nth_elements() -> #(String, String) {
  let l = ["a", "b", "c"]
  #(nth(1, l), nth(3, l))
}

/// lists:nth past the end raises function_clause.
pub fn nth_out_of_range() -> String {
  nth(4, ["a", "b", "c"])
}

pub fn flatten_deep() -> List(bc_io.Dynamic) {
  flatten([dyn(1), dyn([2, 3]), dyn([dyn([4]), dyn([[5]])]), dyn([]), dyn([[[[]]]]), dyn(6)])
}

pub fn appends() -> #(List(Int), List(Int), List(Int)) {
  #(append([1, 2], [3]), append_all([[1], [], [2, 3], [4]]), append([], []))
}

pub fn membership() -> List(Bool) {
  [member(3, [1, 2, 3]), member(4, [1, 2, 3]), member("a", []), member(#(1, 2), [#(1, 2)])]
}

pub fn numeric() -> #(Int, Int, Int, Int) {
  let l = [4, -2, 17, 9]
  #(sum(l), max(l), last(l), length(l))
}

pub fn split_partition() -> #(#(List(Int), List(Int)), #(List(Int), List(Int))) {
  #(split(2, [1, 2, 3, 4, 5]), partition(fn(x) { x > 2 }, [1, 5, 2, 4, 3]))
}

pub fn dup_subtract() -> #(List(String), List(Int)) {
  #(duplicate(3, "ab"), subtract([1, 2, 3, 2, 1], [2, 1]))
}

/// lists:mapfoldl numbers elements while summing them.
pub fn map_fold() -> #(List(#(Int, Int)), Int) {
  mapfoldl(fn(x, acc) { #(#(acc, x), acc + x) }, 0, [5, 6, 7])
}

/// lists:enumerate and lists:uniq (both new in OTP 25).
pub fn enumerate_uniq() -> #(List(#(Int, String)), List(Int)) {
  #(enumerate(["a", "b"]), uniq([3, 1, 3, 2, 1]))
}

/// hd([]) raises badarg.
pub fn head_of_empty() -> Int {
  hd([])
}

/// Length of a 1,000,000-element list built with lists:seq and summed.
pub fn big_list() -> #(Int, Int) {
  let l = seq(1, 1_000_000)
  #(length(l), sum(l))
}

/// Gleam list equality compares element-wise.
pub fn equality() -> List(Bool) {
  [[1, 2] == [1, 2], [1, 2] == [2, 1], [] == [], [[1]] == [[1]]]
}
