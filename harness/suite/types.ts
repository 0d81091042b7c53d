// A conformance suite as described by its YAML file (see suite.schema.json).

export type CompareItem = 'stdout' | 'result' | 'exit';
export type StdoutMode = 'exact' | 'unordered-lines';

export interface Requires {
  otp?: number;
}

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
  modules: Array<{ source: string; path: string; name: string; kind: 'gleam' | 'erl' | 'S' }>;
  cases: ResolvedCase[];
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_COMPARE: CompareItem[] = ['stdout', 'result', 'exit'];
