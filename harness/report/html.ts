// A self-contained HTML report: totals, per-suite pass rates, failures with diffs,
// and the opcode x suite coverage matrix. No external assets, so it can be archived
// as a single CI artifact.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCovered, nativeCoverage, type CoverageTable, type NativeRow } from '../coverage';
import type { CaseResult, RunReport } from '../run/types';
import type { BenchRun } from '../../scripts/bench';
import { BENCH_STYLE, renderBenchHistory } from './bench-html';
import { BASE_STYLE, esc } from './page';


const STYLE = `${BASE_STYLE}.known{color:#8a6d00}
pre{background:#f7f7f7;padding:8px;overflow:auto;max-height:30em}
.matrix td{text-align:center;font-size:11px;min-width:1.4em}.hit{background:#b7e4b7}.miss{background:#f4c7c7}
.bar{display:inline-block;height:10px;background:#3a3}.barbg{display:inline-block;width:120px;height:10px;background:#eee}
${BENCH_STYLE}`;

function suiteRows(report: RunReport): string {
  const bySuite = new Map<string, CaseResult[]>();
  for (const r of report.cases) bySuite.set(r.suite, [...(bySuite.get(r.suite) ?? []), r]);
  const rows = [...bySuite].map(([suite, rs]) => {
    const pass = rs.filter((r) => r.passed).length;
    const bad = rs.filter((r) => r.status === 'fail' || r.status === 'unexpected-pass').length;
    const pct = Math.round((100 * pass) / rs.length);
    return `<tr><td>${esc(suite)}</td><td>${rs.length}</td><td>${pass}</td><td class="${bad ? 'fail' : 'pass'}">${bad}</td><td><span class="barbg"><span class="bar" style="width:${(120 * pct) / 100}px"></span></span> ${pct}%</td></tr>`;
  });
  return `<table><tr><th>suite</th><th>cases</th><th>match OTP</th><th>unexpected</th><th>pass rate</th></tr>${rows.join('')}</table>`;
}

function failureSections(report: RunReport): string {
  const interesting = report.cases.filter((r) => !r.passed);
  if (interesting.length === 0) return '<p class="pass">Every case matched OTP 26.</p>';
  return interesting
    .map((r) => {
      const cls = r.status === 'fail' || r.status === 'unexpected-pass' ? 'fail' : 'known';
      const known = r.expectation ? `<p class="known">known ${esc(r.expectation.class)}: ${esc(r.expectation.reason)}</p>` : '';
      const diffs = r.mismatches.map((m) => `<pre>${esc(m.diff)}</pre>`).join('');
      return `<details><summary class="${cls}">${esc(r.status)} ${esc(r.key)} — ${esc(r.description)}</summary>${known}${r.message ? `<pre>${esc(r.message)}</pre>` : ''}${diffs}</details>`;
    })
    .join('\n');
}

function matrix(cov: CoverageTable): string {
  const suites = [...cov.bySuite.keys()];
  const head = `<tr><th>opcode</th><th>static</th>${cov.dynamic ? '<th>executed</th>' : ''}${suites.map((s) => `<th title="${esc(s)}">${esc(s.slice(0, 10))}</th>`).join('')}</tr>`;
  const rows = cov.liveOpcodes.map((op) => {
    const total = cov.staticTotals.get(op) ?? 0;
    const dyn = cov.dynamic ? `<td>${cov.dynamic.get(op) ?? 0}</td>` : '';
    const cells = suites.map((s) => {
      const n = cov.bySuite.get(s)!.opcodes.get(op) ?? 0;
      return `<td class="${n ? 'hit' : ''}">${n || ''}</td>`;
    });
    return `<tr><td class="${total ? '' : 'miss'}">${esc(op)}</td><td>${total}</td>${dyn}${cells.join('')}</tr>`;
  });
  const covered = cov.liveOpcodes.filter((op) => (cov.staticTotals.get(op) ?? 0) > 0).length;
  return `<p>${covered} of ${cov.liveOpcodes.length} live OTP 26 opcodes appear in the corpus.</p><table class="matrix">${head}${rows.join('')}</table>`;
}

/** Per module: native functions, how many the corpus imports, how many this run called, and the uncovered ones. */
function nativesTable(cov: CoverageTable): string {
  const byModule = new Map<string, NativeRow[]>();
  for (const r of nativeCoverage(cov)) if (r.implemented) byModule.set(r.module, [...(byModule.get(r.module) ?? []), r]);
  const called = cov.nativeCalls !== undefined;
  const rows = [...byModule].map(([m, rs]) => {
    const missing = rs.filter((r) => !isCovered(r)).map((r) => r.mfa.slice(m.length + 1));
    const calledCell = called ? `<td>${rs.filter((r) => r.calledBy.length > 0).length}</td>` : '';
    return `<tr><td>${esc(m)}</td><td>${rs.length}</td><td>${rs.filter((r) => r.suites.length > 0).length}</td>${calledCell}<td class="${missing.length ? 'fail' : 'pass'}">${missing.length ? esc(missing.join(', ')) : 'all covered'}</td></tr>`;
  });
  const all = [...byModule.values()].flat();
  const head = `<tr><th>module</th><th>natives</th><th>imported by a suite</th>${called ? '<th>called in this run</th>' : ''}<th>not covered</th></tr>`;
  return `<p>${all.filter(isCovered).length} of ${all.length} native functions of the reference VM are covered by a golden case${called ? ' (imported by a suite, or called by its cases in this run)' : ' (imported by a suite)'}.</p><table>${head}${rows.join('')}</table>`;
}

/** `bench` is the recorded benchmark history (bench/history), plotted at the end when given. */
export function renderHtml(report: RunReport, cov: CoverageTable | null, bench: BenchRun[] = []): string {
  const t = report.totals;
  return `<!doctype html><html><head><meta charset="utf-8"><title>beamconf: ${esc(report.target)}</title><style>${STYLE}</style></head><body>
<h1>beamconf conformance report — target <code>${esc(report.target)}</code></h1>
<p>${esc(report.startedAt)} → ${esc(report.finishedAt)}, seed ${report.seed}${report.complete ? '' : ' — <span class="fail">INCOMPLETE (interrupted)</span>'}</p>
<p>${t.cases} cases: <span class="pass">${t.pass} passed</span>, <span class="fail">${t.fail} failed</span>, <span class="known">${t.expectedFail} known failures</span>, ${t.unexpectedPass} unexpected passes, ${t.unstable} unstable, ${t.skipped} skipped.</p>
${report.suiteErrors.length ? `<h2>Suite errors</h2><pre>${esc(report.suiteErrors.join('\n'))}</pre>` : ''}
<h2>Suites</h2>${suiteRows(report)}
<h2>Cases that do not match OTP 26</h2>${failureSections(report)}
${cov ? `<h2>Opcode coverage</h2>${matrix(cov)}` : ''}
${cov ? `<h2>Native function coverage</h2>${nativesTable(cov)}` : ''}
${bench.length ? `<h2>Benchmarks (reference VM against OTP 26)</h2>${renderBenchHistory(bench)}` : ''}
</body></html>\n`;
}

export function writeHtmlReport(file: string, report: RunReport, cov: CoverageTable | null, bench: BenchRun[] = []): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderHtml(report, cov, bench));
}
