// system_info/1 for the items a program can rely on: the OTP 26.2.5 release and version,
// a 64-bit single-scheduler system, the VM's limits and counts. (process_info/1,2 and
// processes/0 are in erlang_process.ts with the other process BIFs.)

import { Atom, atoms } from '../../terms/atom';
import { ErlMap } from '../../terms/map';
import { Cons, NIL, Tuple, type Term } from '../../terms/types';
import type { Process } from '../../process/process';
import { charlist } from '../../runtime/code';
import { badarg } from '../exception';

const A = (n: string): Atom => Atom.of(n);


// ---- system_info ----

function listOf(items: Term[]): Term {
  let l: Term = NIL;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

const OTP_RELEASE = '26';
const ERTS_VERSION = '14.2.5';
function systemVersion(schedulers: number): string {
  return `Erlang/OTP ${OTP_RELEASE} [erts-${ERTS_VERSION}] [source] [64-bit] [smp:${schedulers}:${schedulers}] [ds:${schedulers}:${schedulers}:10] [async-threads:1] [jit:ns]\n`;
}
const DEFAULT_PROCESS_LIMIT = 262144;

export function systemInfo(p: Process, what: Term): Term {
  const rt = p.rt;
  if (what instanceof Tuple && what.elements.length === 2 && what.elements[0] === A('wordsize')) {
    const k = what.elements[1];
    if (k === A('internal') || k === A('external')) return 8;
    return badarg();
  }
  if (!(what instanceof Atom)) return badarg();
  switch (what.name) {
    case 'otp_release':
      return charlist(OTP_RELEASE);
    case 'version':
      return charlist(ERTS_VERSION);
    case 'system_version':
      return charlist(systemVersion(rt.scheduler.runQueues.length));
    case 'system_architecture':
      return charlist('x86_64-pc-linux-gnu');
    case 'machine':
      return charlist('BEAM');
    case 'wordsize':
      return 8;
    case 'schedulers':
    case 'schedulers_online':
    case 'logical_processors':
    case 'logical_processors_available':
    case 'logical_processors_online':
    case 'dirty_cpu_schedulers':
    case 'dirty_cpu_schedulers_online':
      // The simulated schedulers stand in for the machine's cores.
      return rt.scheduler.runQueues.length;
    case 'thread_pool_size':
      return 1;
    case 'dirty_io_schedulers':
      return 10;
    case 'process_limit':
      return rt.limits.maxProcesses ?? DEFAULT_PROCESS_LIMIT;
    case 'process_count':
      return rt.processes.size;
    case 'port_limit':
      return 65536;
    case 'port_count':
      return 0;
    case 'atom_limit':
      return 1048576;
    case 'atom_count':
      return Atom.count();
    case 'ets_limit':
      return 8192;
    case 'ets_count':
      return 0;
    case 'smp_support':
    case 'threads':
    case 'kernel_poll':
      return atoms.true;
    case 'debug_compiled':
    case 'lock_checking':
      return atoms.false;
    case 'heap_type':
      return A('private');
    case 'build_type':
      return A('opt');
    case 'emu_type':
      return A('opt');
    case 'emu_flavor':
      // What OTP 26 reports on x86_64, where this VM's behaviour is taken from.
      return A('jit');
    case 'driver_version':
      return charlist('3.3');
    case 'nif_version':
      return charlist('2.17');
    case 'creation':
      return 0;
    case 'context_reductions':
      return 4000;
    case 'time_warp_mode':
      return A('no_time_warp');
    case 'time_offset':
      return A('final');
    case 'time_correction':
      return atoms.true;
    case 'min_heap_size':
      return new Tuple([A('min_heap_size'), 233]);
    case 'min_bin_vheap_size':
      return new Tuple([A('min_bin_vheap_size'), 46422]);
    case 'fullsweep_after':
      return new Tuple([A('fullsweep_after'), 65535]);
    case 'garbage_collection':
      return listOf([
        new Tuple([A('max_heap_size'), 0]),
        new Tuple([A('min_bin_vheap_size'), 46422]),
        new Tuple([A('min_heap_size'), 233]),
        new Tuple([A('fullsweep_after'), 65535]),
      ]);
    case 'max_heap_size':
      return ErlMap.fromEntries([
        [A('error_logger'), atoms.true],
        [A('include_shared_binaries'), atoms.false],
        [A('kill'), atoms.true],
        [A('size'), 0],
      ]);
    case 'message_queue_data':
      return A('on_heap');
    case 'dist_ctrl':
    case 'dist':
      return NIL;
    case 'scheduler_id':
      return 1;
    case 'cpu_topology':
      return atoms.undefined;
    default:
      return badarg();
  }
}
