// Typed access to the generic opcode table of OTP 26 (data in opcode-table.json,
// taken from the compiler's genop.tab). Generic opcodes are what a .beam file's
// Code chunk contains; `obsolete` ones are refused by the OTP 26 loader.

import rawTable from './opcode-table.json';

export interface OpcodeInfo {
  /** Generic opcode number as written in the Code chunk (1-based). */
  readonly number: number;
  readonly name: string;
  /** Number of operands (an extended list operand counts as one). */
  readonly arity: number;
  /** Marked obsolete in genop.tab: OTP 26 asks for recompilation. */
  readonly obsolete: boolean;
}

const byNumber: readonly OpcodeInfo[] = rawTable as OpcodeInfo[];
const byName = new Map<string, OpcodeInfo>(byNumber.map((op) => [op.name, op]));

/** Highest generic opcode OTP 26 knows (182, bs_match/3). */
export const OPCODE_COUNT: number = byNumber.length;

/** The opcode with this number, or undefined if outside 1..OPCODE_COUNT. */
export function opcodeByNumber(n: number): OpcodeInfo | undefined {
  return Number.isInteger(n) && n >= 1 && n <= OPCODE_COUNT ? byNumber[n - 1] : undefined;
}

/** The opcode with this name (e.g. 'call_ext'), or undefined. */
export function opcodeByName(name: string): OpcodeInfo | undefined {
  return byName.get(name);
}

/** All opcodes, ordered by number. */
export function allOpcodes(): readonly OpcodeInfo[] {
  return byNumber;
}
