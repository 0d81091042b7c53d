//// Recursion: tail calls, body (non-tail) recursion 100000+ frames deep,
//// mutual recursion and classic recursive algorithms.

import bc_io.{dyn}

/// Body-recursive sum: every element leaves a stack frame.
pub fn body_sum(n: Int) -> Int {
  case n {
    0 -> 0
    _ -> n + body_sum(n - 1)
  }
}

/// Tail-recursive count down: constant stack.
pub fn tail_count(n: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> tail_count(n - 1, acc + 1)
  }
}

/// Body-recursive list building (like a naive map), then its length and last element.
pub fn deep_build(n: Int) -> #(Int, Int) {
  let l = build(1, n)
  #(length(l, 0), last(l))
}

fn build(i: Int, n: Int) -> List(Int) {
  case i > n {
    True -> []
    False -> [i * 2, ..build(i + 1, n)]
  }
}

fn length(l: List(a), acc: Int) -> Int {
  case l {
    [] -> acc
    [_, ..rest] -> length(rest, acc + 1)
  }
}

fn last(l: List(Int)) -> Int {
  case l {
    [x] -> x
    [_, ..rest] -> last(rest)
    [] -> -1
  }
}

pub fn is_even(n: Int) -> Bool {
  case n {
    0 -> True
    _ -> is_odd(n - 1)
  }
}

pub fn is_odd(n: Int) -> Bool {
  case n {
    0 -> False
    _ -> is_even(n - 1)
  }
}

/// Mutual recursion that is not in tail position: depth n.
pub fn count_alternating(n: Int) -> #(Int, Int) {
  ping(n)
}

fn ping(n: Int) -> #(Int, Int) {
  case n {
    0 -> #(0, 0)
    _ -> {
      let #(a, b) = pong(n - 1)
      #(a + 1, b)
    }
  }
}

fn pong(n: Int) -> #(Int, Int) {
  case n {
    0 -> #(0, 0)
    _ -> {
      let #(a, b) = ping(n - 1)
      #(a, b + 1)
    }
  }
}

pub fn ackermann(m: Int, n: Int) -> Int {
  case m, n {
    0, _ -> n + 1
    _, 0 -> ackermann(m - 1, 1)
    _, _ -> ackermann(m - 1, ackermann(m, n - 1))
  }
}

/// Prints the moves of the towers of Hanoi.
pub fn hanoi(n: Int) -> Int {
  move(n, "A", "C", "B")
}

fn move(n: Int, from: String, to: String, via: String) -> Int {
  case n {
    0 -> 0
    _ -> {
      let a = move(n - 1, from, via, to)
      bc_io.format("disc ~w: ~s -> ~s~n", [dyn(n), dyn(from), dyn(to)])
      let b = move(n - 1, via, to, from)
      a + b + 1
    }
  }
}

/// Naive doubly-recursive Fibonacci.
pub fn fib(n: Int) -> Int {
  case n < 2 {
    True -> n
    False -> fib(n - 1) + fib(n - 2)
  }
}

pub fn gcd(a: Int, b: Int) -> Int {
  case b {
    0 -> a
    _ -> gcd(b, a % b)
  }
}

/// Longest Collatz chain for starting values below n: #(start, steps).
pub fn collatz_max(n: Int) -> #(Int, Int) {
  collatz_scan(1, n, #(1, 0))
}

fn collatz_scan(i: Int, n: Int, best: #(Int, Int)) -> #(Int, Int) {
  case i >= n {
    True -> best
    False -> {
      let steps = collatz(i, 0)
      let best = case steps > best.1 {
        True -> #(i, steps)
        False -> best
      }
      collatz_scan(i + 1, n, best)
    }
  }
}

fn collatz(x: Int, steps: Int) -> Int {
  case x {
    1 -> steps
    _ ->
      case x % 2 {
        0 -> collatz(x / 2, steps + 1)
        _ -> collatz(3 * x + 1, steps + 1)
      }
  }
}

/// All permutations of a list, by recursion on each removed element.
pub fn permutations(l: List(Int)) -> List(List(Int)) {
  case l {
    [] -> [[]]
    _ -> flat_map(l, fn(x) { map(permutations(remove(l, x)), fn(p) { [x, ..p] }) })
  }
}

pub fn count_permutations(n: Int) -> Int {
  length(permutations(range(1, n)), 0)
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

fn remove(l: List(Int), x: Int) -> List(Int) {
  case l {
    [] -> []
    [y, ..rest] if y == x -> rest
    [y, ..rest] -> [y, ..remove(rest, x)]
  }
}

fn map(l: List(a), f: fn(a) -> b) -> List(b) {
  case l {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn flat_map(l: List(a), f: fn(a) -> List(b)) -> List(b) {
  case l {
    [] -> []
    [x, ..rest] -> append(f(x), flat_map(rest, f))
  }
}

fn append(a: List(b), b: List(b)) -> List(b) {
  case a {
    [] -> b
    [x, ..rest] -> [x, ..append(rest, b)]
  }
}

/// Quicksort with list partitioning.
pub fn quicksort(l: List(Int)) -> List(Int) {
  case l {
    [] -> []
    [pivot, ..rest] -> {
      let smaller = filter(rest, fn(x) { x < pivot })
      let larger = filter(rest, fn(x) { x >= pivot })
      append(quicksort(smaller), [pivot, ..quicksort(larger)])
    }
  }
}

fn filter(l: List(a), keep: fn(a) -> Bool) -> List(a) {
  case l {
    [] -> []
    [x, ..rest] ->
      case keep(x) {
        True -> [x, ..filter(rest, keep)]
        False -> filter(rest, keep)
      }
  }
}

/// Pseudo-random list (linear congruential generator) sorted with quicksort.
pub fn sort_random(n: Int) -> #(List(Int), List(Int)) {
  let l = lcg(n, 12_345, [])
  let sorted = quicksort(l)
  #(take(sorted, 5), take(reverse(sorted, []), 5))
}

fn lcg(n: Int, seed: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> {
      let next = { seed * 1_103_515_245 + 12_345 } % 2_147_483_648
      lcg(n - 1, next, [next % 1000, ..acc])
    }
  }
}

fn take(l: List(a), n: Int) -> List(a) {
  case l, n {
    _, 0 -> []
    [], _ -> []
    [x, ..rest], _ -> [x, ..take(rest, n - 1)]
  }
}

fn reverse(l: List(a), acc: List(a)) -> List(a) {
  case l {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}
