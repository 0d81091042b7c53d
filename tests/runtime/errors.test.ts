// Exceptions and their stack traces, compared with OTP 26.2.5.
//
// The expected values are the exit reasons OTP 26.2.5 gave for
// `spawn_monitor(rt_errors, Case, [])` (fixtures/rt_errors.erl, compiled with
// `erlc +deterministic`): {Reason, StackTrace} for errors, {{nocatch, V}, StackTrace}
// for an uncaught throw, the bare reason for exit. Funs are written 'FUN' (they print as
// #Fun<...>, which has no literal syntax).

import { readFileSync } from 'fs';
import path from 'path';
import { parseTerm } from '../../harness/term-text';
import { exactEquals } from '../../reference-vm/terms/compare';
import { Atom, Cons, Fun, Tuple, type Term } from '../../reference-vm/terms/types';
import { writeTerm } from '../../reference-vm/printing/write';
import { VM, type EntryResult } from '../../reference-vm/vm';

const FIXTURES = path.join(__dirname, 'fixtures');

// From OTP 26.2.5.
const EXPECTED: Record<string, string> = {
  badmatch: `{{badmatch,nope},[{rt_errors,badmatch,0,[{file,"rt_errors.erl"},{line,24}]}]}`,
  case_clause: `{{case_clause,3},[{rt_errors,case_clause,0,[{file,"rt_errors.erl"},{line,28}]}]}`,
  if_clause: `{if_clause,[{rt_errors,if_clause,0,[{file,"rt_errors.erl"},{line,35}]}]}`,
  function_clause: `{function_clause,[{rt_errors,only_atoms,[1],[{file,"rt_errors.erl"},{line,40}]}]}`,
  try_clause: `{{try_clause,5},[{rt_errors,try_clause,0,[{file,"rt_errors.erl"},{line,43}]}]}`,
  badarith: `{badarith,[{erlang,'+',[1,foo],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,badarith,0,[{file,"rt_errors.erl"},{line,50}]}]}`,
  badarg_bif: `{badarg,[{erlang,element,[7,{a,b}],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,badarg_bif,0,[{file,"rt_errors.erl"},{line,54}]}]}`,
  badarg_guard_bif: `{badarg,[{erlang,atom_to_list,["notatom"],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,badarg_guard_bif,0,[{file,"rt_errors.erl"},{line,58}]}]}`,
  undef_body: `{undef,[{no_such_module,no_such_function,[1,2],[]},{rt_errors,undef_body,0,[{file,"rt_errors.erl"},{line,62}]}]}`,
  undef_tail: `{undef,[{no_such_module,no_such_function,[1],[]}]}`,
  badarity: `{{badarity,{'FUN',[1,2]}},[{rt_errors,badarity,0,[{file,"rt_errors.erl"},{line,70}]},{rt_errors,badarity,0,[{file,"rt_errors.erl"},{line,70}]}]}`,
  badarity_tail: `{{badarity,{'FUN',[1,2]}},[{rt_errors,badarity_tail,0,[{file,"rt_errors.erl"},{line,75}]}]}`,
  badfun: `{{badfun,not_a_fun},[{rt_errors,badfun,0,[{file,"rt_errors.erl"},{line,79}]},{rt_errors,badfun,0,[{file,"rt_errors.erl"},{line,79}]}]}`,
  badkey: `{{badkey,b},[{rt_errors,badkey,0,[{file,"rt_errors.erl"},{line,84}]}]}`,
  badmap: `{{badmap,not_a_map},[{rt_errors,badmap,0,[{file,"rt_errors.erl"},{line,89}]}]}`,
  badrecord: `{{badrecord,{other,1,2}},[{rt_errors,badrecord,0,[{file,"rt_errors.erl"},{line,94}]}]}`,
  error2: `{my_reason,[{rt_errors,error2,[1,two],[{file,"rt_errors.erl"},{line,98}]}]}`,
  error3: `{my_reason,[{rt_errors,error3,[1],[{file,"rt_errors.erl"},{line,101},{error_info,#{cause => why}}]}]}`,
  throw_body: `{{nocatch,ball},[{rt_errors,throw_body,0,[{file,"rt_errors.erl"},{line,104}]}]}`,
  exit_body: `gone`,
  deep: `{{badmatch,bottom},[{rt_errors,deep,1,[{file,"rt_errors.erl"},{line,113}]},{rt_errors,deep,1,[{file,"rt_errors.erl"},{line,114}]}]}`,
  deep_bif: `{badarg,[{erlang,element,[5,{}],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,deep_bif,1,[{file,"rt_errors.erl"},{line,117}]},{rt_errors,deep_bif,1,[{file,"rt_errors.erl"},{line,118}]}]}`,
  rethrow: `{{wrapped,{badmatch,nope}},[{rt_errors,badmatch,0,[{file,"rt_errors.erl"},{line,24}]},{rt_errors,rethrow,0,[{file,"rt_errors.erl"},{line,122}]}]}`,
  raise3: `{{nocatch,thrown},[{m,f,1,[{file,"m.erl"},{line,3}]}]}`,
  catch_error: `{{caught,badarith,3},[{rt_errors,catch_error,0,[{file,"rt_errors.erl"},{line,132}]}]}`,
  send_badarg: `{badarg,[{erlang,send,[no_such_name,hello],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,send_badarg,0,[{file,"rt_errors.erl"},{line,135}]}]}`,
  apply_badarg: `{badarg,[{erlang,apply,[1,foo,[]],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,apply_badarg,0,[{file,"rt_errors.erl"},{line,139}]}]}`,
  local_fc: `{function_clause,[{rt_errors,lfc,[2],[{file,"rt_errors.erl"},{line,146}]},{rt_errors,local_fc,0,[{file,"rt_errors.erl"},{line,143}]}]}`,
  fun_clause: `{function_clause,[{rt_errors,'-fun_clause/0-fun-0-',[2],[{file,"rt_errors.erl"},{line,149}]},{rt_errors,fun_clause,0,[{file,"rt_errors.erl"},{line,150}]}]}`,
  nested_try: `{{outer,1},[{rt_errors,nested_try,0,[{file,"rt_errors.erl"},{line,161}]}]}`,
  after_clause: `{badarith,[{erlang,'+',[1,a],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,after_clause,0,[{file,"rt_errors.erl"},{line,166}]}]}`,
  float_badarith: `{badarith,[{erlang,'*',[1.0e300,1.0e300],[{error_info,#{module => erl_erts_errors}}]},{rt_errors,float_badarith,0,[{file,"rt_errors.erl"},{line,173}]}]}`,
  timeout_value: `{timeout_value,[{rt_errors,timeout_value,0,[{file,"rt_errors.erl"},{line,179}]}]}`,
};

