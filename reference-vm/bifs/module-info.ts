// module_info/0,1 of the modules the reference VM provides only as natives (lists, io_lib,
// zlib, …). erlc adds these two functions to every module it compiles; a native module has
// no .beam, so they are answered from the registry: its exports are the natives registered
// for it (plus module_info/0,1 themselves), it has no attributes and no compile options.
// Its md5 cannot be OTP's (that is the checksum of OTP's .beam): it is the MD5 of the
// export list, so it has OTP's shape (16 bytes) and changes when the natives change.

import { createHash } from 'node:crypto';
import { atoms } from '../terms/atom';
import { Atom, Bitstring, NIL, Tuple, type Term } from '../terms/types';
import { listFromArray } from '../terms/construct';
import { compareTerms } from '../terms/compare';
import { badarg } from './exception';
import { NativeRegistry } from './registry';

function exportsOf(reg: NativeRegistry, module: string): Term {
  const items: Tuple[] = reg
    .all()
    .filter((e) => e.module === module)
    .map((e) => new Tuple([Atom.of(e.function), e.arity]));
  items.sort(compareTerms);
  return listFromArray(items);
}

function md5Of(reg: NativeRegistry, module: string): Bitstring {
  const names = reg
    .all()
    .filter((e) => e.module === module)
    .map((e) => NativeRegistry.key(e.module, e.function, e.arity))
    .sort();
  return new Bitstring(new Uint8Array(createHash('md5').update(names.join('\n')).digest()));
}

function item(reg: NativeRegistry, module: string, what: Term): Term {
  if (what === Atom.of('module')) return Atom.of(module);
  if (what === Atom.of('exports') || what === Atom.of('functions')) return exportsOf(reg, module);
  if (what === Atom.of('attributes') || what === Atom.of('compile') || what === Atom.of('nifs')) return NIL;
  if (what === Atom.of('md5')) return md5Of(reg, module);
  if (what === Atom.of('native')) return atoms.false;
  return badarg();
}

/** Give every native-only module in `modules` its module_info/0,1 (unless it has its own). */
export function registerModuleInfo(reg: NativeRegistry, modules: readonly string[]): void {
  for (const module of modules) {
    if (reg.lookup(module, 'module_info', 0) !== undefined) continue;
    reg.plain(module, 'module_info', 0, () =>
      listFromArray(['module', 'exports', 'attributes', 'compile', 'md5'].map((k) => new Tuple([Atom.of(k), item(reg, module, Atom.of(k))]))),
    );
    reg.plain(module, 'module_info', 1, ([what]) => item(reg, module, what));
  }
}
