// Natives against outcomes recorded from OTP 26.2.5 (rows.ts).

import { ETS_ROWS, GLEAM_ERLANG_ROWS, GLEAM_STDLIB_ROWS, OS_TIMER_PTERM_ROWS } from './rows';
import { expectRows } from './support';

describe('gleam FFI modules', () => {
  test('gleam_stdlib: inspect iodata, URIs, queries, base64, numbers, errors', () => expectRows(GLEAM_STDLIB_ROWS));
  test('gleam_erlang_ffi: pure functions', () => expectRows(GLEAM_ERLANG_ROWS));
});

test('os, timer arithmetic and persistent_term', () => expectRows(OS_TIMER_PTERM_ROWS));

test('ets: hash order, match specs, counters, bags, ordered_set with keypos, errors', () => expectRows(ETS_ROWS));
