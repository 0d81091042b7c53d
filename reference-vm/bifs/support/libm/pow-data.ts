// The log table of pow (glibc's __pow_log_data, N = 128), from tables.ts.
//
// z in [OFF, 2 OFF), OFF = 0x1.69555p-1, is split into N subintervals by the bits of z;
// for subinterval i, c is near its centre with 1/c = invc a multiple of 1/N (centre < 1)
// or 1/2N (centre >= 1), so z*invc - 1 is exact. logc is log(c) rounded to a multiple of
// 2^-43 (so k*ln2hi + logc is exact) and logctail the double nearest log(c) - logc.

import { doubleFromBits } from './bits';
import { POW_INVC, POW_LOGC, POW_LOGC_TAIL } from './tables';

export const POW_LOG_TABLE_BITS = 7;
/** High word of OFF (its low word is zero). */
export const OFF_HI = 0x3fe69555;

export const INVC = Float64Array.from(POW_INVC, doubleFromBits);
export const LOGC = Float64Array.from(POW_LOGC, doubleFromBits);
export const LOGC_TAIL = Float64Array.from(POW_LOGC_TAIL, doubleFromBits);
