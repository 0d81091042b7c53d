import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBenchHistory, renderBenchHistory, renderBenchPage } from '../../harness/report/bench-html';
import { renderHtml } from '../../harness/report/html';
import { emptyReport } from './report-fixture';
import { HISTORY_DIR, type BenchRun, type ProgramResult } from '../../scripts/bench';

function program(id: string, meanMs: number, extra: Partial<ProgramResult> = {}): ProgramResult {
  return { id, description: id, correct: true, meanMs, rme: 1, samples: 5, opsPerSec: 1000 / meanMs, peakRssMb: 90, ...extra };
}

function run(version: string, date: string, programs: ProgramResult[]): BenchRun {
  return { version, date, machine: { cpus: 'cpu', cores: 2, memoryGb: 8, node: 'v20', platform: 'linux x64' }, otp: '26.2.5', programs };
}

const pointsOf = (html: string, caption: string): string[][] => {
  const fig = html.split('<figure').find((f) => f.includes(`<figcaption>${caption} (ms)`))!;
  return [...fig.matchAll(/points="([^"]*)"/g)].map((m) => m[1].split(' ').filter((p) => p !== ''));
};

describe('benchmark history HTML', () => {
  const runs = [
    run('0.1.0', '2026-11-01T00:00:00Z', [program('fib30', 200, { otpMs: 7, targetMs: 170, meetsTarget: false }), program('ring', 800)]),
    run('0.1.0', '2026-11-02T00:00:00Z', [program('fib30', 160, { otpMs: 7, targetMs: 170, meetsTarget: true }), program('ring', 0, { correct: false, problem: 'wrong answer' })]),
    run('0.2.0', '2026-11-03T00:00:00Z', [program('fib30', 150, { otpMs: 7, targetMs: 170, meetsTarget: true, gc: { minor: 3, major: 1, pauseMs: { p50: 0.1, p95: 0.2, max: 0.25, total: 0.5 } } }), program('ring', 700)]),
  ];

  it('draws one point per run for each series, leaving out wrong answers', () => {
    const html = renderBenchHistory(runs);
    const [ref, otp, target] = pointsOf(html, 'fib30');
    expect(ref).toHaveLength(3);
    expect(otp).toHaveLength(3);
    expect(target).toHaveLength(3);
    // The wrong ring result is not plotted as a time.
    expect(pointsOf(html, 'ring')[0]).toHaveLength(2);
    // Faster is lower: SVG y grows downwards.
    const ys = ref.map((p) => Number(p.split(',')[1]));
    expect(ys[0]).toBeLessThan(ys[1]);
    expect(ys[1]).toBeLessThan(ys[2]);
  });

  it('labels runs by version, with the date where a version has several', () => {
    const html = renderBenchHistory(runs);
    expect(html).toContain('>0.1.0 11-01<');
    expect(html).toContain('>0.1.0 11-02<');
    expect(html).toContain('>0.2.0<');
  });

  it('tabulates the latest run with targets, OTP ratio columns and GC figures', () => {
    const html = renderBenchHistory(runs);
    expect(html).toContain('version 0.2.0');
    expect(html).toContain('meets &lt; 170 ms');
    expect(html).toContain('3 minor / 1 major, pauses 0.5 ms (max 0.25)');
  });

  it('says so when nothing is recorded', () => {
    expect(renderBenchHistory([])).toContain('No benchmark runs recorded');
  });

  it('reads every history file of a directory, oldest run first', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-hist-'));
    writeFileSync(path.join(dir, '0.2.0.json'), JSON.stringify([runs[2]]));
    writeFileSync(path.join(dir, '0.1.0.json'), JSON.stringify([runs[1], runs[0]]));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a history file');
    expect(readBenchHistory(dir).map((r) => r.date)).toEqual(runs.map((r) => r.date));
    expect(readBenchHistory(path.join(dir, 'missing'))).toEqual([]);
  });

  it('renders the committed history as a page with a chart per program', () => {
    const recorded = readBenchHistory(HISTORY_DIR);
    expect(recorded.length).toBeGreaterThan(0);
    const page = renderBenchPage(recorded);
    for (const p of recorded[recorded.length - 1].programs) expect(page).toContain(`<figcaption>${p.id} (ms)`);
  });
});

describe('the conformance HTML report', () => {
  const report = emptyReport();

  it('plots the benchmark history when it is given, and only then', () => {
    const runs = readBenchHistory(HISTORY_DIR);
    const withBench = renderHtml(report, null, runs);
    expect(withBench).toContain('<h2>Benchmarks');
    expect(withBench).toContain('<figcaption>fib30 (ms)');
    expect(renderHtml(report, null)).not.toContain('<h2>Benchmarks');
  });
});
