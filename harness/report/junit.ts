// JUnit XML (one testsuite per beamconf suite), written with junit-report-builder so
// CI systems read it as they read any other test report.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import junitReportBuilder from 'junit-report-builder';
import type { RunReport } from '../run/types';

export function writeJunitReport(file: string, report: RunReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const builder = junitReportBuilder.newBuilder();
  const suites = new Map<string, ReturnType<typeof builder.testSuite>>();
  for (const r of report.cases) {
    let suite = suites.get(r.suite);
    if (!suite) {
      suite = builder.testSuite().name(`${report.target}.${r.suite}`);
      suites.set(r.suite, suite);
    }
    const tc = suite.testCase().className(`${report.target}.${r.suite}`).name(r.id).time(r.durationMs / 1000);
    const detail = [r.message ?? '', ...r.mismatches.map((m) => m.diff)].filter(Boolean).join('\n');
    if (r.status === 'fail') tc.failure(`${r.description}: ${r.mismatches.map((m) => m.what).join(', ') || r.outcome}`).stacktrace(detail);
    else if (r.status === 'unexpected-pass') tc.failure(`unexpected pass: remove it from expectations/${report.target}.yaml (${r.expectation?.reason ?? ''})`);
    else if (r.status === 'expected-fail' || r.status === 'unstable') tc.skipped().standardOutput(`known ${r.expectation?.class}: ${r.expectation?.reason}\n${detail}`);
    else if (r.status === 'skipped') tc.skipped();
  }
  builder.writeTo(file);
}
