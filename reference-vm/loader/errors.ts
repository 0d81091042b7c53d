// The one exception type the loader throws: every malformed, truncated or foreign
// input ends in a LoadError that names the file, the chunk and the byte offset.

export type LoadErrorKind =
  | 'bad-magic' // not an IFF 'FOR1' form of type 'BEAM'
  | 'truncated' // data ends before a declared size or inside a field
  | 'bad-chunk-size' // a chunk (or the Code header) claims more bytes than exist
  | 'missing-chunk' // a chunk the loader requires is absent
  | 'obsolete-chunk' // e.g. the latin1 'Atom' table of OTP 20 and earlier
  | 'bad-code-header' // Code chunk header: format number, counts
  | 'unknown-opcode' // opcode 0 or above the highest OTP 26 opcode
  | 'obsolete-opcode' // opcode OTP 26 no longer loads
  | 'bad-compact-term' // malformed compact term encoding of an operand
  | 'bad-operand' // well-formed operand of a kind the instruction does not take
  | 'zlib' // the LitT chunk does not inflate to its declared size
  | 'atom-index' // atom index out of range
  | 'literal-index' // literal index out of range
  | 'label' // label out of range, defined twice or never defined
  | 'import-index' // import index out of range
  | 'lambda-index' // FunT index out of range
  | 'string-range' // StrT offset/length out of range
  | 'line-index' // line item index out of range
  | 'bad-function' // func_info structure or count does not match the header
  | 'bad-export' // export/local entry malformed or not pointing at its function
  | 'bad-table' // malformed AtU8 / ImpT / ExpT / LocT / FunT table
  | 'bad-line-table' // malformed Line chunk
  | 'bad-type-table' // malformed Type chunk
  | 'bad-literal' // a LitT entry is not a valid external term
  | 'bad-term' // Attr or CInf is not a valid external term
  | 'module-name' // module name differs from the expected one
  | 'internal'; // a loader bug surfaced as an unexpected exception (should never happen)

export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    /** Source path given to loadBeam. */
    readonly file: string,
    /** Chunk id ('Code', 'LitT', ...) or null for the container itself. */
    readonly chunk: string | null,
    /** Byte offset in the file where the problem was found. */
    readonly offset: number,
    readonly kind: LoadErrorKind,
    /** What is wrong, without the location (`message` adds it). */
    readonly detail: string,
  ) {
    super(`${file}: ${chunk === null ? 'file' : `chunk '${chunk}'`} at byte ${offset}: ${detail} [${kind}]`);
  }
}

/** What OTP 26 says for obsolete opcodes and the old atom table. */
export const PLEASE_RECOMPILE =
  'please re-compile this module with an Erlang/OTP 26 compiler or update your Erlang/OTP version';
