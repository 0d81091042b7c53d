//// Gleam's own failure forms: `let assert`, `panic`, `todo`, and the
//// error maps they raise; plus a plain refutable `let` (badmatch).

import bc_io.{Dynamic, dyn}
import bc_try.{Caught, Returned}

@external(erlang, "maps", "get")
fn map_get(key: Dynamic, map: Dynamic) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

pub fn unwrap(r: Result(Int, String)) -> Int {
  let assert Ok(value) = r
  value
}

/// let assert on a list shape; the failing value is included in the error map.
pub fn first_two(l: List(Int)) -> #(Int, Int) {
  let assert [a, b, ..] = l
  #(a, b)
}

/// let assert on a string prefix.
pub fn strip_scheme(url: String) -> String {
  let assert "https://" <> rest = url
  rest
}

pub fn always_panics() -> Int {
  panic
}

pub fn panics_with_message(code: Int) -> Int {
  case code {
    0 -> 0
    _ -> panic as "code must be zero"
  }
}

pub fn not_done_yet() -> String {
  todo
}

pub fn not_done_with_message() -> String {
  todo as "waiting for the spec"
}

/// A plain refutable let in Gleam 0.30 compiles to an Erlang match: badmatch.
pub fn plain_let(l: List(Int)) -> Int {
  let [only] = l
  only
}

/// Catches each failure and prints selected fields of the error map.
pub fn report_all() -> Nil {
  report("let assert", fn() { dyn(unwrap(Error("nope"))) })
  report("panic", fn() { dyn(always_panics()) })
  report("panic as", fn() { dyn(panics_with_message(3)) })
  report("todo", fn() { dyn(not_done_yet()) })
  report("todo as", fn() { dyn(not_done_with_message()) })
  report("no failure", fn() { dyn(unwrap(Ok(5))) })
}

fn report(label: String, f: fn() -> Dynamic) -> Nil {
  case bc_try.try_call(f) {
    Returned(v) -> bc_io.format("~s: returned ~p~n", [dyn(label), v])
    Caught(class, reason) ->
      bc_io.format(
        "~s: ~p ~p ~p line ~p~n",
        [
          dyn(label),
          class,
          map_get(atom("gleam_error"), reason),
          map_get(atom("message"), reason),
          map_get(atom("line"), reason),
        ],
      )
  }
}

/// Error values pass through `let assert Error(e)` fine.
pub fn assert_error_branch() -> String {
  let assert Error(e) = parse_digit("x")
  e
}

fn parse_digit(s: String) -> Result(Int, String) {
  case s {
    "0" -> Ok(0)
    "1" -> Ok(1)
    _ -> Error("not a digit: " <> s)
  }
}
