//// Priority queues and a discrete-event simulation: a leftist heap and a
//// pairing heap with a caller-supplied ordering, heap sort, Dijkstra's
//// shortest paths, and a bank simulation whose events are ordered by
//// (time, sequence number) so ties always resolve the same way.

import bc_io.{dyn}

// ---- leftist heap ----

pub type Leftist(a) {
  LEmpty
  LNode(rank: Int, item: a, left: Leftist(a), right: Leftist(a))
}

fn rank(h: Leftist(a)) -> Int {
  case h {
    LEmpty -> 0
    LNode(r, _, _, _) -> r
  }
}

fn make(item: a, a: Leftist(a), b: Leftist(a)) -> Leftist(a) {
  case rank(a) >= rank(b) {
    True -> LNode(rank(b) + 1, item, a, b)
    False -> LNode(rank(a) + 1, item, b, a)
  }
}

pub fn lmerge(a: Leftist(a), b: Leftist(a), less: fn(a, a) -> Bool) -> Leftist(a) {
  case a, b {
    LEmpty, _ -> b
    _, LEmpty -> a
    LNode(_, x, al, ar), LNode(_, y, bl, br) ->
      case less(y, x) {
        True -> make(y, bl, lmerge(a, br, less))
        False -> make(x, al, lmerge(ar, b, less))
      }
  }
}

pub fn linsert(h: Leftist(a), x: a, less: fn(a, a) -> Bool) -> Leftist(a) {
  lmerge(LNode(1, x, LEmpty, LEmpty), h, less)
}

