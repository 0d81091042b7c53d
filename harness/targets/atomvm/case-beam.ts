// The per-case module for VMs that take no arguments and only start a module's
// start/0 (AtomVM, most embedded BEAMs). The portable driver's start/0 calls
// beamconf_case:spec() and runs the {Module, Function, Args} it gets back, so the
// case is baked into a tiny generated module:
//
//   -module(beamconf_case).
//   -export([spec/0]).
//   spec() -> <<"836803...">>.        % any literal term
//
// This file writes that module with the project's BEAM writer (scripts/lib/beam-asm),
// which gives the fewest chunks OTP 26's loader (and AtomVM's) accept: AtU8, Code,
// StrT, ImpT, ExpT, LocT and a LitT holding the one literal. No compiler is needed at
// run time.

import { writeBeam } from '../../../scripts/lib/beam-asm/writer';
import { Atom } from '../../../reference-vm/terms/atom';
import { Bitstring, type Term } from '../../../reference-vm/terms/types';

export const CASE_MODULE = 'beamconf_case';
export const CASE_FUNCTION = 'spec';
export const CASE_BEAM_FILE = `${CASE_MODULE}.beam`;

/**
 * The .beam file of a module `moduleName` exporting `functionName/0`, which returns
 * `value` (a literal: no heap building at run time, so any term the external term
 * format can hold works).
 */
export function literalModuleBeam(value: Term, moduleName = CASE_MODULE, functionName = CASE_FUNCTION): Uint8Array {
  const module = Atom.of(moduleName);
  const fn = Atom.of(functionName);
  return writeBeam({
    name: module,
    exports: [{ name: fn, arity: 0 }],
    functions: [
      {
        name: fn,
        arity: 0,
        entry: 2,
        code: [
          { op: 'label', args: [{ kind: 'u', value: 1 }] },
          { op: 'func_info', args: [{ kind: 'atom', value: module }, { kind: 'atom', value: fn }, { kind: 'u', value: 0 }] },
          { op: 'label', args: [{ kind: 'u', value: 2 }] },
          { op: 'move', args: [{ kind: 'literal', value }, { kind: 'x', n: 0 }] },
          { op: 'return', args: [] },
        ],
      },
    ],
  });
}

/** beamconf_case.beam for one case: spec/0 returns the case's spec hex as a binary. */
export function caseBeam(specHex: string): Uint8Array {
  return literalModuleBeam(new Bitstring(new Uint8Array(Buffer.from(specHex, 'latin1'))));
}
