// The tables of log and log2 (glibc's __log_data / __log2_data), from tables.ts: for
// each subinterval of [0x1.6p-1, 0x1.6p0), invc = 1/c for a c near its centre and logc,
// log(c) or log2(c) rounded to double.
//
// glibc chose its c by a search it describes but does not publish; the c here come from
// the same search criteria (tests/libm/search-log-invc.ts) but are not glibc's, so log,
// log2 and what is built on log differ from glibc in the last bit for a few inputs in
// 10^4 (those near 1). tests/libm lists them.

import { doubleFromBits } from './bits';
import { LOG2_INVC as LOG2_INVC_BITS, LOG2_LOGC as LOG2_LOGC_BITS, LOG_INVC as LOG_INVC_BITS, LOG_LOGC as LOG_LOGC_BITS } from './tables';

export const LOG_INVC = Float64Array.from(LOG_INVC_BITS, doubleFromBits);
export const LOG_LOGC = Float64Array.from(LOG_LOGC_BITS, doubleFromBits);
export const LOG2_INVC = Float64Array.from(LOG2_INVC_BITS, doubleFromBits);
export const LOG2_LOGC = Float64Array.from(LOG2_LOGC_BITS, doubleFromBits);
