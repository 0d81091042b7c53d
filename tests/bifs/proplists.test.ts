// proplists natives against outcomes recorded from OTP 26.2.5 (see cases/proplists.ts).

import { expectTable } from './support';
import { PROPLISTS_CASES } from './cases/proplists';

test('proplists', () => expectTable(PROPLISTS_CASES));
