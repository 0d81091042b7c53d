// Data-structure benchmark programs: floats in records (nbody), maps, strings,
// bit syntax, allocation churn.

// ---- nbody ----

pub type Body {
  Body(x: Float, y: Float, z: Float, vx: Float, vy: Float, vz: Float, m: Float)
}

const pi = 3.141592653589793

const days = 365.24

fn solar_mass() -> Float {
  4.0 *. pi *. pi
}

fn bodies() -> List(Body) {
  let sm = solar_mass()
  [
    Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, sm),
    Body(4.84143144246472090, -1.16032004402742839, -1.03622044471123109e-01,
      1.66007664274403694e-03 *. days, 7.69901118419740425e-03 *. days,
      -6.90460016972063023e-05 *. days, 9.54791938424326609e-04 *. sm),
    Body(8.34336671824457987, 4.12479856412430479, -4.03523417114321381e-01,
      -2.76742510726862411e-03 *. days, 4.99852801234917238e-03 *. days,
      2.30417297573763929e-05 *. days, 2.85885980666130812e-04 *. sm),
    Body(1.28943695621391310e1, -1.51111514016986312e1, -2.23307578892655734e-01,
      2.96460137564761618e-03 *. days, 2.37847173959480950e-03 *. days,
      -2.96589568540237556e-05 *. days, 4.36624404335156298e-05 *. sm),
    Body(1.53796971148509165e1, -2.59193146099879641e1, 1.79258772950371181e-01,
      2.68067772490389322e-03 *. days, 1.62824170038242295e-03 *. days,
      -9.51592254519715870e-05 *. days, 5.15138902046611451e-05 *. sm),
  ]
}

@external(erlang, "math", "sqrt")
fn sqrt(f: Float) -> Float

@external(erlang, "erlang", "trunc")
fn trunc(f: Float) -> Int

fn advance_one(b: Body, others: List(Body), dt: Float) -> Body {
  case others {
    [] -> b
    [o, ..rest] -> {
      let dx = b.x -. o.x
      let dy = b.y -. o.y
      let dz = b.z -. o.z
      let d2 = dx *. dx +. dy *. dy +. dz *. dz
      let mag = dt /. { d2 *. sqrt(d2) }
      advance_one(
        Body(..b, vx: b.vx -. dx *. o.m *. mag, vy: b.vy -. dy *. o.m *. mag, vz: b.vz -. dz *. o.m *. mag),
        rest,
        dt,
      )
    }
  }
}

fn velocities(done: List(Body), pending: List(Body), dt: Float) -> List(Body) {
  case pending {
    [] -> reverse(done, [])
    [b, ..rest] -> {
      let others = append(done, rest)
      velocities([advance_one(b, others, dt), ..done], rest, dt)
    }
  }
}

fn positions(bs: List(Body), dt: Float) -> List(Body) {
  case bs {
    [] -> []
    [b, ..rest] -> [
      Body(..b, x: b.x +. dt *. b.vx, y: b.y +. dt *. b.vy, z: b.z +. dt *. b.vz),
      ..positions(rest, dt)
    ]
  }
}

fn reverse(l: List(a), acc: List(a)) -> List(a) {
  case l {
    [] -> acc
    [h, ..t] -> reverse(t, [h, ..acc])
  }
}

fn append(a: List(a), b: List(a)) -> List(a) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

fn energy(bs: List(Body), acc: Float) -> Float {
  case bs {
    [] -> acc
    [b, ..rest] -> {
      let kinetic = 0.5 *. b.m *. { b.vx *. b.vx +. b.vy *. b.vy +. b.vz *. b.vz }
      energy(rest, acc +. kinetic -. potential(b, rest, 0.0))
    }
  }
}

fn potential(b: Body, rest: List(Body), acc: Float) -> Float {
  case rest {
    [] -> acc
    [o, ..t] -> {
      let dx = b.x -. o.x
      let dy = b.y -. o.y
      let dz = b.z -. o.z
      potential(b, t, acc +. b.m *. o.m /. sqrt(dx *. dx +. dy *. dy +. dz *. dz))
    }
  }
}

fn steps(bs: List(Body), n: Int) -> List(Body) {
  case n {
    0 -> bs
    _ -> steps(positions(velocities([], bs, 0.01), 0.01), n - 1)
  }
}

