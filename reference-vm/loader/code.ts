// Code: a header (header size, instruction set version, highest opcode, label
// count, function count) followed by generic instructions, each an opcode byte
// and its compact-term operands, ending with int_code_end.

import { opcodeByNumber, OPCODE_COUNT } from '../opcodes/table';
import { PLEASE_RECOMPILE } from './errors';
import { readOperand, type OperandContext } from './operands';
import type { ByteReader } from './reader';
import type { Instruction, Operand } from './types';

/** The instruction set version OTP 26 writes and accepts (BEAM_FORMAT_NUMBER). */
export const BEAM_FORMAT_NUMBER = 0;

export const OP_LABEL = 1;
export const OP_FUNC_INFO = 2;
export const OP_INT_CODE_END = 3;
export const OP_LINE = 153;

export interface CodeHeader {
  formatNumber: number;
  maxOpcode: number;
  labelCount: number;
  functionCount: number;
  /** Absolute file offset of the first instruction. */
  codeStart: number;
}

export function readCodeHeader(r: ByteReader): CodeHeader {
  const headerAt = r.pos;
  const headerSize = r.i32('Code header size');
  if (headerSize < 0 || headerSize > r.remaining) {
    throw r.error('bad-chunk-size', `Code header size ${headerSize} exceeds the ${r.remaining} bytes of the chunk`, headerAt);
  }
  if (headerSize < 16) {
    throw r.error('bad-code-header', `Code header of ${headerSize} bytes is shorter than 16`, headerAt);
  }
  const codeStart = r.pos + headerSize;
  const formatNumber = r.i32('instruction set version');
  if (formatNumber !== BEAM_FORMAT_NUMBER) {
    throw r.error('bad-code-header', `instruction set version ${formatNumber}, expected ${BEAM_FORMAT_NUMBER}`, headerAt + 4);
  }
  const maxOpcode = r.i32('highest opcode');
  if (maxOpcode > OPCODE_COUNT) {
    throw r.error(
      'unknown-opcode',
      'This BEAM file was compiled for a later version of the runtime system than the current (Erlang/OTP 26). ' +
        `To fix this, ${PLEASE_RECOMPILE}. (Use of opcode ${maxOpcode}; this emulator supports only up to ${OPCODE_COUNT}.)`,
      headerAt + 8,
    );
  }
  const labelCount = r.i32('label count');
  const functionCount = r.i32('function count');
  if (labelCount < 0 || functionCount < 0) {
    throw r.error('bad-code-header', `negative label count ${labelCount} or function count ${functionCount}`, headerAt + 12);
  }
  r.pos = codeStart;
  return { formatNumber, maxOpcode, labelCount, functionCount, codeStart };
}

/** Decodes instructions up to and including int_code_end; anything after it is ignored. */
export function readInstructions(r: ByteReader, header: CodeHeader, ctx: OperandContext): Instruction[] {
  const code: Instruction[] = [];
  for (;;) {
    const at = r.pos;
    if (r.atEnd()) {
      throw r.error('truncated', 'code ends without int_code_end');
    }
    const op = r.u8('opcode');
    const info = opcodeByNumber(op);
    if (info === undefined) {
      throw r.error('unknown-opcode', `invalid opcode ${op}`, at);
    }
    if (info.obsolete) {
      throw r.error('obsolete-opcode', `${info.name}/${info.arity}: ${PLEASE_RECOMPILE}`, at);
    }
    const args: Operand[] = [];
    for (let i = 0; i < info.arity; i++) {
      args.push(readOperand(r, ctx, i === info.arity - 1));
    }
    code.push({ op, name: info.name, args, offset: at - header.codeStart });
    if (op === OP_INT_CODE_END) return code;
  }
}