pub fn lpop(h: Leftist(a), less: fn(a, a) -> Bool) -> Result(#(a, Leftist(a)), Nil) {
  case h {
    LEmpty -> Error(Nil)
    LNode(_, x, l, r) -> Ok(#(x, lmerge(l, r, less)))
  }
}

fn leftist_ok(h: Leftist(a), less: fn(a, a) -> Bool) -> Bool {
  case h {
    LEmpty -> True
    LNode(r, x, l, rt) ->
      rank(l) >= rank(rt) && r == rank(rt) + 1 && not_less_than(l, x, less) && not_less_than(rt, x, less) && leftist_ok(l, less) && leftist_ok(
        rt,
        less,
      )
  }
}

fn not_less_than(h: Leftist(a), x: a, less: fn(a, a) -> Bool) -> Bool {
  case h {
    LEmpty -> True
    LNode(_, y, _, _) -> !less(y, x)
  }
}

// ---- pairing heap ----

pub type Pairing(a) {
  PEmpty
  PNode(item: a, children: List(Pairing(a)))
}

pub fn pmerge(a: Pairing(a), b: Pairing(a), less: fn(a, a) -> Bool) -> Pairing(a) {
  case a, b {
    PEmpty, _ -> b
    _, PEmpty -> a
    PNode(x, xs), PNode(y, ys) ->
      case less(y, x) {
        True -> PNode(y, [a, ..ys])
        False -> PNode(x, [b, ..xs])
      }
  }
}

pub fn pinsert(h: Pairing(a), x: a, less: fn(a, a) -> Bool) -> Pairing(a) {
  pmerge(PNode(x, []), h, less)
}

fn merge_pairs(hs: List(Pairing(a)), less: fn(a, a) -> Bool) -> Pairing(a) {
  case hs {
    [] -> PEmpty
    [h] -> h
    [a, b, ..rest] -> pmerge(pmerge(a, b, less), merge_pairs(rest, less), less)
  }
}

pub fn ppop(h: Pairing(a), less: fn(a, a) -> Bool) -> Result(#(a, Pairing(a)), Nil) {
  case h {
    PEmpty -> Error(Nil)
    PNode(x, children) -> Ok(#(x, merge_pairs(children, less)))
  }
}

// ---- helpers ----

fn int_less(a: Int, b: Int) -> Bool {
  a < b
}

fn fold(xs: List(a), acc: b, f: fn(b, a) -> b) -> b {
  case xs {
    [] -> acc
    [x, ..rest] -> fold(rest, f(acc, x), f)
  }
}

fn drain_l(h: Leftist(a), less: fn(a, a) -> Bool, acc: List(a)) -> List(a) {
  case lpop(h, less) {
    Error(Nil) -> reverse(acc, [])
    Ok(#(x, h)) -> drain_l(h, less, [x, ..acc])
  }
}

fn drain_p(h: Pairing(a), less: fn(a, a) -> Bool, acc: List(a)) -> List(a) {
  case ppop(h, less) {
    Error(Nil) -> reverse(acc, [])
    Ok(#(x, h)) -> drain_p(h, less, [x, ..acc])
  }
}

fn reverse(xs: List(a), acc: List(a)) -> List(a) {
  case xs {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

fn lcg(seed: Int) -> Int {
  { seed * 1_103_515_245 + 12_345 } % 2_147_483_648
}

fn randoms(n: Int, seed: Int, modulo: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> {
      let s = lcg(seed)
      randoms(n - 1, s, modulo, [s / 65_536 % modulo, ..acc])
    }
  }
}

@external(erlang, "lists", "sort")
fn sort(xs: List(Int)) -> List(Int)

@external(erlang, "lists", "sublist")
fn take(xs: List(a), n: Int) -> List(a)

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "float_to_binary")
fn f2s(f: Float, opts: List(#(Decimals, Int))) -> String

pub type Decimals {
  Decimals
}

// ---- cases ----

pub fn heap_sort_small() -> #(List(Int), List(Int)) {
  let xs = [5, 3, 9, 1, 5, 8, 2, 7, 3, 0, -4, 11]
  let lh = fold(xs, LEmpty, fn(h, x) { linsert(h, x, int_less) })
  let ph = fold(xs, PEmpty, fn(h, x) { pinsert(h, x, int_less) })
  #(drain_l(lh, int_less, []), drain_p(ph, int_less, []))
}

pub fn heap_sort_matches_lists_sort() -> List(Bool) {
  let xs = randoms(3000, 42, 1000, [])
  let lh = fold(xs, LEmpty, fn(h, x) { linsert(h, x, int_less) })
  let ph = fold(xs, PEmpty, fn(h, x) { pinsert(h, x, int_less) })
  [drain_l(lh, int_less, []) == sort(xs), drain_p(ph, int_less, []) == sort(xs), leftist_ok(lh, int_less)]
}

pub fn heap_shape() -> Leftist(Int) {
  fold([4, 1, 7, 3, 9, 2], LEmpty, fn(h, x) { linsert(h, x, int_less) })
}

pub fn pairing_shape() -> Pairing(Int) {
  fold([4, 1, 7, 3, 9, 2], PEmpty, fn(h, x) { pinsert(h, x, int_less) })
}

pub fn merge_heaps() -> List(Int) {
  let a = fold([10, 30, 50], LEmpty, fn(h, x) { linsert(h, x, int_less) })
  let b = fold([20, 40, 60, 5], LEmpty, fn(h, x) { linsert(h, x, int_less) })
  drain_l(lmerge(a, b, int_less), int_less, [])
}

pub fn max_heap_top_k() -> List(Int) {
  let greater = fn(a: Int, b: Int) { a > b }
  let h = fold(randoms(500, 7, 10_000, []), PEmpty, fn(h, x) { pinsert(h, x, greater) })
  take(drain_p(h, greater, []), 10)
}

pub fn ops_trace() -> Nil {
  let ops = [#("push", 5), #("push", 2), #("push", 8), #("pop", 0), #("push", 1), #("push", 2), #("pop", 0), #("pop", 0), #("pop", 0), #("pop", 0), #("pop", 0)]
  fold(ops, LEmpty, fn(h, op: #(String, Int)) {
    case op.0 {
      "push" -> {
        bc_io.format("push ~w~n", [dyn(op.1)])
        linsert(h, op.1, int_less)
      }
      _ ->
        case lpop(h, int_less) {
          Ok(#(x, h2)) -> {
            bc_io.format("pop -> ~w~n", [dyn(x)])
            h2
          }
          Error(Nil) -> {
            bc_io.format("pop -> empty~n", [])
            h
          }
        }
    }
  })
  Nil
}

/// Events ordered by time, then by sequence number (insertion order).
pub type Event {
  Event(time: Int, seq: Int, kind: Kind)
}

pub type Kind {
  Arrive(customer: Int)
  Finish(customer: Int, teller: Int)
}

fn event_less(a: Event, b: Event) -> Bool {
  a.time < b.time || a.time == b.time && a.seq < b.seq
}

pub type Sim {
  Sim(
    clock: Int,
    seq: Int,
    events: Leftist(Event),
    waiting: List(#(Int, Int)),
    free: List(Int),
    served: Int,
    total_wait: Int,
    max_queue: Int,
    log: Bool,
  )
}

fn schedule(s: Sim, time: Int, kind: Kind) -> Sim {
  Sim(..s, seq: s.seq + 1, events: linsert(s.events, Event(time, s.seq, kind), event_less))
}

fn service_time(customer: Int) -> Int {
  3 + lcg(customer * 7 + 1) / 65_536 % 8
}

fn start_service(s: Sim) -> Sim {
  case s.waiting, s.free {
    [#(c, arrived), ..rest_wait], [t, ..rest_free] -> {
      case s.log {
        True -> bc_io.format("~3w: teller ~w serves customer ~w (waited ~w)~n", [dyn(s.clock), dyn(t), dyn(c), dyn(s.clock - arrived)])
        False -> Nil
      }
      let s = Sim(..s, waiting: rest_wait, free: rest_free, total_wait: s.total_wait + s.clock - arrived)
      start_service(schedule(s, s.clock + service_time(c), Finish(c, t)))
    }
    _, _ -> s
  }
}

fn list_length(xs: List(a)) -> Int {
  fold(xs, 0, fn(n, _) { n + 1 })
}

fn append(a: List(x), b: List(x)) -> List(x) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

fn insert_sorted(xs: List(Int), x: Int) -> List(Int) {
  case xs {
    [] -> [x]
    [y, ..rest] ->
      case x < y {
        True -> [x, y, ..rest]
        False -> [y, ..insert_sorted(rest, x)]
      }
  }
}

fn run_sim(s: Sim) -> Sim {
  case lpop(s.events, event_less) {
    Error(Nil) -> s
    Ok(#(Event(time, _, kind), rest)) -> {
      let s = Sim(..s, clock: time, events: rest)
      let s = case kind {
        Arrive(c) -> {
          case s.log {
            True -> bc_io.format("~3w: customer ~w arrives~n", [dyn(time), dyn(c)])
            False -> Nil
          }
          let waiting = append(s.waiting, [#(c, time)])
          let q = list_length(waiting)
          Sim(..s, waiting: waiting, max_queue: case q > s.max_queue {
            True -> q
            False -> s.max_queue
          })
        }
        Finish(c, t) -> {
          case s.log {
            True -> bc_io.format("~3w: customer ~w leaves teller ~w~n", [dyn(time), dyn(c), dyn(t)])
            False -> Nil
          }
          Sim(..s, free: insert_sorted(s.free, t), served: s.served + 1)
        }
      }
      run_sim(start_service(s))
    }
  }
}

fn arrivals(s: Sim, n: Int, customer: Int, time: Int, seed: Int) -> Sim {
  case customer > n {
    True -> s
    False -> {
      let next = lcg(seed)
      let gap = next / 65_536 % 4
      let t = time + gap
      arrivals(schedule(s, t, Arrive(customer)), n, customer + 1, t, next)
    }
  }
}

fn simulate(customers: Int, tellers: Int, log: Bool) -> Sim {
  let s = Sim(0, 0, LEmpty, [], range(1, tellers), 0, 0, 0, log)
  run_sim(arrivals(s, customers, 1, 0, 2024))
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

pub fn bank_trace() -> #(Int, Int, Int) {
  let s = simulate(12, 2, True)
  #(s.clock, s.served, s.total_wait)
}

pub fn bank_statistics() -> List(#(Int, Int, Int, Int, String)) {
  [1, 2, 3, 4, 6]
  |> map(fn(tellers) {
    let s = simulate(400, tellers, False)
    #(tellers, s.clock, s.max_queue, s.total_wait, f2s(to_float(s.total_wait) /. to_float(s.served), [#(Decimals, 3)]))
  })
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

pub fn tie_breaking() -> List(#(Int, Int)) {
  let events = [Event(5, 0, Arrive(1)), Event(3, 1, Arrive(2)), Event(5, 2, Arrive(3)), Event(3, 3, Arrive(4)), Event(5, 4, Arrive(5))]
  let h = fold(events, LEmpty, fn(h, e) { linsert(h, e, event_less) })
  map(drain_l(h, event_less, []), fn(e: Event) {
    case e.kind {
      Arrive(c) -> #(e.time, c)
      Finish(c, _) -> #(e.time, c)
    }
  })
}

/// Dijkstra over a small weighted graph, queue entries #(distance, node).
pub fn dijkstra() -> List(#(String, Int)) {
  let edges = [
    #("a", "b", 7), #("a", "c", 9), #("a", "f", 14), #("b", "c", 10), #("b", "d", 15), #("c", "d", 11),
    #("c", "f", 2), #("d", "e", 6), #("e", "f", 9), #("f", "g", 30), #("e", "g", 1),
  ]
  let less = fn(x: #(Int, String), y: #(Int, String)) { x.0 < y.0 || x.0 == y.0 && string_less(x.1, y.1) }
  shortest(edges, linsert(LEmpty, #(0, "a"), less), [], less)
}

@external(erlang, "erlang", "<")
fn string_less(a: String, b: String) -> Bool

fn shortest(
  edges: List(#(String, String, Int)),
  queue: Leftist(#(Int, String)),
  done: List(#(String, Int)),
  less: fn(#(Int, String), #(Int, String)) -> Bool,
) -> List(#(String, Int)) {
  case lpop(queue, less) {
    Error(Nil) -> reverse(done, [])
    Ok(#(#(d, node), rest)) ->
      case has_key(done, node) {
        True -> shortest(edges, rest, done, less)
        False -> {
          let queue =
            fold(edges, rest, fn(q, e: #(String, String, Int)) {
              case e.0 == node, e.1 == node {
                True, _ -> linsert(q, #(d + e.2, e.1), less)
                _, True -> linsert(q, #(d + e.2, e.0), less)
                _, _ -> q
              }
            })
          shortest(edges, queue, [#(node, d), ..done], less)
        }
      }
  }
}

fn has_key(xs: List(#(String, Int)), k: String) -> Bool {
  case xs {
    [] -> False
    [#(x, _), ..rest] -> x == k || has_key(rest, k)
  }
}

pub fn large_heap() -> #(Int, Int, Int, Bool) {
  let xs = randoms(20_000, 99, 1_000_000, [])
  let h = fold(xs, LEmpty, fn(h, x) { linsert(h, x, int_less) })
  let sorted = drain_l(h, int_less, [])
  let assert [first, ..] = sorted
  #(rank(h), first, list_length(sorted), sorted == sort(xs))
}
