// CPU-bound benchmark programs: calls, arithmetic, lists, floats.

pub fn fib(n: Int) -> Int {
  case n < 2 {
    True -> n
    False -> fib(n - 1) + fib(n - 2)
  }
}

pub fn tak(x: Int, y: Int, z: Int) -> Int {
  case y < x {
    True -> tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    False -> z
  }
}

fn seq(from: Int, to: Int, acc: List(Int)) -> List(Int) {
  case to < from {
    True -> acc
    False -> seq(from, to - 1, [to, ..acc])
  }
}

fn append(a: List(Int), b: List(Int)) -> List(Int) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

fn nrev(l: List(Int)) -> List(Int) {
  case l {
    [] -> []
    [h, ..t] -> append(nrev(t), [h])
  }
}

fn sum(l: List(Int), acc: Int) -> Int {
  case l {
    [] -> acc
    [h, ..t] -> sum(t, acc + h)
  }
}

/// Naive reverse of a list of `len` integers, `times` times; returns a checksum.
pub fn nrev_bench(len: Int, times: Int) -> Int {
  let l = seq(1, len, [])
  nrev_loop(l, times, 0)
}

fn nrev_loop(l: List(Int), times: Int, acc: Int) -> Int {
  case times {
    0 -> acc
    _ -> {
      let [first, ..] = nrev(l)
      nrev_loop(l, times - 1, acc + first)
    }
  }
}

// ---- binary-trees ----

pub type Tree {
  Leaf
  Node(Tree, Tree)
}

fn make(depth: Int) -> Tree {
  case depth {
    0 -> Node(Leaf, Leaf)
    _ -> Node(make(depth - 1), make(depth - 1))
  }
}

fn check(t: Tree) -> Int {
  case t {
    Leaf -> 0
    Node(l, r) -> 1 + check(l) + check(r)
  }
}

fn pow2(n: Int) -> Int {
  case n {
    0 -> 1
    _ -> 2 * pow2(n - 1)
  }
}

/// The binary-trees benchmark game program; returns the sum of all checks.
pub fn binary_trees(max_depth: Int) -> Int {
  let long_lived = make(max_depth)
  let total = trees_at(4, max_depth, 0)
  total + check(long_lived)
}

fn trees_at(depth: Int, max_depth: Int, acc: Int) -> Int {
  case depth > max_depth {
    True -> acc
    False -> {
      let iterations = pow2(max_depth - depth + 4)
      trees_at(depth + 2, max_depth, acc + many(iterations, depth, 0))
    }
  }
}

fn many(n: Int, depth: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> many(n - 1, depth, acc + check(make(depth)))
  }
}

// ---- fannkuch-redux ----

fn take_rev(l: List(Int), n: Int, acc: List(Int)) -> #(List(Int), List(Int)) {
  case n, l {
    0, _ -> #(acc, l)
    _, [h, ..t] -> take_rev(t, n - 1, [h, ..acc])
    _, [] -> #(acc, [])
  }
}

fn flip_count(p: List(Int), count: Int) -> Int {
  case p {
    [1, ..] -> count
    [h, ..] -> {
      let #(front, rest) = take_rev(p, h, [])
      flip_count(list_append(front, rest), count + 1)
    }
    [] -> count
  }
}

fn list_append(a: List(Int), b: List(Int)) -> List(Int) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..list_append(t, b)]
  }
}

fn rotate(l: List(Int), n: Int) -> List(Int) {
  // move the first element to position n-1 within the first n elements
  case l {
    [h, ..t] -> {
      let #(front_rev, rest) = take_rev(t, n - 1, [])
      list_append(rev(front_rev, []), [h, ..rest])
    }
    [] -> []
  }
}

fn rev(l: List(Int), acc: List(Int)) -> List(Int) {
  case l {
    [] -> acc
    [h, ..t] -> rev(t, [h, ..acc])
  }
}

/// Maximum flips over all permutations of 1..n (permutations by rotation).
pub fn fannkuch(n: Int) -> Int {
  perms(seq(1, n, []), n, 0)
}

fn perms(p: List(Int), k: Int, best: Int) -> Int {
  case k {
    1 -> max(best, flip_count(p, 0))
    _ -> perm_rotations(p, k, k, best)
  }
}

fn perm_rotations(p: List(Int), k: Int, left: Int, best: Int) -> Int {
  case left {
    0 -> best
    _ -> {
      let b = perms(p, k - 1, best)
      perm_rotations(rotate(p, k), k, left - 1, b)
    }
  }
}

fn max(a: Int, b: Int) -> Int {
  case a > b {
    True -> a
    False -> b
  }
}

// ---- spectral-norm ----

fn a(i: Int, j: Int) -> Float {
  1.0 /. int_to_float({ i + j } * { i + j + 1 } / 2 + i + 1)
}

@external(erlang, "erlang", "float")
fn int_to_float(i: Int) -> Float

@external(erlang, "math", "sqrt")
fn sqrt(f: Float) -> Float

fn mul_av(v: List(Float), n: Int, transpose: Bool) -> List(Float) {
  build(0, n, fn(i) { dot(v, 0, i, transpose, 0.0) })
}

fn dot(v: List(Float), j: Int, i: Int, transpose: Bool, acc: Float) -> Float {
  case v {
    [] -> acc
    [x, ..rest] -> {
      let m = case transpose {
        True -> a(j, i)
        False -> a(i, j)
      }
      dot(rest, j + 1, i, transpose, acc +. m *. x)
    }
  }
}

fn build(i: Int, n: Int, f: fn(Int) -> Float) -> List(Float) {
  case i >= n {
    True -> []
    False -> [f(i), ..build(i + 1, n, f)]
  }
}

fn mul_atav(v: List(Float), n: Int) -> List(Float) {
  mul_av(mul_av(v, n, False), n, True)
}

fn fdot(a: List(Float), b: List(Float), acc: Float) -> Float {
  case a, b {
    [x, ..ra], [y, ..rb] -> fdot(ra, rb, acc +. x *. y)
    _, _ -> acc
  }
}

/// Spectral norm of the infinite matrix A truncated to n x n, times 1e9, truncated.
pub fn spectral_norm(n: Int) -> Int {
  let u = build(0, n, fn(_) { 1.0 })
  let #(u2, v2) = power(u, n, 10)
  let norm = sqrt(fdot(u2, v2, 0.0) /. fdot(v2, v2, 0.0))
  trunc(norm *. 1.0e9)
}

@external(erlang, "erlang", "trunc")
fn trunc(f: Float) -> Int

fn power(u: List(Float), n: Int, times: Int) -> #(List(Float), List(Float)) {
  let v = mul_atav(u, n)
  let u2 = mul_atav(v, n)
  case times {
    1 -> #(u2, v)
    _ -> power(u2, n, times - 1)
  }
}

/// A long tail-recursive loop, for dispatch speed.
pub fn count_loop(n: Int) -> Int {
  loop(n, 0)
}

fn loop(n: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> loop(n - 1, acc + 1)
  }
}

/// Checksum of a list sum, to keep the result small.
pub fn list_sum(n: Int) -> Int {
  sum(seq(1, n, []), 0)
}
