// The golden file of a suite: what real Erlang/OTP 26 did for each case.
// Stored as YAML, one file per suite, under golden/otp-26/<area>/<suite>.yaml.

export interface GoldenCase {
  /** halt: the case stopped the runtime system with erlang:halt (suite field `halts`). */
  outcome: 'return' | 'exception' | 'exit' | 'halt';
  /** Group-leader output, when it is valid UTF-8 (else stdout_hex). */
  stdout?: string;
  stdout_hex?: string;
  /** Return value (outcome return) as `~tp` text and term_to_binary hex. */
  result?: string;
  result_etf?: string;
  class?: 'error' | 'exit' | 'throw';
  /** Exception or exit reason. */
  reason?: string;
  reason_etf?: string;
  stacktrace?: string;
  stacktrace_etf?: string;
  /** For halt: the exit status of the node (0..255), or abort. */
  status?: number | 'abort';
  /** For halt(Slogan): the slogan of the crash dump. */
  slogan?: string;
}

export interface GoldenFile {
  suite: string;
  otp: { release: string; version: string; erts: string; compiler: string };
  captured_at: string;
  /** How many times each case was run (and agreed). */
  runs: number;
  /** sha256 of every .beam the suite may load: its own modules and the shared _lib. */
  beams: Record<string, string>;
  /** Versions of extra code given to the capture (e.g. the Gleam FFI modules). */
  extra_code?: Record<string, string>;
  cases: Record<string, GoldenCase>;
}
