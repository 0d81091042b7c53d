// Stack traces of natives standing in for OTP library code (lists.erl, maps.erl,
// string.erl) and of erlang.erl functions, compared with OTP 26.2.5.
//
// The expected values are the exit reasons OTP 26.2.5 gave for
// `spawn_monitor(eb_frames, Case, [])` (fixtures/eb_frames.erl, compiled with
// `erlc +deterministic`): {Reason, StackTrace}. Funs are written 'FUN' (they print as
// #Fun<...>, which has no literal syntax).

import { readFileSync } from 'fs';
import path from 'path';
import { parseTerm } from '../../harness/term-text';
import { exactEquals } from '../../reference-vm/terms/compare';
import { Atom, Cons, Fun, Tuple, type Term } from '../../reference-vm/terms/types';
import { writeTerm } from '../../reference-vm/printing/write';
import { VM, type EntryResult } from '../../reference-vm/vm';

const FIXTURES = path.join(__dirname, 'fixtures');

// Recorded from OTP 26.2.5.
const EXPECTED: Record<string, string> = {
  map_fun_raises_0: `{badarith,[{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,bomb,1,[{file,"eb_frames.erl"},{line,26}]},{lists,map,2,[{file,"lists.erl"},{line,1559}]}]}`,
  map_fun_raises_1: `{badarith,[{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,bomb,1,[{file,"eb_frames.erl"},{line,26}]},{lists,map_1,2,[{file,"lists.erl"},{line,1564}]},{lists,map,2,[{file,"lists.erl"},{line,1559}]}]}`,
  map_fun_raises_3: `{badarith,[{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,bomb,1,[{file,"eb_frames.erl"},{line,26}]},{lists,map_1,2,[{file,"lists.erl"},{line,1564}]},{lists,map_1,2,[{file,"lists.erl"},{line,1564}]},{lists,map,2,[{file,"lists.erl"},{line,1559}]}]}`,
  map_improper_1: `{function_clause,[{lists,map_1,['FUN',tail],[{file,"lists.erl"},{line,1563}]},{lists,map,2,[{file,"lists.erl"},{line,1559}]}]}`,
  map_improper_3: `{function_clause,[{lists,map_1,['FUN',tail],[{file,"lists.erl"},{line,1563}]},{lists,map_1,2,[{file,"lists.erl"},{line,1564}]},{lists,map,2,[{file,"lists.erl"},{line,1559}]}]}`,
  map_not_list: `{{case_clause,atom},[{lists,map,2,[{file,"lists.erl"},{line,1558}]}]}`,
  map_bad_fun: `{function_clause,[{lists,map,['FUN',[1]],[{file,"lists.erl"},{line,1557}]}]}`,
  foldl_fun_raises: `{badarith,[{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,bomb,1,[{file,"eb_frames.erl"},{line,26}]},{eb_frames,'-foldl_fun_raises/0-fun-0-',2,[{file,"eb_frames.erl"},{line,36}]},{lists,foldl_1,3,[{file,"lists.erl"},{line,1599}]}]}`,
  foldl_improper: `{function_clause,[{lists,foldl_1,['FUN',3,z],[{file,"lists.erl"},{line,1598}]}]}`,
  zip_mismatch_body: `{function_clause,[{lists,zip,[[3,4],[],fail],[{file,"lists.erl"},{line,440}]},{lists,zip,3,[{file,"lists.erl"},{line,441}]},{eb_frames,zip_mismatch_body,0,[{file,"eb_frames.erl"},{line,38}]}]}`,
  zip3_mismatch: `{function_clause,[{lists,zip3,[[2],[b],[],fail],[{file,"lists.erl"},{line,500}]},{lists,zip3,4,[{file,"lists.erl"},{line,501}]}]}`,
  zipwith_raises: `{badarith,[{erlang,'div',[3,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,'-zipwith_raises/0-fun-0-',2,[{file,"eb_frames.erl"},{line,40}]},{lists,zipwith,4,[{file,"lists.erl"},{line,569}]},{lists,zipwith,4,[{file,"lists.erl"},{line,569}]}]}`,
  filter_bad_filter: `{{bad_filter,maybe},[{lists,'-filter/2-lc$^0/1-0-',2,[{file,"lists.erl"},{line,1627}]},{lists,'-filter/2-lc$^0/1-0-',2,[{file,"lists.erl"},{line,1627}]}]}`,
  filter_raises_after_kept: `{badarith,[{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,bomb,1,[{file,"eb_frames.erl"},{line,26}]},{eb_frames,'-filter_raises_after_kept/0-fun-0-',1,[{file,"eb_frames.erl"},{line,42}]},{lists,'-filter/2-lc$^0/1-0-',2,[{file,"lists.erl"},{line,1627}]},{lists,'-filter/2-lc$^0/1-0-',2,[{file,"lists.erl"},{line,1627}]}]}`,
  filter_bad_generator: `{{bad_generator,z},[{lists,'-filter/2-lc$^0/1-0-',2,[{file,"lists.erl"},{line,1627}]},{lists,'-filter/2-lc$^0/1-0-',2,[{file,"lists.erl"},{line,1627}]}]}`,
  filtermap_raises: `{badarith,[{erlang,'div',[10,0],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,bomb,1,[{file,"eb_frames.erl"},{line,26}]},{eb_frames,'-filtermap_raises/0-fun-0-',1,[{file,"eb_frames.erl"},{line,44}]},{lists,filtermap_1,2,[{file,"lists.erl"},{line,1661}]},{lists,filtermap_1,2,[{file,"lists.erl"},{line,1663}]}]}`,
  nth_short: `{function_clause,[{lists,nth_1,[3,[]],[{file,"lists.erl"},{line,202}]}]}`,
  nth_zero: `{function_clause,[{lists,nth,[0,[a,b]],[{file,"lists.erl"},{line,198}]}]}`,
  seq_bad: `{function_clause,[{lists,seq,[1,a],[{file,"lists.erl"},{line,280}]}]}`,
  sum_bad: `{badarith,[{erlang,'+',[3,x],[{error_info,#{module => erl_erts_errors}}]},{lists,sum,2,[{file,"lists.erl"},{line,328}]}]}`,
  sum_improper: `{function_clause,[{lists,sum,[z,3],[{file,"lists.erl"},{line,328}]}]}`,
  keysort_bad: `{badarg,[{erlang,element,[2,{1}],[{error_info,#{module => erl_erts_errors}}]},{lists,keysort,2,[{file,"lists.erl"},{line,952}]}]}`,
  max_empty: `{function_clause,[{lists,max,[[]],[{file,"lists.erl"},{line,365}]}]}`,
  min_improper: `{function_clause,[{lists,min,[z,1],[{file,"lists.erl"},{line,354}]}]}`,
  duplicate_bad: `{function_clause,[{lists,duplicate,[x,1],[{file,"lists.erl"},{line,340}]}]}`,
  update_with_missing: `{{badkey,k},[{maps,update_with,[k,'FUN',#{a => 1}],[{file,"maps.erl"},{line,283}]}]}`,
  pad_bad: `{function_clause,[{string,pad,["ab",4,centre,32],[{file,"string.erl"},{line,258}]}]}`,
  b2i_tail: `{badarg,[{erlang,binary_to_integer,[<<"1x">>],[{error_info,#{module => erl_erts_errors}}]}]}`,
  b2i_body: `{badarg,[{erlang,binary_to_integer,[<<"1x">>],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,b2i_body,0,[{file,"eb_frames.erl"},{line,57}]}]}`,
  l2i_base: `{badarg,[{erlang,list_to_integer,["12",40],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,l2i_base,0,[{file,"eb_frames.erl"},{line,58}]}]}`,
  b2a_body: `{badarg,[{erlang,binary_to_atom,[<<"ÿ">>],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,b2a_body,0,[{file,"eb_frames.erl"},{line,59}]}]}`,
  b2f_tail: `{badarg,[{erlang,binary_to_float,[<<"1">>],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,b2f_tail,0,[{file,"eb_frames.erl"},{line,60}]}]}`,
  raise_bad_class: `{{returned,badarg},[{eb_frames,raise_bad_class,0,[{file,"eb_frames.erl"},{line,61}]}]}`,
  depth_3: `{bottom,[{eb_frames,deep,1,[{file,"eb_frames.erl"},{line,65}]},{eb_frames,depth_3,0,[{file,"eb_frames.erl"},{line,64}]}]}`,
  make_fun_undef: `{undef,[{lists,no_such_fun,[1],[]}]}`,
  fun_info_bad: `{badarg,[{erlang,fun_info,['FUN',bad_item],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,fun_info_bad,0,[{file,"eb_frames.erl"},{line,68}]}]}`,
  nif_error: `{not_loaded,[{erlang,nif_error,[not_loaded],[{error_info,#{module => erl_erts_errors}}]},{eb_frames,nif_error,0,[{file,"eb_frames.erl"},{line,69}]}]}`,
};

function exitReason(r: EntryResult): Term {
  if (r.outcome === 'exception' && r.cls === 'error') return new Tuple([r.reason, r.stacktrace]);
  throw new Error(`expected an error, got ${r.outcome}`);
}

function withoutFuns(t: Term): Term {
  if (t instanceof Fun) return Atom.of('FUN');
  if (t instanceof Tuple) return new Tuple(t.elements.map(withoutFuns));
  if (t instanceof Cons) return new Cons(withoutFuns(t.head), withoutFuns(t.tail));
  return t;
}

describe('native and erlang.erl frames match OTP 26', () => {
  const vm = new VM();
  vm.loadModule(new Uint8Array(readFileSync(path.join(FIXTURES, 'eb_frames.beam'))), 'eb_frames.beam');

  for (const [name, text] of Object.entries(EXPECTED)) {
    test(name, () => {
      const actual = withoutFuns(exitReason(vm.runEntry('eb_frames', name, [], { timeoutMs: 5000 })));
      const expected = parseTerm(text);
      if (!exactEquals(actual, expected)) expect(writeTerm(actual)).toBe(writeTerm(expected));
      expect(exactEquals(actual, expected)).toBe(true);
    });
  }
});
