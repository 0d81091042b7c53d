// Reading and validating suite files. A bad suite file yields a SuiteError naming
// the file, the YAML path and the line; never a stack trace.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import schema from './suite.schema.json';
import {
  DEFAULT_COMPARE,
  DEFAULT_TIMEOUT_MS,
  type ModuleKind,
  type ResolvedCase,
  type Suite,
  type SuiteFile,
} from './types';

export class SuiteError extends Error {
  constructor(
    readonly file: string,
    readonly yamlPath: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${yamlPath ? `at ${yamlPath}: ` : ''}${problem}`);
    this.name = 'SuiteError';
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile<SuiteFile>(schema);

/** Parse and validate one suite file; throws SuiteError. */
export function loadSuiteFile(file: string, rootDir: string): Suite {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SuiteError(file, '', null, `cannot read file: ${(e as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new SuiteError(file, '', line, `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (!validate(data)) {
    const err = pickError(validate.errors ?? []);
    const segments = err.instancePath.split('/').slice(1).map(decodePointer);
    // An unknown field is best shown at the field itself, not at its parent.
    if (err.keyword === 'additionalProperties') segments.push((err.params as { additionalProperty: string }).additionalProperty);
    const node = nodeAt(doc.contents, segments);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
    throw new SuiteError(file, yamlPath(segments), line, describeError(err));
  }
  const base = path.basename(file, '.yaml');
  if (data.suite !== base) {
    throw new SuiteError(file, 'suite', lineOf(doc.contents, ['suite'], lineCounter), `suite id '${data.suite}' must equal the file name '${base}'`);
  }
  return resolveSuite(data, file, rootDir, doc.contents, lineCounter);
}

function resolveSuite(data: SuiteFile, file: string, rootDir: string, root: unknown, lc: LineCounter): Suite {
  const dir = path.dirname(file);
  const area = path.relative(rootDir, dir).split(path.sep).join('/');
  const modules = data.modules.map((m, i) => {
    const full = path.join(dir, m.source);
    if (!existsFile(full)) {
      throw new SuiteError(file, `modules[${i}].source`, lineOf(root, ['modules', i, 'source'], lc), `source file not found: ${m.source}`);
    }
    const ext = path.extname(m.source).slice(1) as ModuleKind;
    return { source: m.source, path: full, name: path.basename(m.source, '.' + ext), kind: ext };
  });
  const moduleNames = new Set(modules.map((m) => m.name));
  const seen = new Set<string>();
  const cases: ResolvedCase[] = data.cases.map((c, i) => {
    if (seen.has(c.id)) {
      throw new SuiteError(file, `cases[${i}].id`, lineOf(root, ['cases', i, 'id'], lc), `duplicate case id '${c.id}'`);
    }
    seen.add(c.id);
    const [module, fn] = c.entry.split(':');
    if (!moduleNames.has(module)) {
      throw new SuiteError(file, `cases[${i}].entry`, lineOf(root, ['cases', i, 'entry'], lc), `entry module '${module}' is not one of this suite's modules (${[...moduleNames].join(', ')})`);
    }
    return {
      suite: data.suite,
      id: c.id,
      key: `${data.suite}/${c.id}`,
      description: c.description,
      module,
      function: fn,
      argsText: c.args ?? '[]',
      compare: c.compare ?? DEFAULT_COMPARE,
      stdoutMode: c.stdout ?? 'exact',
      timeoutMs: c.timeout ?? DEFAULT_TIMEOUT_MS,
      halts: c.halts ?? false,
      features: [...new Set([...data.features, ...(c.features ?? [])])],
      requires: { ...data.requires, ...c.requires },
    };
  });
  return { id: data.suite, area, file, dir, description: data.description, features: data.features, modules, cases };
}

/** Every suite file under rootDir (directories starting with _ or . hold no suites). */
export function findSuiteFiles(rootDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.yaml')) out.push(full);
    }
  };
  walk(rootDir);
  return out;
}

export interface CorpusLoad {
  suites: Suite[];
  errors: SuiteError[];
}

/** Load every suite; bad files are reported, not fatal. Module names must be unique corpus-wide. */
export function loadCorpus(rootDir: string): CorpusLoad {
  const suites: Suite[] = [];
  const errors: SuiteError[] = [];
  const ids = new Map<string, string>();
  const moduleOwner = new Map<string, string>();
  for (const file of findSuiteFiles(rootDir)) {
    try {
      const suite = loadSuiteFile(file, rootDir);
      const other = ids.get(suite.id);
      if (other) throw new SuiteError(file, 'suite', null, `suite id '${suite.id}' is also used by ${other}`);
      for (const m of suite.modules) {
        const owner = moduleOwner.get(m.name);
        if (owner && owner !== file) throw new SuiteError(file, 'modules', null, `module '${m.name}' is also defined by ${owner}`);
      }
      ids.set(suite.id, file);
      for (const m of suite.modules) moduleOwner.set(m.name, file);
      suites.push(suite);
    } catch (e) {
      if (e instanceof SuiteError) errors.push(e);
      else errors.push(new SuiteError(file, '', null, `unexpected error: ${(e as Error).message}`));
    }
  }
  return { suites, errors };
}

function existsFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function decodePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function yamlPath(segments: string[]): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

/** The most useful of ajv's errors: the deepest one, skipping schema-combinator noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

function describeError(err: ErrorObject): string {
  switch (err.keyword) {
    case 'additionalProperties':
      return `unknown field '${(err.params as { additionalProperty: string }).additionalProperty}'`;
    case 'required':
      return `missing required field '${(err.params as { missingProperty: string }).missingProperty}'`;
    case 'enum':
      return `must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `does not match the required pattern ${(err.params as { pattern: string }).pattern}`;
    default:
      return err.message ?? 'invalid';
  }
}

function nodeAt(root: unknown, segments: Array<string | number>): Node | null {
  let node = root as Node | null;
  for (const seg of segments) {
    if (isMap(node)) node = (node.get(String(seg), true) as Node | undefined) ?? null;
    else if (isSeq(node)) node = (node.get(Number(seg), true) as Node | undefined) ?? null;
    else return node;
    if (node === null) return null;
  }
  return node;
}

function lineOf(root: unknown, segments: Array<string | number>, lc: LineCounter): number | null {
  const node = nodeAt(root, segments);
  return node?.range ? lc.linePos(node.range[0]).line : null;
}
