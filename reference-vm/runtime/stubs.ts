// The runtime's own instructions at fixed code indices (frames.ts): normal process exit,
// resuming a higher-order native, and a new process's initial call.

import type { Process } from '../process/process';
import { callExport, stepNative } from './calls';
import type { CodeStore } from './code';
import { EXIT_IP, INITIAL_CALL_IP, NATIVE_RESUME_IP, STUB_COUNT } from './frames';
import { Insn, SUSPEND } from './insn';

function exitNormally(p: Process): number {
  p.rt.returned(p, p.x[0]);
  return SUSPEND;
}

function resumeNative(p: Process): number {
  return stepNative(p, p.x[0], false);
}

function initialCall(p: Process, _i: Insn, ip: number): number {
  const ref = p.initialRef;
  if (ref === null) return exitNormally(p);
  p.cp = EXIT_IP;
  return callExport(p, ref, ip, -1, false);
}

/** Install the stubs; must run on an empty code store. */
export function installStubs(code: CodeStore): void {
  const at = [
    code.add(new Insn(0, exitNormally), -1, 0),
    code.add(new Insn(0, resumeNative), -1, 0),
    code.add(new Insn(0, initialCall), -1, 0),
  ];
  if (at.join() !== [EXIT_IP, NATIVE_RESUME_IP, INITIAL_CALL_IP].join() || at.length !== STUB_COUNT) {
    throw new Error('stubs must come first in the code store');
  }
}
