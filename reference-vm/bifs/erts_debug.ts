// Module erts_debug: the heap-size probes. flat_size/1 is a BIF in OTP; size/1 is Erlang
// code there (it walks the term remembering what it has seen), here both are native.

import type { NativeRegistry } from './registry';
import { flatSize, sharedSize } from '../gc/size';

export function register(reg: NativeRegistry): void {
  reg.plain('erts_debug', 'flat_size', 1, (a) => flatSize(a[0]), true);
  reg.plain('erts_debug', 'size', 1, (a) => sharedSize(a[0]));
}
