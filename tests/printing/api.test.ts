// The printing modules' public entry points on terms the OTP-case table cannot
// express as text (pids, ports, references, local funs) and on API details.
// Expected strings come from OTP 26.2.5 (list_to_pid/1, list_to_port/1,
// list_to_ref/1, erlang:make_fun/3 and a compiled module's funs, printed with ~p/~w).

import { codePointsOf } from '../../reference-vm/printing/chars';
import { displayBytes, displayTerm, funToList } from '../../reference-vm/printing/display';
import { FormatError, formatToChars, formatToString } from '../../reference-vm/printing/format';
import { formatTerm, prettyTerm } from '../../reference-vm/printing/pretty';
import { writeTerm } from '../../reference-vm/printing/write';
import { Atom } from '../../reference-vm/terms/atom';
import { Cons, ExportFun, Float, Fun, NIL, Pid, Port, Reference, Tuple, type Term } from '../../reference-vm/terms/types';

const a = (s: string): Atom => Atom.of(s);
const fmt = (f: string, args: Term[]): string => formatToString(codePointsOf(f), args);

function localFun(module: string, oldIndex: number, uniq: number): Fun {
  return new Fun(a(module), oldIndex, 0, [], a('-f/0-fun-0-'), uniq, new Uint8Array(16), oldIndex);
}

describe('identifiers', () => {
  const pid = new Pid(12, 0);
  const pid2 = new Pid(1234, 5);
  const port = new Port(3);
  const ref = new Reference([3, 2, 1]);
  const bigRef = new Reference([3, 2, 4294967295]);

  test('~p and ~w', () => {
    expect(fmt('~p|~w|~p|~w|~p', [pid, port, ref, pid2, bigRef])).toBe(
      '<0.12.0>|#Port<0.3>|#Ref<0.1.2.3>|<0.1234.5>|#Ref<0.4294967295.2.3>',
    );
  });

  test('erlang:display', () => {
    expect(displayTerm(new Tuple([pid, port, ref]))).toBe('{<0.12.0>,#Port<0.3>,#Ref<0.1.2.3>}');
  });
});

describe('funs', () => {
  test('local funs print module, old index and old uniq', () => {
    expect(fmt('~p ~w', [localFun('m', 0, 56303795), localFun('m', 1, 56303795)])).toBe(
      '#Fun<m.0.56303795> #Fun<m.1.56303795>',
    );
    expect(displayTerm(localFun('m', 1, 56303795))).toBe('#Fun<m.1.56303795>');
  });

  test('external funs quote atoms the emulator way', () => {
    expect(fmt('~p|~w', [new ExportFun(a('lists'), a('map'), 2), new ExportFun(a('Mod x'), a('if'), 0)])).toBe(
      "fun lists:map/2|fun 'Mod x':if/0",
    );
    expect(funToList(new ExportFun(a('\u00e9'), a('f'), 1))).toBe('fun \u00c3\u00a9:f/1');
  });
});

describe('formatToChars', () => {
  test('returns code points, including those above U+FFFF', () => {
    expect(formatToChars(codePointsOf('~ts!'), [new Cons(0x1f600, new Cons(0x61, NIL))])).toEqual([0x1f600, 0x61, 0x21]);
  });

  test('raises FormatError where OTP raises badarg', () => {
    expect(() => formatToChars(codePointsOf('~p ~p'), [a('x')])).toThrow(FormatError);
    expect(() => formatToChars(codePointsOf('~p'), [a('x'), a('y')])).toThrow(FormatError);
    expect(() => formatToChars(codePointsOf('~f'), [1])).toThrow(FormatError);
    expect(() => formatToChars(codePointsOf('~s'), [new Float(1.0)])).toThrow(FormatError);
    expect(() => formatToChars(codePointsOf('~-5p'), [a('x')])).toThrow(FormatError);
  });
});

describe('writeTerm / prettyTerm options', () => {
  // OTP 26.2.5: io_lib:write/1,2 and io_lib_pretty:print/2 of {a,[1,2,3],'\x{65E5}'}.
  const t = new Tuple([a('a'), new Cons(1, new Cons(2, new Cons(3, NIL))), a('\u65e5')]);

  test('depth and encoding', () => {
    expect(writeTerm(t)).toBe("{a,[1,2,3],'\\x{65E5}'}");
    expect(writeTerm(t, { encoding: 'unicode' })).toBe("{a,[1,2,3],'\u65e5'}");
    expect(writeTerm(t, { depth: 3 })).toBe('{a,[...],...}');
    expect(writeTerm(t, { depth: 0 })).toBe('...');
  });

  test('line length', () => {
    expect(prettyTerm(t, { lineLength: 10, encoding: 'unicode' })).toBe("{a,[1,2,\n    3],\n   '\u65e5'}");
    expect(formatTerm(t)).toBe("{a,[1,2,3],'\u65e5'}");
    expect(prettyTerm(t, { lineLength: 0, encoding: 'unicode' })).toBe("{a,[1,2,3],'\u65e5'}");
  });
});

describe('erlang:display bytes', () => {
  // OTP 26.2.5: erlang:display({list_to_atom([233]), [233]}) with stdout redirected to a file.
  test('atoms go out as UTF-8, list characters as single bytes, then CR LF', () => {
    expect(Array.from(displayBytes(new Tuple([a('\u00e9'), new Cons(0xe9, NIL)])))).toEqual([
      0x7b, 0xc3, 0xa9, 0x2c, 0x22, 0xe9, 0x22, 0x7d, 0x0d, 0x0a,
    ]);
  });
});
