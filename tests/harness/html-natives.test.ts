// The HTML report's native-function section: imported and called natives count as
// covered, the rest are named per module.

import { renderHtml } from '../../harness/report/html';
import type { CoverageTable } from '../../harness/coverage';
import { emptyReport } from './report-fixture';

const report = emptyReport();

const cov = (nativeCalls?: Map<string, string[]>): CoverageTable => ({
  liveOpcodes: [],
  bySuite: new Map([['s1', { opcodes: new Map(), imports: new Set(['base64:encode/1', 'base64:decode/1']) }]]),
  staticTotals: new Map(),
  nativeCalls,
});

const rowOf = (html: string, module: string): string => html.split('<tr>').find((r) => r.startsWith(`<td>${module}</td>`)) ?? '';

test('imported and called natives are covered; the others are listed', () => {
  const html = renderHtml(report, cov(new Map([['base64:mime_decode/1', ['s2']]])));
  expect(html).toContain('<h2>Native function coverage</h2>');
  const base64 = rowOf(html, 'base64');
  // 2 imported, 1 called; encode/2 is neither.
  expect(base64).toMatch(/^<td>base64<\/td><td>\d+<\/td><td>2<\/td><td>1<\/td>/);
  expect(base64).toContain('encode/2');
  expect(base64).not.toContain('mime_decode/1,');
  expect(base64).not.toMatch(/[>, ]encode\/1/);
});

test('without a run, only imports count and there is no called column', () => {
  const html = renderHtml(report, cov());
  expect(html).not.toContain('called in this run');
  expect(rowOf(html, 'base64')).toMatch(/^<td>base64<\/td><td>\d+<\/td><td>2<\/td><td class="fail">/);
});
