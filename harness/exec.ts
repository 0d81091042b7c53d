// `beamconf exec`: run .beam files on the reference VM the way
//   erl -noshell -pa DIR -eval 'mod:fun(Args...)'
// would. Output is written as the program produces it. Exit status: 0 normal, 1 crash
// (reason printed as OTP prints it, ~p), 2 load or usage error; erlang:halt(Status)
// exits with Status, halt(abort) aborts (SIGABRT), and halt(Slogan) prints the slogan on
// stderr and exits with 1, as erl does (the reference VM writes no crash dump).

import { readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { VM } from '../reference-vm/vm';
import { formatTerm } from '../reference-vm/printing/pretty';
import { Atom } from '../reference-vm/terms/atom';
import { Tuple, type Term } from '../reference-vm/terms/types';
import { parseArgs } from './term-text';

function write(fd: number, data: string | Uint8Array): void {
  if (typeof data === 'string') writeSync(fd, data);
  else writeSync(fd, data);
}

export function execBeams(beams: string[], paDirs: string[], entry: string, argsText: string, printResult: boolean, timeoutMs: number): number {
  const m = /^([^:]+):([^:]+)$/.exec(entry);
  if (!m) {
    write(2, `beamconf exec: --entry must be module:function, got '${entry}'\n`);
    return 2;
  }
  let args: Term[];
  try {
    args = parseArgs(argsText);
  } catch (e) {
    write(2, `beamconf exec: cannot parse --args: ${(e as Error).message}\n`);
    return 2;
  }
  const files = [...beams];
  for (const dir of paDirs) {
    try {
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.beam')) files.push(path.join(dir, f));
    } catch (e) {
      write(2, `beamconf exec: cannot read -pa directory ${dir}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  // Stream group-leader output to our stdout as it is written.
  const vm = new VM({ io: { write: (bytes) => write(1, bytes) } });
  for (const f of files) {
    try {
      vm.loadModule(new Uint8Array(readFileSync(f)), f);
    } catch (e) {
      write(2, `beamconf exec: cannot load ${f}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const r = vm.runEntry(m[1], m[2], args, { timeoutMs });
  if (r.stdout.length > 0) write(1, r.stdout);
  switch (r.outcome) {
    case 'return':
      if (printResult) write(1, formatTerm(r.value) + '\n');
      return 0;
    case 'exception': {
      // The process exit reason OTP reports for an uncaught exception.
      const reason =
        r.cls === 'exit' ? r.reason : r.cls === 'throw' ? new Tuple([new Tuple([Atom.of('nocatch'), r.reason]), r.stacktrace]) : new Tuple([r.reason, r.stacktrace]);
      write(2, formatTerm(reason) + '\n');
      return 1;
    }
    case 'exit':
      write(2, formatTerm(r.reason) + '\n');
      return 1;
    case 'timeout':
      write(2, r.deadlock ? 'beamconf exec: deadlock: every process waits for a message that can never come\n' : `beamconf exec: stopped after ${timeoutMs} ms\n`);
      return 1;
    case 'resource-limit':
      write(2, `beamconf exec: resource limit: ${r.what}\n`);
      return 1;
    case 'halt':
      if (r.status === 'abort') {
        // Die as the emulator does: by SIGABRT, with no exit status of our own.
        process.kill(process.pid, 'SIGABRT');
        return 134;
      }
      if ('slogan' in r) write(2, `${r.slogan}\n`);
      return r.status;
  }
}
