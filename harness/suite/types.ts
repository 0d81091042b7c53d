// A conformance suite as described by its YAML file (see suite.schema.json).

export type CompareItem = 'stdout' | 'result' | 'exit';
export type StdoutMode = 'exact' | 'unordered-lines';

export interface Requires {
  otp?: number;
}

/**
 * How a module's source becomes a .beam: Gleam (-> Erlang -> erlc), Erlang or erlc
 * assembly (.S) with erlc, or .beamasm with beamconf's own BEAM writer
 * (scripts/lib/beam-asm), for instructions erlc refuses to emit.
 */
export type ModuleKind = 'gleam' | 'erl' | 'S' | 'beamasm';

export interface SuiteModule {
  /** Path relative to the suite file. */
  source: string;
  description?: string;
}

export interface SuiteCase {
  id: string;
  description: string;
  entry: string;
  args?: string;
  compare?: CompareItem[];
  stdout?: StdoutMode;
  timeout?: number;
  /** The case may stop the runtime system with erlang:halt (real OTP runs it in a node of its own). */
  halts?: boolean;
  features?: string[];
  requires?: Requires;
}

export interface SuiteFile {
  suite: string;
  description: string;
  features: string[];
  requires?: Requires;
  modules: SuiteModule[];
  cases: SuiteCase[];
}

/** A case with every default applied, ready to run. */
export interface ResolvedCase {
  suite: string;
  id: string;
  /** `suite/id`, unique across the corpus. */
  key: string;
  description: string;
  module: string;
  function: string;
  argsText: string;
  compare: CompareItem[];
  stdoutMode: StdoutMode;
  timeoutMs: number;
  /** The case may call erlang:halt: the otp target runs it in an `erl` of its own (absent: false). */
  halts?: boolean;
  /** Suite features followed by the case's own. */
  features: string[];
  requires: Requires;
}

export interface Suite {
  id: string;
  /** Area directory name (suites/<area>/<suite>.yaml). */
  area: string;
  file: string;
  dir: string;
  description: string;
  features: string[];
  modules: Array<{ source: string; path: string; name: string; kind: ModuleKind }>;
  cases: ResolvedCase[];
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_COMPARE: CompareItem[] = ['stdout', 'result', 'exit'];
