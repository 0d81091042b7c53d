//// Processes written in Gleam: a ring of processes passing a token, many
//// short-lived processes reporting back, ordered delivery between two
//// processes, a counter actor and a tree of processes computing in
//// parallel. Messages are Gleam custom types; the Erlang side
//// (proc_ring_ffi) only provides receive and waiting for an exit.
//// No function here has a type variable in its signature (see bc_try).

pub type Pid

/// Every message any process of this module sends.
pub type Msg {
  Token(Int)
  Stop
  Value(Int, Int)
  Add(Int)
  Get(Pid)
  Total(Int)
  Compute(Int, Pid)
  Done(Int)
}

@external(erlang, "erlang", "self")
fn self() -> Pid

@external(erlang, "erlang", "spawn")
fn spawn(f: fn() -> Nil) -> Pid

@external(erlang, "erlang", "send")
fn send(to: Pid, msg: Msg) -> Msg

@external(erlang, "proc_ring_ffi", "receive_any")
fn receive_msg() -> Msg

@external(erlang, "proc_ring_ffi", "await_exit")
fn await_exit(pid: Pid) -> Nil

// ---- the ring ----

/// Forwards tokens (incremented) to the next process until told to stop.
fn relay(next: Pid) -> Nil {
  case receive_msg() {
    Token(n) -> {
      send(next, Token(n + 1))
      relay(next)
    }
    Stop -> {
      send(next, Stop)
      Nil
    }
    _ -> relay(next)
  }
}

/// Spawns k relays in a chain ending at `last`; returns the head.
fn build_chain(k: Int, last: Pid) -> Pid {
  case k {
    0 -> last
    _ -> {
      let next = spawn(fn() { relay(last) })
      build_chain(k - 1, next)
    }
  }
}

fn laps(head: Pid, remaining: Int, value: Int) -> Int {
  case remaining {
    0 -> value
    _ -> {
      send(head, Token(value))
      case receive_msg() {
        Token(v) -> laps(head, remaining - 1, v)
        _ -> -1
      }
    }
  }
}

/// A ring of n processes (the caller plus n - 1 relays); the token goes
/// round `rounds` times, gaining 1 per relay hop. The stop message goes
/// round once, so every relay has finished when it comes back.
pub fn ring(n: Int, rounds: Int) -> Int {
  let head = build_chain(n - 1, self())
  let result = laps(head, rounds, 0)
  send(head, Stop)
  case receive_msg() {
    Stop -> result
    _ -> -1
  }
}

// ---- many processes ----

fn spawn_reporters(i: Int, n: Int, parent: Pid) -> Nil {
  case i > n {
    True -> Nil
    False -> {
      spawn(fn() {
        send(parent, Value(i, i * i))
        Nil
      })
      spawn_reporters(i + 1, n, parent)
    }
  }
}

fn collect_values(left: Int, count: Int, sum: Int) -> #(Int, Int) {
  case left {
    0 -> #(count, sum)
    _ ->
      case receive_msg() {
        Value(_, sq) -> collect_values(left - 1, count + 1, sum + sq)
        _ -> collect_values(left, count, sum)
      }
  }
}

/// n processes each send one value; returns (count, sum of squares).
pub fn spawn_many(n: Int) -> #(Int, Int) {
  spawn_reporters(1, n, self())
  collect_values(n, 0, 0)
}

// ---- ordering between two processes ----

fn send_range(to: Pid, i: Int, n: Int) -> Nil {
  case i > n {
    True -> Nil
    False -> {
      send(to, Token(i))
      send_range(to, i + 1, n)
    }
  }
}

fn receive_tokens(left: Int, acc: List(Int)) -> List(Int) {
  case left {
    0 -> reverse(acc, [])
    _ ->
      case receive_msg() {
        Token(i) -> receive_tokens(left - 1, [i, ..acc])
        _ -> receive_tokens(left, acc)
      }
  }
}

/// A sender process sends 1..n; they arrive in order.
pub fn ordered_from_sender(n: Int) -> Bool {
  let me = self()
  let sender = spawn(fn() { send_range(me, 1, n) })
  let got = receive_tokens(n, [])
  await_exit(sender)
  got == range(1, n)
}

