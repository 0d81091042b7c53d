// Public surface of the term model.

export * from './types';
export { atoms, bool } from './atom';
export { ErlMap, MAP_SMALL_MAP_LIMIT } from './map';
export {
  compareTerms,
  compareTermsExact,
  compareMapKeys,
  compareAtoms,
  compareAtomNames,
  compareBitstrings,
  equals,
  exactEquals,
  kindRank,
} from './compare';
export { phash, phash2, makeHash, makeHash2, makeInternalHash, mapKeyHash, atomHashValue, setTableSizes } from './hash';
export {
  list,
  listFromArray,
  listToArray,
  listLength,
  tuple,
  atom,
  float,
  integer,
  binary,
  bitstring,
  bitstringToBytes,
  binaryToString,
} from './construct';
export { thisNode, setThisNode, isLocalNode } from './node';
export { magnitudeBytes, magnitudeWords, integerFromMagnitudeBytes } from './bignum';
