// Where things live in a beamconf tree. One place, so scripts, harness and tests agree.

import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', ...(path.basename(path.resolve(__dirname, '..')) === 'dist' ? ['..'] : []));
export const SUITES_DIR = path.join(REPO_ROOT, 'suites');
export const GOLDEN_DIR = path.join(REPO_ROOT, 'golden', 'otp-26');
export const EXPECTATIONS_DIR = path.join(REPO_ROOT, 'expectations');
export const TARGETS_DIR = path.join(REPO_ROOT, 'targets');
export const DRIVER_DIR = path.join(REPO_ROOT, 'harness', 'driver');

/** Shared helper modules every suite may use. */
export const LIB_AREA = '_lib';

/** Compiled modules of an area: suites/<area>/ebin. */
export function ebinDir(suitesDir: string, area: string): string {
  return path.join(suitesDir, area, 'ebin');
}

/** Erlang generated from Gleam sources of an area: suites/<area>/gen. */
export function genDir(suitesDir: string, area: string): string {
  return path.join(suitesDir, area, 'gen');
}

/** The golden file of a suite: golden/otp-26/<area>/<suite>.yaml. */
export function goldenFile(goldenDir: string, area: string, suite: string): string {
  return path.join(goldenDir, area, `${suite}.yaml`);
}
