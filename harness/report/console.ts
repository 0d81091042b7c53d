// Console output: a progress bar on a terminal (cli-progress), plain lines otherwise
// (CI logs), then a summary with the unexpected results and their diffs.

import { SingleBar, Presets } from 'cli-progress';
import type { CaseResult, RunReport } from '../run/types';

export interface Progress {
  update(r: CaseResult, done: number, total: number): void;
  stop(): void;
}

export function progress(total: number, target: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && !process.env.CI) {
    const bar = new SingleBar({ format: `${target} [{bar}] {value}/{total} | {failures} unexpected | {key}`, stream, hideCursor: true }, Presets.shades_classic);
    let failures = 0;
    bar.start(total, 0, { failures, key: '' });
    return {
      update(r, done) {
        if (r.status === 'fail' || r.status === 'unexpected-pass') failures++;
        bar.update(done, { failures, key: r.key });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    update(r, done, all) {
      if (r.status !== 'pass' && r.status !== 'expected-fail') stream.write(`[${done}/${all}] ${r.status.toUpperCase()} ${r.key}\n`);
      else if (done % 100 === 0 || done === all) stream.write(`[${done}/${all}] ...\n`);
    },
    stop() {},
  };
}

export function summary(report: RunReport, maxDiffs = 20): string {
  const t = report.totals;
  const lines: string[] = [];
  const bad = report.cases.filter((r) => r.status === 'fail' || r.status === 'unexpected-pass');
  for (const r of bad.slice(0, maxDiffs)) {
    lines.push('', `${r.status === 'fail' ? 'FAIL' : 'UNEXPECTED PASS'} ${r.key} — ${r.description}`);
    if (r.message) lines.push(`  ${r.message.split('\n')[0]}`);
    for (const m of r.mismatches) lines.push(m.diff.replace(/^/gm, '  '));
    if (r.status === 'unexpected-pass') lines.push(`  listed in expectations/${report.target}.yaml as ${r.expectation?.class}: ${r.expectation?.reason}; remove the entry (or run with --update-expectations)`);
  }
  if (bad.length > maxDiffs) lines.push('', `... and ${bad.length - maxDiffs} more (see the JSON/HTML report)`);
  for (const e of report.suiteErrors) lines.push(`SUITE ERROR ${e}`);
  lines.push(
    '',
    `${report.target}: ${t.cases} cases: ${t.pass} passed, ${t.fail} failed, ${t.expectedFail} known failures, ${t.unexpectedPass} unexpected passes, ${t.unstable} unstable, ${t.skipped} skipped${report.complete ? '' : ' (INCOMPLETE: interrupted)'}`,
  );
  return lines.join('\n');
}
