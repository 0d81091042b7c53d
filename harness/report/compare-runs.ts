// `--compare BASELINE.json`: what changed since an earlier run.

import type { RunReport } from '../run/types';

export function compareReports(before: RunReport, after: RunReport): string {
  const prev = new Map(before.cases.map((c) => [c.key, c]));
  const newFailures: string[] = [];
  const fixed: string[] = [];
  const slower: string[] = [];
  for (const c of after.cases) {
    const p = prev.get(c.key);
    if (!p) continue;
    if (p.passed && !c.passed) newFailures.push(c.key);
    if (!p.passed && c.passed) fixed.push(c.key);
    if (c.durationMs > 50 && c.durationMs > 2 * p.durationMs) slower.push(`${c.key} ${p.durationMs} ms -> ${c.durationMs} ms`);
  }
  const added = after.cases.filter((c) => !prev.has(c.key)).length;
  const removed = before.cases.filter((c) => !after.cases.some((a) => a.key === c.key)).length;
  const lines = [`compared with the run of ${before.startedAt} (${before.target}):`];
  lines.push(`  ${newFailures.length} new failures${newFailures.length ? ': ' + newFailures.join(', ') : ''}`);
  lines.push(`  ${fixed.length} fixed${fixed.length ? ': ' + fixed.join(', ') : ''}`);
  lines.push(`  ${slower.length} cases more than twice as slow${slower.length ? ':\n    ' + slower.join('\n    ') : ''}`);
  lines.push(`  ${added} cases added, ${removed} removed`);
  return lines.join('\n');
}
