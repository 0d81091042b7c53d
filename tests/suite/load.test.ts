import path from 'node:path';
import { loadSuiteFile, loadCorpus, SuiteError } from '../../harness/suite/load';

const FIX = path.join(__dirname, 'fixtures');

function errorOf(name: string): SuiteError {
  try {
    loadSuiteFile(path.join(FIX, 'bad', `${name}.yaml`), FIX);
  } catch (e) {
    if (e instanceof SuiteError) return e;
    throw new Error(`expected a SuiteError, got ${String(e)}`);
  }
  throw new Error('expected the suite to be rejected');
}

test('a valid suite resolves defaults and features', () => {
  const s = loadSuiteFile(path.join(FIX, 'good', 'fine.yaml'), FIX);
  expect(s.id).toBe('fine');
  expect(s.area).toBe('good');
  expect(s.modules).toEqual([{ source: 'm.gleam', path: path.join(FIX, 'good', 'm.gleam'), name: 'm', kind: 'gleam' }]);
  expect(s.cases[0]).toMatchObject({ key: 'fine/one', module: 'm', function: 'main', argsText: '[]', compare: ['stdout', 'result', 'exit'], stdoutMode: 'exact', timeoutMs: 10000, features: ['demo'] });
  expect(s.cases[1]).toMatchObject({ argsText: '[1, <<"a"/utf8>>]', compare: ['stdout'], stdoutMode: 'unordered-lines', timeoutMs: 500, features: ['demo', 'extra'], requires: { otp: 26 } });
});

test.each([
  ['syntax', '', 4, /invalid YAML/],
  ['unknown_field', 'cases[1].timout', 13, /unknown field 'timout'/],
  ['missing_entry', 'cases[0]', 7, /missing required field 'entry'/],
  ['bad_compare', 'cases[0].compare[1]', 10, /must be one of "stdout", "result", "exit"/],
  ['dup_case', 'cases[1].id', 10, /duplicate case id 'one'/],
  ['wrong_module', 'cases[0].entry', 9, /entry module 'other' is not one of this suite's modules/],
  ['missing_source', 'modules[0].source', 5, /source file not found: nope.gleam/],
])('%s is rejected with file, path and line', (name, yamlPath, line, problem) => {
  const e = errorOf(name);
  expect(e.file).toBe(path.join(FIX, 'bad', `${name}.yaml`));
  expect(e.yamlPath).toBe(yamlPath);
  expect(e.line).toBe(line);
  expect(e.problem).toMatch(problem);
  expect(e.message).toContain(`${name}.yaml:${line}`);
});

test('loading a corpus collects errors instead of throwing', () => {
  const { suites, errors } = loadCorpus(FIX);
  expect(suites.map((s) => s.id)).toEqual(['fine']);
  expect(errors.map((e) => path.basename(e.file)).sort()).toEqual(
    ['bad_compare.yaml', 'dup_case.yaml', 'missing_entry.yaml', 'missing_source.yaml', 'syntax.yaml', 'unknown_field.yaml', 'wrong_module.yaml'],
  );
});
