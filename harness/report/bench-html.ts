// The benchmark history as HTML: one small SVG chart per program (reference VM time per
// recorded run, OTP 26's time and the issue's target when known) and a table of the latest
// figures. Plain inline SVG, so the page stays a single self-contained file like the
// conformance report, which embeds the same fragment.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BenchRun, ProgramResult } from '../../scripts/bench';
import { BASE_STYLE, esc } from './page';


/** Every run recorded under `dir` (one JSON array per package version), oldest first. */
export function readBenchHistory(dir: string): BenchRun[] {
  if (!existsSync(dir)) return [];
  const runs: BenchRun[] = [];
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue;
    const parsed: unknown = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    if (Array.isArray(parsed)) runs.push(...(parsed as BenchRun[]));
  }
  return runs.sort((a, b) => a.date.localeCompare(b.date));
}

interface Series {
  name: string;
  color: string;
  /** One value per run; undefined where the run has none. */
  values: (number | undefined)[];
  dashed?: boolean;
}

const W = 460;
const H = 150;
const PAD = { left: 52, right: 10, top: 10, bottom: 22 };

function scaleY(v: number, max: number): number {
  return PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
}

function scaleX(i: number, n: number): number {
  const span = W - PAD.left - PAD.right;
  return n <= 1 ? PAD.left + span / 2 : PAD.left + (span * i) / (n - 1);
}

function polyline(s: Series, max: number): string {
  const n = s.values.length;
  const pts: string[] = [];
  const dots: string[] = [];
  s.values.forEach((v, i) => {
    if (v === undefined || !Number.isFinite(v)) return;
    const x = scaleX(i, n).toFixed(1);
    const y = scaleY(v, max).toFixed(1);
    pts.push(`${x},${y}`);
    dots.push(`<circle cx="${x}" cy="${y}" r="2.5" fill="${s.color}"><title>${esc(s.name)}: ${v.toFixed(2)} ms</title></circle>`);
  });
  const dash = s.dashed ? ' stroke-dasharray="4 3"' : '';
  return `<polyline fill="none" stroke="${s.color}" stroke-width="1.5"${dash} points="${pts.join(' ')}"/>${dots.join('')}`;
}

/** An SVG line chart of the series over the runs, labelled by version. */
export function chartSvg(title: string, labels: string[], series: Series[]): string {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined && Number.isFinite(v)));
  const max = all.length ? Math.max(...all) * 1.1 : 1;
  const ticks = [0, max / 2, max].map((v) => {
    const y = scaleY(v, max).toFixed(1);
    return `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" stroke="#eee"/><text x="${PAD.left - 4}" y="${y}" font-size="10" text-anchor="end" dominant-baseline="middle">${v.toFixed(v < 10 ? 1 : 0)}</text>`;
  });
  const xlabels = labels.map((l, i) => `<text x="${scaleX(i, labels.length).toFixed(1)}" y="${H - 6}" font-size="10" text-anchor="middle">${esc(l)}</text>`);
  const legend = series.map((s, i) => `<text x="${PAD.left + 6 + i * 110}" y="${PAD.top + 8}" font-size="10" fill="${s.color}">${esc(s.name)}</text>`);
  return `<figure class="chart"><figcaption>${esc(title)} (ms)</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${ticks.join('')}${xlabels.join('')}${series.map((s) => polyline(s, max)).join('')}${legend.join('')}</svg></figure>`;
}

/** A label per run: its version, with the date when one version has several runs. */
function runLabels(runs: BenchRun[]): string[] {
  const perVersion = new Map<string, number>();
  for (const r of runs) perVersion.set(r.version, (perVersion.get(r.version) ?? 0) + 1);
  return runs.map((r) => ((perVersion.get(r.version) ?? 0) > 1 ? `${r.version} ${r.date.slice(5, 10)}` : r.version));
}

function programIds(runs: BenchRun[]): string[] {
  const ids: string[] = [];
  for (const r of runs) for (const p of r.programs) if (!ids.includes(p.id)) ids.push(p.id);
  return ids;
}

const fmt = (n: number | undefined, digits = 1): string => (n === undefined || !Number.isFinite(n) ? '' : n.toFixed(digits));

function latestTable(run: BenchRun): string {
  const rows = run.programs.map((p: ProgramResult) => {
    const target = p.targetMs !== undefined ? `<span class="${p.meetsTarget ? 'pass' : 'fail'}">${p.meetsTarget ? 'meets' : 'misses'} &lt; ${p.targetMs} ms</span>` : '';
    const gc = p.gc !== undefined ? `${p.gc.minor} minor / ${p.gc.major} major, pauses ${fmt(p.gc.pauseMs.total)} ms (max ${fmt(p.gc.pauseMs.max, 2)})` : '';
    return `<tr><td>${esc(p.id)}</td><td>${fmt(p.meanMs)}</td><td>±${fmt(p.rme)}%</td><td>${fmt(p.opsPerSec, 2)}</td><td>${fmt(p.peakRssMb, 0)}</td><td>${fmt(p.otpMs, 2)}</td><td>${fmt(p.ratio)}</td><td>${target}</td><td class="${p.correct ? '' : 'fail'}">${p.correct ? '' : esc(p.problem ?? 'wrong')}</td><td><code>${gc}</code></td></tr>`;
  });
  return `<table><tr><th>program</th><th>ms</th><th>±</th><th>ops/s</th><th>peak MB</th><th>OTP ms</th><th>ratio</th><th>target</th><th>problem</th><th>collections (checked run)</th></tr>${rows.join('')}</table>`;
}

/** The HTML fragment: latest figures, then a chart per program over every recorded run. */
export function renderBenchHistory(runs: BenchRun[]): string {
  if (runs.length === 0) return '<p>No benchmark runs recorded (run <code>npm run bench</code>).</p>';
  const last = runs[runs.length - 1];
  const labels = runLabels(runs);
  const charts = programIds(runs).map((id) => {
    const pick = (f: (p: ProgramResult) => number | undefined): (number | undefined)[] =>
      runs.map((r) => {
        const p = r.programs.find((x) => x.id === id);
        return p === undefined ? undefined : f(p);
      });
    const series: Series[] = [
      { name: 'reference VM', color: '#1f5fbf', values: pick((p) => (p.correct ? p.meanMs : undefined)) },
      { name: 'OTP 26', color: '#2a8a2a', values: pick((p) => p.otpMs) },
    ];
    const target = pick((p) => p.targetMs);
    if (target.some((v) => v !== undefined)) series.push({ name: 'target', color: '#b00020', values: target, dashed: true });
    return chartSvg(id, labels, series);
  });
  const m = last.machine;
  return `<p>Latest run: version ${esc(last.version)}, ${esc(last.date)}, ${esc(m.cpus)} × ${m.cores}, Node ${esc(m.node)}${last.otp ? `, OTP ${esc(last.otp)}` : ''}; ${runs.length} runs recorded.</p>
${latestTable(last)}
<div class="charts">${charts.join('\n')}</div>`;
}

/** The chart style, for pages that embed renderBenchHistory. */
export const BENCH_STYLE = `.charts{display:flex;flex-wrap:wrap;gap:12px}.chart{margin:0}figcaption{font-weight:bold;font-size:12px}`;

const STYLE = `${BASE_STYLE}\n${BENCH_STYLE}`;

/** A whole page for `beamconf bench --html`. */
export function renderBenchPage(runs: BenchRun[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>beamconf benchmarks</title><style>${STYLE}</style></head><body>
<h1>beamconf benchmarks: reference VM against Erlang/OTP 26</h1>
${renderBenchHistory(runs)}
</body></html>\n`;
}

