import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '../run/types';

export function writeJsonReport(file: string, report: RunReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

export function readJsonReport(file: string): RunReport {
  return JSON.parse(readFileSync(file, 'utf8')) as RunReport;
}
