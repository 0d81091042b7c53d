// Atoms are interned: one Atom object per name, so atom equality is identity (===),
// as on the BEAM where an atom is an index into the atom table.
//
// The index is observable: OTP 26 orders the atom keys of small maps by it and
// hashes atoms by it in large maps. So the table starts with the atoms OTP 26's own
// table starts with, at the same indices (otp26-atoms.json, recorded from real OTP
// by scripts/capture-atom-table); later atoms are numbered in creation order.

import otpAtoms from './otp26-atoms.json';

export class Atom {
  private constructor(
    readonly name: string,
    /** Position in the VM-wide atom table (creation order). */
    readonly index: number,
  ) {}

  private static readonly table = new Map<string, Atom>();
  private static readonly byIndex: Atom[] = [];

  /** The atom with this name, created on first use (like list_to_atom/1). */
  static of(name: string): Atom {
    let atom = Atom.table.get(name);
    if (atom === undefined) {
      atom = new Atom(name, Atom.byIndex.length);
      Atom.table.set(name, atom);
      Atom.byIndex.push(atom);
    }
    return atom;
  }

  /** The atom with this name if it already exists (like list_to_existing_atom/1). */
  static existing(name: string): Atom | undefined {
    return Atom.table.get(name);
  }

  static count(): number {
    return Atom.byIndex.length;
  }

  toString(): string {
    return this.name;
  }
}

for (const name of (otpAtoms as { atoms: string[] }).atoms) Atom.of(name);

/** Atoms the VM itself needs, by name. */
export const atoms = {
  true: Atom.of('true'),
  false: Atom.of('false'),
  ok: Atom.of('ok'),
  error: Atom.of('error'),
  exit: Atom.of('exit'),
  throw: Atom.of('throw'),
  normal: Atom.of('normal'),
  kill: Atom.of('kill'),
  killed: Atom.of('killed'),
  noproc: Atom.of('noproc'),
  undefined: Atom.of('undefined'),
  badarg: Atom.of('badarg'),
  badarith: Atom.of('badarith'),
  badmatch: Atom.of('badmatch'),
  badkey: Atom.of('badkey'),
  badmap: Atom.of('badmap'),
  badfun: Atom.of('badfun'),
  badarity: Atom.of('badarity'),
  badrecord: Atom.of('badrecord'),
  case_clause: Atom.of('case_clause'),
  try_clause: Atom.of('try_clause'),
  if_clause: Atom.of('if_clause'),
  function_clause: Atom.of('function_clause'),
  undef: Atom.of('undef'),
  system_limit: Atom.of('system_limit'),
  timeout_value: Atom.of('timeout_value'),
  nocatch: Atom.of('nocatch'),
  infinity: Atom.of('infinity'),
  EXIT: Atom.of('EXIT'),
  DOWN: Atom.of('DOWN'),
  process: Atom.of('process'),
  file: Atom.of('file'),
  line: Atom.of('line'),
  error_info: Atom.of('error_info'),
  nonode_nohost: Atom.of('nonode@nohost'),
  module_info: Atom.of('module_info'),
} as const;

export function bool(value: boolean): Atom {
  return value ? atoms.true : atoms.false;
}
