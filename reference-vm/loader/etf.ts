// Bridge to the reference VM's external term decoder: literals, Attr and CInf are
// external term format blobs (version byte 131 first), decoded like binary_to_term/1.

import { binaryToTerm } from '../etf/decode';
import type { Term } from '../terms/types';

export function decodeExternalTerm(bytes: Uint8Array): Term {
  return binaryToTerm(bytes);
}
