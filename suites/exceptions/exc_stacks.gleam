//// Stack trace shapes: body recursion versus tail calls (tail calls drop
//// frames), the 8-frame backtrace limit, BIF frames with arguments,
//// frames of funs and of lists:map, re-raising, and Gleam-level frames.

import bc_io.{Dynamic}

@external(erlang, "exc_stacks_ffi", "body_recursion")
pub fn body_recursion(n: Int) -> Int

@external(erlang, "exc_stacks_ffi", "zig")
pub fn alternating(n: Int) -> Int

@external(erlang, "exc_stacks_ffi", "tail_chain")
pub fn tail_chain(x: Int) -> Dynamic

@external(erlang, "exc_stacks_ffi", "body_then_tail")
pub fn body_then_tail(x: Int) -> Dynamic

@external(erlang, "exc_stacks_ffi", "tail_then_body")
pub fn tail_then_body(x: Int) -> Dynamic

@external(erlang, "exc_stacks_ffi", "in_map")
pub fn in_map(xs: List(Int)) -> Dynamic

@external(erlang, "exc_stacks_ffi", "in_nested_funs")
pub fn in_nested_funs() -> Dynamic

@external(erlang, "exc_stacks_ffi", "bif_in_tail")
pub fn bif_in_tail(x: Int) -> Dynamic

@external(erlang, "exc_stacks_ffi", "bif_in_body")
pub fn bif_in_body(x: Int) -> Dynamic

@external(erlang, "exc_stacks_ffi", "with_depth")
pub fn with_depth(depth: Int, n: Int) -> Dynamic

@external(erlang, "exc_stacks_ffi", "rethrow_same")
pub fn rethrow_same() -> Dynamic

@external(erlang, "exc_stacks_ffi", "wrap_and_rethrow")
pub fn wrap_and_rethrow() -> Dynamic

@external(erlang, "exc_stacks_ffi", "current_frames")
pub fn current_frames() -> Dynamic

@external(erlang, "exc_stacks_ffi", "spawned_error_reason")
pub fn spawned_error_reason() -> Dynamic

@external(erlang, "exc_stacks_ffi", "apply_in_body")
fn apply_in_body(m: Dynamic, f: Dynamic) -> Dynamic

@external(erlang, "exc_stacks_ffi", "error_in_catch_handler")
pub fn error_in_catch_handler() -> Dynamic

@external(erlang, "exc_stacks_ffi", "deep_then_catch")
pub fn deep_then_catch(n: Int) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "div")
fn erl_div(a: Int, b: Int) -> Int

pub fn apply_missing() -> Dynamic {
  apply_in_body(atom("lists"), atom("missing_function"))
}

/// Gleam code: a non-tail call chain ending in a division by zero.
pub fn gleam_body_chain(n: Int) -> Int {
  let r = gleam_level(n)
  r + 1
}

fn gleam_level(n: Int) -> Int {
  case n {
    0 -> erl_div(1, n)
    _ -> {
      let r = gleam_level(n - 1)
      r * 2
    }
  }
}

/// Gleam code: tail calls all the way down.
pub fn gleam_tail_chain(n: Int) -> Int {
  gleam_tail_level(n, 0)
}

fn gleam_tail_level(n: Int, acc: Int) -> Int {
  case n {
    0 -> erl_div(acc, n)
    _ -> gleam_tail_level(n - 1, acc + n)
  }
}

/// A Gleam closure raising inside a pipeline of closures.
pub fn gleam_closure_chain() -> Int {
  let f = fn(x) { erl_div(x, 0) }
  let g = fn(x) { f(x) + 1 }
  g(5) + 1
}
