// The .beam files a suite may load, and their hashes (recorded in goldens so a
// golden is only trusted for the exact code it was captured from).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LIB_AREA, ebinDir } from '../paths';
import type { Suite } from '../suite/types';

export interface BeamFile {
  module: string;
  path: string;
}

/** The suite's own modules (which must have been built) followed by every shared _lib module. */
export function suiteBeams(suitesDir: string, suite: Suite): BeamFile[] {
  const own = suite.modules.map((m) => ({ module: m.name, path: path.join(ebinDir(suitesDir, suite.area), `${m.name}.beam`) }));
  const libDir = ebinDir(suitesDir, LIB_AREA);
  const lib = existsSync(libDir)
    ? readdirSync(libDir)
        .filter((f) => f.endsWith('.beam'))
        .sort()
        .map((f) => ({ module: f.slice(0, -5), path: path.join(libDir, f) }))
    : [];
  return [...own, ...lib];
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** module -> sha256 (a missing file maps to the string 'missing'). */
export function beamHashes(beams: BeamFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of beams) out[b.module] = existsSync(b.path) ? sha256File(b.path) : 'missing';
  return out;
}
