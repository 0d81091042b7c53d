// Every native module the reference VM provides, in one table. Each module's file
// registers its own functions; host code adds more through VM.natives.

import type { NativeRegistry } from './registry';
import { registerModuleInfo } from './module-info';
import { registerErlangBifs } from './erlang';
import { registerProcessBifs } from './erlang_process';
import { register as binary } from './binary';
import { register as io } from './io';
import { register as ioLib } from './io_lib';
import { register as ioLibFormat } from './io_lib_format';
import { register as lists } from './lists';
import { register as maps } from './maps';
import { register as math } from './math';
import { register as proplists } from './proplists';
import { register as string } from './string';
import { register as unicode } from './unicode';
import { register as gleamStdlib } from './gleam_stdlib';
import { register as gleamErlangFfi } from './gleam_erlang_ffi';
import { register as persistentTerm } from './persistent_term';
import { register as ets } from './ets';
import { register as rand } from './rand';
import { register as os } from './os';
import { register as timer } from './timer';
import { register as ertsDebug } from './erts_debug';
import { register as zlib } from './zlib';
import { register as base64 } from './base64';

export const NATIVE_MODULES: ReadonlyArray<{ module: string; register: (reg: NativeRegistry) => void }> = [
  { module: 'erlang', register: registerErlangBifs },
  // Process, signal and timer BIFs of erlang: registered after erlang.ts so they win.
  { module: 'erlang', register: registerProcessBifs },
  { module: 'binary', register: binary },
  { module: 'io', register: io },
  { module: 'io_lib', register: ioLib },
  { module: 'io_lib_format', register: ioLibFormat },
  { module: 'lists', register: lists },
  { module: 'maps', register: maps },
  { module: 'math', register: math },
  { module: 'proplists', register: proplists },
  { module: 'string', register: string },
  { module: 'unicode', register: unicode },
  { module: 'gleam_stdlib', register: gleamStdlib },
  { module: 'gleam_erlang_ffi', register: gleamErlangFfi },
  { module: 'persistent_term', register: persistentTerm },
  { module: 'ets', register: ets },
  { module: 'rand', register: rand },
  { module: 'os', register: os },
  { module: 'timer', register: timer },
  { module: 'erts_debug', register: ertsDebug },
  { module: 'zlib', register: zlib },
  { module: 'base64', register: base64 },
];

export function registerAllNatives(reg: NativeRegistry): void {
  for (const m of NATIVE_MODULES) m.register(reg);
  registerModuleInfo(reg, [...new Set(NATIVE_MODULES.map((m) => m.module))]);
}
