// loadBeam: a .beam file's bytes -> LoadedModule, or a LoadError. Chunks are read
// in the order the OTP 26 runtime reads them, so the first fault reported is the
// one OTP would report. Nothing is returned until every check has passed.

import { NIL, type Term } from '../terms/types';
import { readCodeHeader, readInstructions } from './code';
import { LoadError, PLEASE_RECOMPILE } from './errors';
import { decodeExternalTerm } from './etf';
import { readChunkDirectory } from './iff';
import { readLineTable } from './lines';
import { readLiteralTable, type TermDecoder } from './literals';
import { moduleMd5 } from './md5';
import { ByteReader } from './reader';
import { readAtomTable, readFunctionTable, readImportTable, readLambdaTable } from './tables';
import { readTypeTable } from './typetable';
import type { Chunk, LoadedModule } from './types';
import { validateModule } from './validate';

export { LoadError, type LoadErrorKind } from './errors';

export interface LoadOptions {
  /** Refuse the file unless its module name is this (as code:load_binary/3 does). */
  expectedModule?: string;
  /** External term decoder for LitT, Attr and CInf (default: the reference VM's). */
  decodeTerm?: TermDecoder;
}

export function loadBeam(bytes: Uint8Array, source: string, options: LoadOptions = {}): LoadedModule {
  try {
    return load(bytes, source, options);
  } catch (e) {
    if (e instanceof LoadError) throw e;
    // A safety net: any other exception is a loader bug, but callers still get a LoadError.
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new LoadError(source, null, 0, 'internal', `internal loader error: ${why}`);
  }
}

function load(bytes: Uint8Array, file: string, options: LoadOptions): LoadedModule {
  const decode = options.decodeTerm ?? decodeExternalTerm;
  const dir = readChunkDirectory(bytes, file);
  const present = (id: string): Chunk | undefined => {
    const c = dir.byId.get(id);
    return c !== undefined && c.size > 0 ? c : undefined;
  };
  const readerFor = (c: Chunk): ByteReader => new ByteReader(bytes, file, c.id, c.offset, c.offset + c.size);
  const required = (id: string, what: string): Chunk => {
    const c = present(id);
    if (c === undefined) throw new LoadError(file, id, 0, 'missing-chunk', `missing ${what}`);
    return c;
  };

  const codeChunk = required('Code', 'code chunk');
  const codeReader = readerFor(codeChunk);
  const header = readCodeHeader(codeReader);

  const atomChunk = present('AtU8');
  if (atomChunk === undefined) {
    const old = present('Atom');
    if (old !== undefined) throw new LoadError(file, 'Atom', old.offset, 'obsolete-chunk', PLEASE_RECOMPILE);
    throw new LoadError(file, 'AtU8', 0, 'missing-chunk', 'missing atom table');
  }
  const atoms = readAtomTable(readerFor(atomChunk));
  const name = atoms[1];
  const imports = readImportTable(readerFor(required('ImpT', 'import table')), atoms);
  const exportChunk = required('ExpT', 'export table');
  const exports = readFunctionTable(readerFor(exportChunk), atoms, 'export');
  const localChunk = present('LocT');
  const locals = localChunk === undefined ? [] : readFunctionTable(readerFor(localChunk), atoms, 'local');
  const funChunk = present('FunT');
  const lambdas = funChunk === undefined ? [] : readLambdaTable(readerFor(funChunk), atoms);
  const litChunk = present('LitT');
  const literals = litChunk === undefined ? [] : readLiteralTable(readerFor(litChunk), decode);
  const lineChunk = present('Line');
  const lines = lineChunk === undefined ? null : readLineTable(readerFor(lineChunk), name.name);
  const typeChunk = present('Type');
  const typeTable = typeChunk === undefined ? null : readTypeTable(readerFor(typeChunk));

  const chunkData = (c: Chunk | undefined): Uint8Array | null =>
    c === undefined ? null : bytes.slice(c.offset, c.offset + c.size);
  const strings = chunkData(present('StrT')) ?? new Uint8Array(0);
  const md5 = moduleMd5(bytes, dir.byId, file);

  if (options.expectedModule !== undefined && options.expectedModule !== name.name) {
    throw new LoadError(file, 'AtU8', atomChunk.offset, 'module-name', `module name in object code is ${name.name}`);
  }

  const code = readInstructions(codeReader, header, {
    atoms,
    labelCount: header.labelCount,
    literals,
    typeCount: typeTable === null ? null : typeTable.entries.length,
  });

  const attributes = decodeChunkTerm(bytes, file, present('Attr'), decode, 'module attributes');
  const compileInfo = decodeChunkTerm(bytes, file, present('CInf'), decode, 'compilation information');

  const { labels, functions } = validateModule({
    file,
    module: name,
    header,
    code,
    imports,
    exports,
    locals,
    lambdas,
    strings,
    lines,
    tableOffsets: {
      ExpT: exportChunk.offset,
      LocT: localChunk?.offset ?? -1,
      FunT: funChunk?.offset ?? -1,
    },
  });

  return {
    name,
    source: file,
    chunks: dir.all,
    atoms,
    code,
    labelCount: header.labelCount,
    functionCount: header.functionCount,
    exports,
    locals,
    imports,
    lambdas,
    literals,
    strings,
    lines,
    attributes,
    compileInfo,
    md5,
    types: chunkData(typeChunk),
    typeTable,
    labels,
    functions,
    maxOpcode: header.maxOpcode,
    meta: chunkData(present('Meta')),
  };
}

function decodeChunkTerm(
  bytes: Uint8Array,
  file: string,
  chunk: Chunk | undefined,
  decode: TermDecoder,
  what: string,
): Term {
  if (chunk === undefined) return NIL;
  try {
    return decode(bytes.subarray(chunk.offset, chunk.offset + chunk.size));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new LoadError(file, chunk.id, chunk.offset, 'bad-term', `bad external term representation of ${what}: ${why}`);
  }
}
