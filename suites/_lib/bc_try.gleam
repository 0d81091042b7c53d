//// Catching exceptions from Gleam code, for cases that report several
//// failures on stdout instead of ending with one.

import bc_io.{Dynamic}

/// Result of running a function under try/catch.
pub type Outcome(a) {
  /// The function returned this value.
  Returned(a)
  /// The function raised: class (error, exit or throw) and reason.
  Caught(class: Dynamic, reason: Dynamic)
}

/// Calls f(): Returned(value), or Caught(Class, Reason) if it raised.
@external(erlang, "bc_ffi", "try_call")
pub fn try_call(f: fn() -> a) -> Outcome(a)
