// Cases that never finish are stopped at their timeout (or a resource limit), the
// result is recorded, and the target carries on with the next case.

import path from 'node:path';
import { loadCorpus } from '../../harness/suite/load';
import { ReferenceTarget } from '../../harness/targets/reference';

const SUITES = path.join(__dirname, 'suites');

test('runaway cases are stopped and recorded; the next case still runs', async () => {
  const { suites, errors } = loadCorpus(SUITES);
  expect(errors).toEqual([]);
  const suite = suites.find((s) => s.id === 'runaway')!;
  const pick = ['loop_forever', 'deadlock', 'print_then_loop', 'spawn_forever', 'fine'];
  // Short timeouts keep the test quick; the mechanism is the same at any length.
  const cases = suite.cases.filter((c) => pick.includes(c.id)).map((c) => ({ ...c, timeoutMs: Math.min(c.timeoutMs, 1500) }));
  const target = new ReferenceTarget({ suitesDir: SUITES, workerHeapMb: 512 });
  const started = Date.now();
  const runs = await target.runSuite(suite, cases, {});
  const get = (id: string) => runs.get(`runaway/${id}`)!;
  expect(get('loop_forever').outcome).toBe('timeout');
  expect(get('loop_forever').message).toMatch(/stopped after 1000 ms/);
  expect(get('deadlock').outcome).toBe('timeout');
  expect(get('deadlock').message).toMatch(/deadlock/);
  expect(get('print_then_loop').outcome).toBe('timeout');
  expect(Buffer.from(get('print_then_loop').stdout).toString()).toBe('before the loop\n');
  // A spawn bomb ends at the process limit or, if it is slower than that, at its timeout.
  expect(['resource-limit', 'timeout']).toContain(get('spawn_forever').outcome);
  expect(get('fine').outcome).toBe('return');
  expect(Date.now() - started).toBeLessThan(40_000);
});

test('a case that exhausts the worker heap is a resource-limit, not a crash of the harness', async () => {
  const { suites } = loadCorpus(SUITES);
  const suite = suites.find((s) => s.id === 'runaway')!;
  const cases = suite.cases.filter((c) => c.id === 'allocate_forever' || c.id === 'fine').map((c) => ({ ...c, timeoutMs: 60_000 }));
  // A small worker heap makes the limit, not the timeout, stop the case.
  const target = new ReferenceTarget({ suitesDir: SUITES, workerHeapMb: 64 });
  const runs = await target.runSuite(suite, cases, {});
  expect(runs.get('runaway/allocate_forever')!.outcome).toBe('resource-limit');
  expect(runs.get('runaway/fine')!.outcome).toBe('return');
}, 120_000);
