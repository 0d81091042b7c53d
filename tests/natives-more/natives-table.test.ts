// docs/natives.md generator: per-module counts add up, rows name their suites.

import { nativesMarkdown } from '../../harness/natives-table';
import type { NativeRow } from '../../harness/coverage';

const rows: NativeRow[] = [
  { mfa: 'zlib:zip/1', module: 'zlib', implemented: true, otpBif: false, suites: ['nat_zlib'], calledBy: ['nat_zlib'] },
  { mfa: 'erlang:abs/1', module: 'erlang', implemented: true, otpBif: true, suites: ['b', 'a', 'c'], calledBy: ['d', 'a'] },
  { mfa: "erlang:'=:='/2", module: 'erlang', implemented: true, otpBif: true, suites: [], calledBy: [] },
  { mfa: 'gleam_stdlib:identity/1', module: 'gleam_stdlib', implemented: true, otpBif: false, suites: [], calledBy: ['gffi'] },
  { mfa: 'erlang:halt/2', module: 'erlang', implemented: false, otpBif: true, suites: [], calledBy: [] },
];

test('summary, module table and per-function rows', () => {
  const md = nativesMarkdown(rows);
  expect(md).toContain('**4 native functions, 3 covered by a suite** (1 not covered); 2 of 3 OTP 26 BIFs implemented.');
  // Called only through apply in a run: covered, under the calling suite.
  expect(md).toContain('| [gleam_stdlib](#gleam_stdlib) | 1 | 1 | — |');
  expect(md).toContain('| `identity/1` | yes |  | 1: gffi |');
  expect(md).toContain('| [erlang](#erlang) | 2 | 1 | 2 / 3 |');
  expect(md).toContain('| [zlib](#zlib) | 1 | 1 | — |');
  expect(md).toContain('| `abs/1` | yes | yes | 4: a, b, c, +1 |');
  expect(md).toContain('| `halt/2` | **no** | yes | — |');
  // Modules and functions in code-point order.
  expect(md.indexOf('## erlang')).toBeLessThan(md.indexOf('## zlib'));
  expect(md.indexOf("`'=:='/2`")).toBeLessThan(md.indexOf('`abs/1`'));
});
