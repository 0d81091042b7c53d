// maps natives against outcomes recorded from OTP 26.2.5 (see cases/maps.ts).

import { expectTable } from './support';
import { MAPS_BIFS, MAPS_ERLANG, MAPS_ITERATORS } from './cases/maps';

describe('maps', () => {
  test('BIFs', () => expectTable(MAPS_BIFS));
  test('Erlang functions of maps.erl, with fun call order', () => expectTable(MAPS_ERLANG));
  test('iterators', () => expectTable(MAPS_ITERATORS));
});