/// Energy after n steps of the 5-body simulation, times 1e9, truncated.
pub fn nbody(n: Int) -> Int {
  trunc(energy(steps(bodies(), n), 0.0) *. 1.0e9)
}

// ---- maps ----

type Map

@external(erlang, "maps", "new")
fn map_new() -> Map

@external(erlang, "maps", "put")
fn map_put(k: Int, v: Int, m: Map) -> Map

@external(erlang, "maps", "get")
fn map_get(k: Int, m: Map, default: Int) -> Int

@external(erlang, "maps", "size")
fn map_size(m: Map) -> Int

/// n rounds of updates over a map of `keys` integer keys; returns a checksum.
pub fn map_updates(keys: Int, n: Int) -> Int {
  let m = fill(map_new(), keys)
  let m2 = update(m, keys, n)
  map_size(m2) + map_get(7, m2, 0)
}

fn fill(m: Map, k: Int) -> Map {
  case k {
    0 -> m
    _ -> fill(map_put(k, k, m), k - 1)
  }
}

fn update(m: Map, keys: Int, n: Int) -> Map {
  case n {
    0 -> m
    _ -> {
      let k = n % keys + 1
      update(map_put(k, map_get(k, m, 0) + 1, m), keys, n - 1)
    }
  }
}

// ---- strings ----

@external(erlang, "string", "uppercase")
fn uppercase(s: String) -> String

@external(erlang, "string", "length")
fn string_length(s: String) -> Int

@external(erlang, "string", "reverse")
fn string_reverse(s: String) -> List(Int)

@external(erlang, "erlang", "length")
fn list_length(l: List(Int)) -> Int

/// Unicode string processing: concatenation, case mapping, grapheme counting.
pub fn strings(n: Int) -> Int {
  string_loop(n, "", 0)
}

fn string_loop(n: Int, acc: String, total: Int) -> Int {
  case n {
    0 -> total + string_length(acc)
    _ -> {
      let s = uppercase("héllo wörld ünïcode 🎉 " <> acc)
      let next = case string_length(s) > 200 {
        True -> ""
        False -> s
      }
      string_loop(n - 1, next, total + list_length(string_reverse(s)) % 7)
    }
  }
}

// ---- bit syntax ----

fn encode(n: Int, acc: BitString) -> BitString {
  case n {
    0 -> acc
    _ -> encode(n - 1, <<acc:bits, n:16-big, { n * 3 }:32-little, 1:1, n:7>>)
  }
}

fn decode(b: BitString, acc: Int) -> Int {
  case b {
    <<a:16-big, c:32-little, _flag:1, d:7, rest:bits>> -> decode(rest, acc + a + c % 1000 + d)
    _ -> acc
  }
}

/// Build a binary of n packed records, then parse it back; returns a checksum.
pub fn bit_parse(n: Int, rounds: Int) -> Int {
  let b = encode(n, <<>>)
  bit_rounds(b, rounds, 0)
}

fn bit_rounds(b: BitString, rounds: Int, acc: Int) -> Int {
  case rounds {
    0 -> acc
    _ -> bit_rounds(b, rounds - 1, acc + decode(b, 0) % 1000)
  }
}

// ---- allocation churn (for the GC) ----

/// Allocates `rounds` short-lived lists of `len` tuples while keeping a live set.
pub fn gc_churn(len: Int, rounds: Int) -> Int {
  let live = make_list(10_000, [])
  churn(len, rounds, live, 0)
}

fn make_list(n: Int, acc: List(#(Int, Int))) -> List(#(Int, Int)) {
  case n {
    0 -> acc
    _ -> make_list(n - 1, [#(n, n * 2), ..acc])
  }
}

fn count(l: List(#(Int, Int)), acc: Int) -> Int {
  case l {
    [] -> acc
    [_, ..t] -> count(t, acc + 1)
  }
}

fn churn(len: Int, rounds: Int, live: List(#(Int, Int)), acc: Int) -> Int {
  case rounds {
    0 -> acc + count(live, 0)
    _ -> churn(len, rounds - 1, live, acc + count(make_list(len, []), 0) % 3)
  }
}
