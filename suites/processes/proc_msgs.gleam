//// Processes and messages: spawning, FIFO delivery between two
//// processes, selective receive, links with trap_exit, registered names
//// and concurrent output. The process handling lives in proc_helper.erl.

import bc_io.{Dynamic}

@external(erlang, "proc_helper", "ping_pong")
pub fn ping_pong(n: Int) -> Int

@external(erlang, "proc_helper", "fifo")
pub fn fifo(n: Int) -> List(Int)

@external(erlang, "proc_helper", "selective")
pub fn selective() -> List(Dynamic)

@external(erlang, "proc_helper", "pmap")
fn pmap(f: fn(a) -> b, items: List(a)) -> List(b)

@external(erlang, "proc_helper", "concurrent_print")
pub fn concurrent_print(workers: Int, lines: Int) -> Int

@external(erlang, "proc_helper", "trapped_exit")
pub fn trapped_exit(reason: Dynamic) -> Dynamic

@external(erlang, "proc_helper", "receive_timeout")
pub fn receive_timeout(ms: Int) -> Dynamic

@external(erlang, "proc_helper", "dictionary")
pub fn dictionary() -> Dynamic

@external(erlang, "proc_helper", "registered")
pub fn registered() -> Dynamic

@external(erlang, "proc_helper", "queue_length")
pub fn queue_length(n: Int) -> #(Int, List(Int))

@external(erlang, "proc_helper", "counter_server")
pub fn counter_server(n: Int) -> Int

/// Squares computed in one process per element; order follows the input.
pub fn parallel_squares(n: Int) -> List(Int) {
  pmap(fn(x) { x * x }, range(1, n))
}

/// Each worker process runs a Gleam closure with a deep recursion.
pub fn parallel_sums() -> List(Int) {
  pmap(fn(n) { sum_to(n) }, [10, 1000, 100_000, 5])
}

fn sum_to(n: Int) -> Int {
  case n {
    0 -> 0
    _ -> n + sum_to(n - 1)
  }
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}
