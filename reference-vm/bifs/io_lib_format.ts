// io_lib_format: the formatting engine behind io_lib:format/2,3, exported by
// OTP 26 as fwrite/2,3, fwrite_g/1, indentation/2, scan/2, unscan/1 and
// build/1,2. Native over reference-vm/printing/format.ts.
//
// A scanned format is a list of characters and format_spec maps
// (#{control_char, args, width, adjust, precision, pad_char, encoding,
// strings, maps_order}), as io_lib:scan_format/2 documents.
//
// Called directly, OTP's io_lib_format crashes with whatever its clauses
// raise (function_clause, badarg from a BIF, ...); here every failure is
// error:badarg (io_lib's wrappers turn them all into badarg anyway).

import { Atom, atoms } from '../terms/atom';
import { ErlMap } from '../terms/map';
import { Cons, Float, NIL, Tuple, type Term } from '../terms/types';
import { listFromArray, listToArray } from '../terms/construct';
import { charsToTerm, DeepOut, type Chars } from '../printing/deep-chars';
import {
  buildFormat,
  FormatError,
  mapsOrderOf,
  scanFormat,
  type Adjust,
  type FormatItem,
  type FormatOptions,
  type Spec,
} from '../printing/format';
import { floatToShortString } from '../printing/float';
import { badarg } from './exception';
import { isFunctionOfArity } from './support/args';
import { charsLimitOption, charsOfTerm, formatElems, indentationOf } from './io_lib';
import type { NativeRegistry } from './registry';

const A = (name: string): Atom => Atom.of(name);

function orNone(n: number | null): Term {
  return n === null ? A('none') : n;
}

/** A format_spec as the map OTP's scan/2 returns. */
function specToMap(s: Spec): ErlMap {
  return ErlMap.fromEntries([
    [A('control_char'), s.control],
    [A('args'), listFromArray(s.args)],
    [A('width'), orNone(s.width)],
    [A('adjust'), A(s.adjust)],
    [A('precision'), orNone(s.precision)],
    [A('pad_char'), s.pad],
    [A('encoding'), A(s.encoding)],
    [A('strings'), s.strings ? atoms.true : atoms.false],
    [A('maps_order'), s.mapsOrderTerm],
  ]);
}

function fieldOf(m: ErlMap, key: string): Term {
  const v = m.get(A(key));
  if (v === undefined) throw new FormatError(`format_spec without ${key}`);
  return v;
}

function noneOrInt(t: Term): number | null {
  if (t instanceof Atom && t.name === 'none') return null;
  if (typeof t === 'number') return t;
  throw new FormatError('bad width or precision');
}

/** A format_spec map given to build/1,2 (maps_order may be missing). */
function specFromMap(m: ErlMap): Spec {
  const control = fieldOf(m, 'control_char');
  const args = listToArray(fieldOf(m, 'args'));
  const adjust = fieldOf(m, 'adjust');
  const encoding = fieldOf(m, 'encoding');
  const strings = fieldOf(m, 'strings');
  if (typeof control !== 'number' || args === null) throw new FormatError('bad format_spec');
  if (!(adjust instanceof Atom) || (adjust.name !== 'left' && adjust.name !== 'right')) throw new FormatError('bad adjust');
  const mapsOrderTerm = m.get(A('maps_order')) ?? atoms.undefined;
  return {
    control,
    args,
    width: noneOrInt(fieldOf(m, 'width')),
    adjust: adjust.name as Adjust,
    precision: noneOrInt(fieldOf(m, 'precision')),
    pad: fieldOf(m, 'pad_char'),
    encoding: encoding instanceof Atom && encoding.name === 'unicode' ? 'unicode' : 'latin1',
    strings: strings !== atoms.false,
    mapsOrder: mapsOrderOf(mapsOrderTerm, {}),
    mapsOrderTerm,
  };
}

/** The items of a scanned format list given to build/1,2. */
function itemsOf(t: Term): FormatItem[] {
  const items: FormatItem[] = [];
  while (t instanceof Cons) {
    const h = t.head;
    if (typeof h === 'number') items.push(h);
    else if (h instanceof ErlMap) items.push(specFromMap(h));
    else {
      const nested = charsOfTerm(h);
      if (nested === null) throw new FormatError('bad format list element');
      items.push(nested);
    }
    t = t.tail;
  }
  if (t !== NIL) throw new FormatError('format list is not a list');
  return items;
}

