// module_info/0,1 of native-only modules, answered from the native registry.

import { NativeRegistry } from '../../reference-vm/bifs/registry';
import { registerAllNatives } from '../../reference-vm/bifs/index';
import { ErlangException } from '../../reference-vm/bifs/exception';
import { Atom } from '../../reference-vm/terms/atom';
import { listToArray } from '../../reference-vm/terms/construct';
import { Bitstring, NIL, Tuple, type Term } from '../../reference-vm/terms/types';
import type { NativeContext, PlainNative } from '../../reference-vm/bifs/types';

const reg = new NativeRegistry();
registerAllNatives(reg);

function call(module: string, arity: number, args: Term[]): Term {
  const e = reg.lookup(module, 'module_info', arity);
  if (e === undefined || e.kind !== 'plain') throw new Error(`no ${module}:module_info/${arity}`);
  return (e.impl as PlainNative)(args, {} as NativeContext);
}

const names = (t: Term): string[] =>
  listToArray(t)!.map((x) => {
    const [f, a] = (x as Tuple).elements;
    return `${(f as Atom).name}/${String(a)}`;
  });

describe('module_info of native modules', () => {
  it('lists the registered natives plus module_info/0,1, sorted', () => {
    const exports = names(call('io_lib_format', 1, [Atom.of('exports')]));
    expect(exports).toEqual([...exports].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(exports).toContain('fwrite_g/1');
    expect(exports).toContain('module_info/0');
    expect(exports).toContain('module_info/1');
    expect(names(call('lists', 1, [Atom.of('exports')]))).toContain('seq/2');
  });

  it('answers module, attributes and compile, and module_info/0 holds them all', () => {
    expect(call('zlib', 1, [Atom.of('module')])).toBe(Atom.of('zlib'));
    expect(call('zlib', 1, [Atom.of('attributes')])).toBe(NIL);
    const all = listToArray(call('zlib', 0, []))!.map((t) => ((t as Tuple).elements[0] as Atom).name);
    // OTP's order; md5 is 16 bytes as OTP's is (a checksum of the export list, not of a .beam).
    expect(all).toEqual(['module', 'exports', 'attributes', 'compile', 'md5']);
    const md5 = call('zlib', 1, [Atom.of('md5')]) as Bitstring;
    expect(md5.byteSize).toBe(16);
    expect(call('lists', 1, [Atom.of('md5')])).not.toEqual(md5);
  });

  it('raises badarg for an unknown item', () => {
    expect(() => call('base64', 1, [Atom.of('bogus')])).toThrow(ErlangException);
  });
});