// ---- an actor with state ----

fn counter(total: Int) -> Nil {
  case receive_msg() {
    Add(n) -> counter(total + n)
    Get(from) -> {
      send(from, Total(total))
      counter(total)
    }
    Stop -> Nil
    _ -> counter(total)
  }
}

fn add_all(to: Pid, items: List(Int)) -> Nil {
  case items {
    [] -> Nil
    [x, ..rest] -> {
      send(to, Add(x))
      add_all(to, rest)
    }
  }
}

fn ask_total(actor: Pid) -> Int {
  send(actor, Get(self()))
  case receive_msg() {
    Total(t) -> t
    _ -> -1
  }
}

/// A counter actor: adds, two reads in between, then stop.
pub fn counter_actor(items: List(Int)) -> #(Int, Int) {
  let actor = spawn(fn() { counter(0) })
  add_all(actor, items)
  let first = ask_total(actor)
  add_all(actor, items)
  let second = ask_total(actor)
  send(actor, Stop)
  await_exit(actor)
  #(first, second)
}

// ---- a tree of processes ----

fn fib_seq(n: Int) -> Int {
  case n < 2 {
    True -> n
    False -> fib_seq(n - 1) + fib_seq(n - 2)
  }
}

/// Computes fib(n), splitting into two child processes while n > cutoff.
fn fib_worker(n: Int, cutoff: Int, reply_to: Pid) -> Nil {
  case n > cutoff {
    False -> {
      send(reply_to, Done(fib_seq(n)))
      Nil
    }
    True -> {
      let me = self()
      spawn(fn() { fib_worker(n - 1, cutoff, me) })
      spawn(fn() { fib_worker(n - 2, cutoff, me) })
      let a = wait_done()
      let b = wait_done()
      send(reply_to, Done(a + b))
      Nil
    }
  }
}

fn wait_done() -> Int {
  case receive_msg() {
    Done(v) -> v
    _ -> wait_done()
  }
}

/// fib(n) computed by a binary tree of processes down to `cutoff`.
pub fn parallel_fib(n: Int, cutoff: Int) -> Int {
  let me = self()
  spawn(fn() { fib_worker(n, cutoff, me) })
  wait_done()
}

// ---- a pipeline ----

fn stage(factor: Int, next: Pid) -> Nil {
  case receive_msg() {
    Compute(v, _) -> {
      send(next, Compute(v * factor, next))
      stage(factor, next)
    }
    Stop -> {
      send(next, Stop)
      Nil
    }
    _ -> stage(factor, next)
  }
}

fn build_pipeline(factors: List(Int), last: Pid) -> Pid {
  case factors {
    [] -> last
    [f, ..rest] -> {
      let next = build_pipeline(rest, last)
      spawn(fn() { stage(f, next) })
    }
  }
}

fn drain_pipeline(acc: List(Int)) -> List(Int) {
  case receive_msg() {
    Compute(v, _) -> drain_pipeline([v, ..acc])
    Stop -> reverse(acc, [])
    _ -> drain_pipeline(acc)
  }
}

fn feed(head: Pid, items: List(Int)) -> Nil {
  case items {
    [] -> Nil
    [x, ..rest] -> {
      send(head, Compute(x, head))
      feed(head, rest)
    }
  }
}

/// Values flow through one process per factor; order is kept.
pub fn pipeline(factors: List(Int), items: List(Int)) -> List(Int) {
  let head = build_pipeline(factors, self())
  feed(head, items)
  send(head, Stop)
  drain_pipeline([])
}

// ---- list helpers (no stdlib) ----

fn reverse(l: List(Int), acc: List(Int)) -> List(Int) {
  case l {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

fn range(a: Int, b: Int) -> List(Int) {
  range_acc(b, a, [])
}

fn range_acc(i: Int, low: Int, acc: List(Int)) -> List(Int) {
  case i < low {
    True -> acc
    False -> range_acc(i - 1, low, [i, ..acc])
  }
}