function itemToTerm(it: FormatItem): Term {
  if (typeof it === 'number') return it;
  if (Array.isArray(it)) return charsToTerm(it);
  return specToMap(it as Spec);
}

/** Runs a formatting step, turning FormatError into error:badarg. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) badarg();
    throw e;
  }
}

function scan(fmt: Term, args: Term): FormatItem[] {
  const elems = formatElems(fmt);
  const list = listToArray(args);
  if (elems === null || list === null) badarg();
  return guarded(() => scanFormat(elems, list));
}

function build(items: FormatItem[], opts: FormatOptions): Term {
  return guarded(() => {
    const out = new DeepOut();
    buildFormat(items, out, opts);
    return charsToTerm(out.result());
  });
}

function optionsOf(t: Term): FormatOptions {
  const cl = charsLimitOption(t);
  if (cl === null) badarg();
  return { charsLimit: cl };
}

/** print/1 of unscan/1: the control sequence text of a spec. */
function specText(s: Spec): Chars {
  let text = '~';
  if (s.width !== null) text += String(s.adjust === 'left' ? -s.width : s.width);
  const padIsSpace = s.pad === 0x20;
  if (s.precision !== null) text += '.' + String(s.precision);
  else if (!padIsSpace) text += '.';
  const parts: Chars = [text];
  if (!padIsSpace) {
    // [$., Pad]: the pad character stays whatever term it is.
    if (typeof s.pad !== 'number') throw new FormatError('pad is not a character');
    parts.push('.' + String.fromCodePoint(s.pad));
  }
  let mods = s.encoding === 'unicode' ? 't' : '';
  if (!s.strings) mods += 'l';
  const o = s.mapsOrderTerm;
  if (o instanceof Atom && o.name === 'ordered') mods += 'k';
  else if (!(o instanceof Atom && o.name === 'undefined')) mods += 'K';
  parts.push(mods + String.fromCodePoint(s.control));
  return parts;
}

/** unscan/1: {Format, Args}; a reversed or fun maps_order goes back in front of the spec's args. */
function unscan(t: Term): Term {
  return guarded(() => {
    const items = itemsOf(t);
    const fmt: Chars = [];
    const args: Term[] = [];
    for (const it of items) {
      if (typeof it === 'number') fmt.push(String.fromCodePoint(it));
      else if (Array.isArray(it)) throw new FormatError('unscan: a nested list in the format list');
      else {
        const s = it as Spec;
        fmt.push(...specText(s));
        const o = s.mapsOrderTerm;
        if ((o instanceof Atom && o.name === 'reversed') || isFunctionOfArity(o, 2)) args.push(o);
        args.push(...s.args);
      }
    }
    return new Tuple([charsToTerm(fmt), listFromArray(args)]);
  });
}

function fwriteG(f: Term): Term {
  if (!(f instanceof Float)) badarg();
  return charsToTerm([floatToShortString(f.value)]);
}

export function register(reg: NativeRegistry): void {
  reg.plain('io_lib_format', 'fwrite', 2, ([f, a]) => build(scan(f, a), {}));
  reg.plain('io_lib_format', 'fwrite', 3, ([f, a, o]) => build(scan(f, a), optionsOf(o)));
  reg.plain('io_lib_format', 'build', 1, ([l]) => build(guarded(() => itemsOf(l)), {}));
  reg.plain('io_lib_format', 'build', 2, ([l, o]) => build(guarded(() => itemsOf(l)), optionsOf(o)));
  reg.plain('io_lib_format', 'scan', 2, ([f, a]) => listFromArray(scan(f, a).map(itemToTerm)));
  reg.plain('io_lib_format', 'unscan', 1, ([l]) => unscan(l));
  reg.plain('io_lib_format', 'fwrite_g', 1, ([f]) => fwriteG(f));
  reg.plain('io_lib_format', 'indentation', 2, ([s, i]) => indentationOf(s, i));
}
