// A run report with no cases, for tests of the report writers.

import type { RunReport } from '../../harness/run/types';

export function emptyReport(target = 'reference'): RunReport {
  return {
    tool: 'beamconf',
    target,
    startedAt: 'a',
    finishedAt: 'b',
    complete: true,
    seed: 0,
    totals: { cases: 0, pass: 0, fail: 0, expectedFail: 0, unexpectedPass: 0, unstable: 0, skipped: 0 },
    cases: [],
    suiteErrors: [],
  };
}