/** The exit reason OTP reports for a process that ended this way. */
function exitReason(r: EntryResult): Term {
  if (r.outcome === 'exception') {
    if (r.cls === 'exit') return r.reason;
    const reason = r.cls === 'throw' ? new Tuple([Atom.of('nocatch'), r.reason]) : r.reason;
    return new Tuple([reason, r.stacktrace]);
  }
  throw new Error(`expected an exception, got ${r.outcome}`);
}

/** Replace funs by the atom 'FUN' (see above). */
function withoutFuns(t: Term): Term {
  if (t instanceof Fun) return Atom.of('FUN');
  if (t instanceof Tuple) return new Tuple(t.elements.map(withoutFuns));
  if (t instanceof Cons) return new Cons(withoutFuns(t.head), withoutFuns(t.tail));
  return t;
}

describe('exceptions match OTP 26', () => {
  const vm = new VM();
  vm.loadModule(new Uint8Array(readFileSync(path.join(FIXTURES, 'rt_errors.beam'))), 'rt_errors.beam');

  for (const [name, text] of Object.entries(EXPECTED)) {
    test(name, () => {
      const r = vm.runEntry('rt_errors', name, [], { timeoutMs: 5000 });
      const actual = withoutFuns(exitReason(r));
      const expected = parseTerm(text);
      if (!exactEquals(actual, expected)) {
        // Show both in Erlang syntax to make a failure readable.
        expect(writeTerm(actual)).toBe(writeTerm(expected));
      }
      expect(exactEquals(actual, expected)).toBe(true);
    });
  }

  test('the class of a caught exception is kept (throw stays throw at the entry)', () => {
    const r = vm.runEntry('rt_errors', 'throw_body', []);
    expect(r.outcome).toBe('exception');
    if (r.outcome === 'exception') {
      expect(r.cls).toBe('throw');
      expect(r.reason).toBe(Atom.of('ball'));
    }
  });
});
