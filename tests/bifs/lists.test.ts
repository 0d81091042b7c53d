// lists natives against outcomes recorded from OTP 26.2.5 (see cases/lists.ts).

import { expectTable } from './support';
import { LISTS_BASIC, LISTS_BIFS, LISTS_HIGHER, LISTS_KEYS, LISTS_SORT, LISTS_ZIP } from './cases/lists';

describe('lists', () => {
  test('BIFs: keyfind, keymember, keysearch, member, reverse/2', () => expectTable(LISTS_BIFS));
  test('plain functions', () => expectTable(LISTS_BASIC));
  test('zip family', () => expectTable(LISTS_ZIP));
  test('key functions', () => expectTable(LISTS_KEYS));
  test('sorting and merging', () => expectTable(LISTS_SORT));
  test('higher-order functions and fun call order', () => expectTable(LISTS_HIGHER));
});

import { LISTS_RANDOM } from './cases/lists-random';

test('lists: seeded random sorting and merging inputs match OTP exactly', () => expectTable(LISTS_RANDOM));
