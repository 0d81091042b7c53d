// fun_info/1,2 and the *_to_list BIFs of funs, pids, ports and references
// (erts erl_bif_info.c fun_info_2; erlang.erl fun_info/1).

import { Atom, atoms } from '../../terms/atom';
import { Bitstring, Cons, ExportFun, Fun, NIL, Pid, Port, Reference, Tuple, type Term } from '../../terms/types';
import { funToList, pidToList, portToList, refToList } from '../../printing/display';
import { charlist } from '../../runtime/code';
import type { Process } from '../../process/process';
import { badarg } from '../exception';

const LOCAL = Atom.of('local');
const EXTERNAL = Atom.of('external');

/** fun_info/2 for one item; badarg for a non-fun or an unknown item. */
export function funInfo2(p: Process, f: Term, what: Term): Term {
  if (!(f instanceof Fun || f instanceof ExportFun)) return badarg();
  const local = f instanceof Fun;
  let v: Term;
  switch (what instanceof Atom ? what.name : '') {
    case 'type':
      v = local ? LOCAL : EXTERNAL;
      break;
    case 'pid':
      // The creating process; the reference VM does not record it, so the asker stands in.
      v = local ? (f.pid ?? p.pid) : atoms.undefined;
      break;
    case 'module':
      v = f.module;
      break;
    case 'new_index':
      v = local ? f.index : atoms.undefined;
      break;
    case 'new_uniq':
      v = local ? new Bitstring(f.moduleMd5.slice(0, 16)) : atoms.undefined;
      break;
    case 'index':
      v = local ? f.oldIndex : atoms.undefined;
      break;
    case 'uniq':
      v = local ? f.uniq : atoms.undefined;
      break;
    case 'env': {
      let l: Term = NIL;
      if (local) for (let i = f.env.length - 1; i >= 0; i--) l = new Cons(f.env[i], l);
      v = l;
      break;
    }
    case 'refc':
      v = local ? 1 : atoms.undefined;
      break;
    case 'arity':
      v = f.arity;
      break;
    case 'name':
      v = f.functionName;
      break;
    default:
      return badarg();
  }
  return new Tuple([what, v]);
}

const LOCAL_KEYS = ['pid', 'module', 'new_index', 'new_uniq', 'index', 'uniq', 'name', 'arity', 'env', 'type'].map((k) => Atom.of(k));
const EXTERNAL_KEYS = ['module', 'name', 'arity', 'env', 'type'].map((k) => Atom.of(k));

/** fun_info/1 (erlang.erl): the items in OTP's order. */
export function funInfo1(p: Process, f: Term): Term {
  if (!(f instanceof Fun || f instanceof ExportFun)) return badarg();
  const keys = f instanceof Fun ? LOCAL_KEYS : EXTERNAL_KEYS;
  let l: Term = NIL;
  for (let i = keys.length - 1; i >= 0; i--) l = new Cons(funInfo2(p, f, keys[i]), l);
  return l;
}

export function funToListBif(f: Term): Term {
  if (!(f instanceof Fun || f instanceof ExportFun)) return badarg();
  return charlist(funToList(f));
}
export function pidToListBif(t: Term): Term {
  if (!(t instanceof Pid)) return badarg();
  return charlist(pidToList(t));
}
export function portToListBif(t: Term): Term {
  if (!(t instanceof Port)) return badarg();
  return charlist(portToList(t));
}
export function refToListBif(t: Term): Term {
  if (!(t instanceof Reference)) return badarg();
  return charlist(refToList(t));
}

/** list_to_pid/1: "<0.N.S>" of this node. */
export function listToPid(t: Term): Term {
  let s = '';
  let l = t;
  for (; l instanceof Cons; l = l.tail) {
    if (typeof l.head !== 'number' || l.head < 0 || l.head > 0x10ffff) return badarg();
    s += String.fromCodePoint(l.head);
  }
  if (l !== NIL) return badarg();
  const m = /^<0\.(\d+)\.(\d+)>$/.exec(s);
  if (m === null) return badarg();
  const id = Number(m[1]);
  const serial = Number(m[2]);
  if (id >= 2 ** 28 || serial >= 2 ** 32) return badarg();
  return new Pid(id, serial);
}
