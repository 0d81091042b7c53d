// The fixed-layout tables: AtU8 (atoms), ImpT (imports), ExpT/LocT (exports and
// local functions) and FunT (lambdas). All counts are checked against the bytes
// actually present before any entry is read.

import { Atom } from '../terms/atom';
import type { ByteReader } from './reader';
import type { ExportEntry, ImportEntry, LambdaEntry } from './types';

/** Largest arity the runtime accepts (MAX_ARG). */
export const MAX_ARITY = 255;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readCount(r: ByteReader, entrySize: number, minimum: number, what: string): number {
  const countAt = r.pos;
  const count = r.i32(`${what} count`);
  if (count < minimum) {
    throw r.error('bad-table', `${what} count ${count} is below ${minimum}`, countAt);
  }
  if (count * entrySize > r.remaining) {
    throw r.error('truncated', `${what} count ${count} needs ${count * entrySize} bytes, ${r.remaining} left`, countAt);
  }
  return count;
}

/** AtU8: count, then (length byte, UTF-8 bytes) per atom. Index 0 of the result is left empty. */
export function readAtomTable(r: ByteReader): Atom[] {
  const count = readCount(r, 1, 1, 'atom');
  // Index 0 stands for [] in operands; it has no atom, so the slot is a hole.
  const atoms: Atom[] = new Array<Atom>(count + 1);
  for (let i = 1; i <= count; i++) {
    const at = r.pos;
    const length = r.u8(`length of atom ${i}`);
    const text = r.take(length, `text of atom ${i}`);
    let name: string;
    try {
      name = utf8.decode(text);
    } catch {
      throw r.error('bad-table', `atom ${i} is not valid UTF-8`, at);
    }
    atoms[i] = Atom.of(name);
  }
  return atoms;
}

function atomAt(r: ByteReader, atoms: Atom[], index: number, at: number, what: string): Atom {
  if (index < 1 || index >= atoms.length) {
    throw r.error('atom-index', `${what}: atom index ${index} is outside 1..${atoms.length - 1}`, at);
  }
  return atoms[index];
}

function checkArity(r: ByteReader, arity: number, at: number, what: string): void {
  if (arity < 0 || arity > MAX_ARITY) {
    throw r.error('bad-table', `${what}: arity ${arity} is outside 0..${MAX_ARITY}`, at);
  }
}

/** ImpT: count, then (module atom, function atom, arity) triples. */
export function readImportTable(r: ByteReader, atoms: Atom[]): ImportEntry[] {
  const count = readCount(r, 12, 0, 'import');
  const imports: ImportEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    const module = atomAt(r, atoms, r.i32('import module'), at, `import ${i}`);
    const fn = atomAt(r, atoms, r.i32('import function'), at + 4, `import ${i}`);
    const arity = r.i32('import arity');
    checkArity(r, arity, at + 8, `import ${i}`);
    imports.push({ module, function: fn, arity });
  }
  return imports;
}

/** ExpT and LocT: count, then (function atom, arity, label) triples. */
export function readFunctionTable(r: ByteReader, atoms: Atom[], what: string): ExportEntry[] {
  const count = readCount(r, 12, 0, what);
  const entries: ExportEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    const fn = atomAt(r, atoms, r.i32(`${what} function`), at, `${what} ${i}`);
    const arity = r.i32(`${what} arity`);
    checkArity(r, arity, at + 4, `${what} ${i}`);
    const label = r.i32(`${what} label`);
    if (label < 0) {
      throw r.error('label', `${what} ${i}: negative label ${label}`, at + 8);
    }
    entries.push({ function: fn, arity, label });
  }
  return entries;
}

/** FunT: count, then (function atom, arity, label, index, free count, old uniq). */
export function readLambdaTable(r: ByteReader, atoms: Atom[]): LambdaEntry[] {
  const count = readCount(r, 24, 0, 'lambda');
  const lambdas: LambdaEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = r.pos;
    const fn = atomAt(r, atoms, r.i32('lambda function'), at, `lambda ${i}`);
    const arity = r.i32('lambda arity');
    checkArity(r, arity, at + 4, `lambda ${i}`);
    const label = r.i32('lambda label');
    if (label < 0) {
      throw r.error('label', `lambda ${i}: negative label ${label}`, at + 8);
    }
    const oldIndex = r.i32('lambda index');
    const numFree = r.i32('lambda free variable count');
    if (numFree < 0 || numFree > arity) {
      throw r.error('bad-table', `lambda ${i}: ${numFree} free variables for arity ${arity}`, at + 16);
    }
    const oldUniq = r.i32('lambda old uniq') >>> 0;
    lambdas.push({ function: fn, arity, label, index: i, numFree, oldUniq, oldIndex });
  }
  return lambdas;
}
