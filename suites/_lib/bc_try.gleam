//// Catching exceptions from Gleam code, for cases that report several
//// failures on stdout instead of ending with one.
//// Deliberately not generic: Gleam names type variables in the generated
//// -type/-spec from a counter shared by everything compiled together, so
//// a generic signature here would change (and shift line numbers) whenever
//// a suite is added.

import bc_io.{Dynamic}

/// Result of running a function under try/catch.
pub type Outcome {
  /// The function returned this value.
  Returned(value: Dynamic)
  /// The function raised: class (error, exit or throw) and reason.
  Caught(class: Dynamic, reason: Dynamic)
}

/// Calls f(): Returned(value), or Caught(Class, Reason) if it raised.
@external(erlang, "bc_ffi", "try_call")
pub fn try_call(f: fn() -> a) -> Outcome
