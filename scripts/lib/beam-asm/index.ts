// A plain BEAM assembler: writes OTP 26 .beam files from hand-written generic
// instructions, for the opcodes erlc no longer emits (its validator refuses them even
// from a .S file) but OTP 26's loader still accepts. See source.ts for the .beamasm
// format and writer.ts for what the file holds.

import { readFileSync } from 'node:fs';
import { assembleSource } from './source';

export { writeBeam } from './writer';
export { assembleSource, parseAsmSource, AsmSourceError } from './source';
export { encodeTagged, signedBytes } from './compact';
export { zlibStored } from './container';
export { AsmError, type AsmModule, type AsmFunction, type AsmInstruction, type AsmOperand } from './types';

/** File extension of assembler sources in suites/. */
export const ASM_SOURCE_EXTENSION = 'beamasm';

/** Assembles a .beamasm file; errors name `displayName` (default: the path) with line and column. */
export function assembleFile(file: string, displayName: string = file): Uint8Array {
  return assembleSource(readFileSync(file, 'utf8'), displayName);
}
