// Choosing which suites and cases a run covers.

import type { ResolvedCase, Suite } from '../suite/types';

export interface Selection {
  suites?: string[];
  /** Case keys `suite/id` or ids; `*` wildcards allowed. */
  cases?: string[];
  /** Feature tags (a case matches if it has any). */
  features?: string[];
  /** Opcode names: keep suites whose .beam files contain any of them. */
  opcodes?: string[];
}

function wildcard(pattern: string): RegExp {
  return new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

export function selectCases(suites: Suite[], sel: Selection, suiteOpcodes?: (s: Suite) => Set<string>): Array<{ suite: Suite; cases: ResolvedCase[] }> {
  const casePatterns = sel.cases?.map(wildcard);
  const out: Array<{ suite: Suite; cases: ResolvedCase[] }> = [];
  for (const suite of suites) {
    if (sel.suites && !sel.suites.includes(suite.id)) continue;
    if (sel.opcodes && suiteOpcodes) {
      const ops = suiteOpcodes(suite);
      if (!sel.opcodes.some((o) => ops.has(o))) continue;
    }
    const cases = suite.cases.filter(
      (c) =>
        (!casePatterns || casePatterns.some((p) => p.test(c.key) || p.test(c.id))) &&
        (!sel.features || sel.features.some((f) => c.features.includes(f))),
    );
    if (cases.length > 0) out.push({ suite, cases });
  }
  return out;
}
