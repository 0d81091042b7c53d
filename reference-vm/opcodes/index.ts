// Opcode name -> the opcode file's `prepare` (see README.md). Bit-syntax opcodes come from
// bs-index.ts. Opcodes missing from both load but fail with a VmBug when executed.

import type { Operand } from '../loader/types';
import type { Insn } from '../runtime/insn';
import type { PrepareContext } from '../runtime/prepare';
import { bitSyntaxHandlers } from './bs-index';
import * as op_allocate from './allocate';
import * as op_allocate_heap from './allocate_heap';
import * as op_allocate_heap_zero from './allocate_heap_zero';
import * as op_allocate_zero from './allocate_zero';
import * as op_apply from './apply';
import * as op_apply_last from './apply_last';
import * as op_badmatch from './badmatch';
import * as op_badrecord from './badrecord';
import * as op_bif0 from './bif0';
import * as op_bif1 from './bif1';
import * as op_bif2 from './bif2';
import * as op_build_stacktrace from './build_stacktrace';
import * as op_call from './call';
import * as op_call_ext from './call_ext';
import * as op_call_ext_last from './call_ext_last';
import * as op_call_ext_only from './call_ext_only';
import * as op_call_fun from './call_fun';
import * as op_call_fun2 from './call_fun2';
import * as op_call_last from './call_last';
import * as op_call_only from './call_only';
import * as op_case_end from './case_end';
import * as op_catch from './catch';
import * as op_catch_end from './catch_end';
import * as op_deallocate from './deallocate';
import * as op_fadd from './fadd';
import * as op_fcheckerror from './fcheckerror';
import * as op_fclearerror from './fclearerror';
import * as op_fconv from './fconv';
import * as op_fdiv from './fdiv';
import * as op_fmove from './fmove';
import * as op_fmul from './fmul';
import * as op_fnegate from './fnegate';
import * as op_fsub from './fsub';
import * as op_func_info from './func_info';
import * as op_gc_bif1 from './gc_bif1';
import * as op_gc_bif2 from './gc_bif2';
import * as op_gc_bif3 from './gc_bif3';
import * as op_get_hd from './get_hd';
import * as op_get_list from './get_list';
import * as op_get_map_elements from './get_map_elements';
import * as op_get_tl from './get_tl';
import * as op_get_tuple_element from './get_tuple_element';
import * as op_has_map_fields from './has_map_fields';
import * as op_if_end from './if_end';
import * as op_init from './init';
import * as op_init_yregs from './init_yregs';
import * as op_is_atom from './is_atom';
import * as op_is_binary from './is_binary';
import * as op_is_bitstr from './is_bitstr';
import * as op_is_boolean from './is_boolean';
import * as op_is_eq from './is_eq';
import * as op_is_eq_exact from './is_eq_exact';
import * as op_is_float from './is_float';
import * as op_is_function from './is_function';
import * as op_is_function2 from './is_function2';
import * as op_is_ge from './is_ge';
import * as op_is_integer from './is_integer';
import * as op_is_list from './is_list';
import * as op_is_lt from './is_lt';
import * as op_is_map from './is_map';
import * as op_is_ne from './is_ne';
import * as op_is_ne_exact from './is_ne_exact';
import * as op_is_nil from './is_nil';
import * as op_is_nonempty_list from './is_nonempty_list';
import * as op_is_number from './is_number';
import * as op_is_pid from './is_pid';
import * as op_is_port from './is_port';
import * as op_is_reference from './is_reference';
import * as op_is_tagged_tuple from './is_tagged_tuple';
import * as op_is_tuple from './is_tuple';
import * as op_jump from './jump';
import * as op_loop_rec from './loop_rec';
import * as op_loop_rec_end from './loop_rec_end';
import * as op_make_fun2 from './make_fun2';
import * as op_make_fun3 from './make_fun3';
import * as op_move from './move';
import * as op_nif_start from './nif_start';
import * as op_on_load from './on_load';
import * as op_put_list from './put_list';
import * as op_put_map_assoc from './put_map_assoc';
import * as op_put_map_exact from './put_map_exact';
import * as op_put_tuple2 from './put_tuple2';
import * as op_raise from './raise';
import * as op_raw_raise from './raw_raise';
import * as op_recv_mark from './recv_mark';
import * as op_recv_marker_bind from './recv_marker_bind';
import * as op_recv_marker_clear from './recv_marker_clear';
import * as op_recv_marker_reserve from './recv_marker_reserve';
import * as op_recv_marker_use from './recv_marker_use';
import * as op_recv_set from './recv_set';
import * as op_remove_message from './remove_message';
import * as op_return from './return';
import * as op_select_tuple_arity from './select_tuple_arity';
import * as op_select_val from './select_val';
import * as op_send from './send';
import * as op_set_tuple_element from './set_tuple_element';
import * as op_swap from './swap';
import * as op_test_arity from './test_arity';
import * as op_test_heap from './test_heap';
import * as op_timeout from './timeout';
import * as op_trim from './trim';
import * as op_try from './try';
import * as op_try_case from './try_case';
import * as op_try_case_end from './try_case_end';
import * as op_try_end from './try_end';
import * as op_update_record from './update_record';
import * as op_wait from './wait';
import * as op_wait_timeout from './wait_timeout';

export type PrepareFn = (i: Insn, args: Operand[], ctx: PrepareContext) => void;

const core: Record<string, PrepareFn> = {
  allocate: op_allocate.prepare,
  allocate_heap: op_allocate_heap.prepare,
  allocate_heap_zero: op_allocate_heap_zero.prepare,
  allocate_zero: op_allocate_zero.prepare,
  apply: op_apply.prepare,
  apply_last: op_apply_last.prepare,
  badmatch: op_badmatch.prepare,
  badrecord: op_badrecord.prepare,
  bif0: op_bif0.prepare,
  bif1: op_bif1.prepare,
  bif2: op_bif2.prepare,
  build_stacktrace: op_build_stacktrace.prepare,
  call: op_call.prepare,
  call_ext: op_call_ext.prepare,
  call_ext_last: op_call_ext_last.prepare,
  call_ext_only: op_call_ext_only.prepare,
  call_fun: op_call_fun.prepare,
  call_fun2: op_call_fun2.prepare,
  call_last: op_call_last.prepare,
  call_only: op_call_only.prepare,
  case_end: op_case_end.prepare,
  catch: op_catch.prepare,
  catch_end: op_catch_end.prepare,
  deallocate: op_deallocate.prepare,
  fadd: op_fadd.prepare,
  fcheckerror: op_fcheckerror.prepare,
  fclearerror: op_fclearerror.prepare,
  fconv: op_fconv.prepare,
  fdiv: op_fdiv.prepare,
  fmove: op_fmove.prepare,
  fmul: op_fmul.prepare,
  fnegate: op_fnegate.prepare,
  fsub: op_fsub.prepare,
  func_info: op_func_info.prepare,
  gc_bif1: op_gc_bif1.prepare,
  gc_bif2: op_gc_bif2.prepare,
  gc_bif3: op_gc_bif3.prepare,
  get_hd: op_get_hd.prepare,
  get_list: op_get_list.prepare,
  get_map_elements: op_get_map_elements.prepare,
  get_tl: op_get_tl.prepare,
  get_tuple_element: op_get_tuple_element.prepare,
  has_map_fields: op_has_map_fields.prepare,
  if_end: op_if_end.prepare,
  init: op_init.prepare,
  init_yregs: op_init_yregs.prepare,
  is_atom: op_is_atom.prepare,
  is_binary: op_is_binary.prepare,
  is_bitstr: op_is_bitstr.prepare,
  is_boolean: op_is_boolean.prepare,
  is_eq: op_is_eq.prepare,
  is_eq_exact: op_is_eq_exact.prepare,
  is_float: op_is_float.prepare,
  is_function: op_is_function.prepare,
  is_function2: op_is_function2.prepare,
  is_ge: op_is_ge.prepare,
  is_integer: op_is_integer.prepare,
  is_list: op_is_list.prepare,
  is_lt: op_is_lt.prepare,
  is_map: op_is_map.prepare,
  is_ne: op_is_ne.prepare,
  is_ne_exact: op_is_ne_exact.prepare,
  is_nil: op_is_nil.prepare,
  is_nonempty_list: op_is_nonempty_list.prepare,
  is_number: op_is_number.prepare,
  is_pid: op_is_pid.prepare,
  is_port: op_is_port.prepare,
  is_reference: op_is_reference.prepare,
  is_tagged_tuple: op_is_tagged_tuple.prepare,
  is_tuple: op_is_tuple.prepare,
  jump: op_jump.prepare,
  loop_rec: op_loop_rec.prepare,
  loop_rec_end: op_loop_rec_end.prepare,
  make_fun2: op_make_fun2.prepare,
  make_fun3: op_make_fun3.prepare,
  move: op_move.prepare,
  nif_start: op_nif_start.prepare,
  on_load: op_on_load.prepare,
  put_list: op_put_list.prepare,
  put_map_assoc: op_put_map_assoc.prepare,
  put_map_exact: op_put_map_exact.prepare,
  put_tuple2: op_put_tuple2.prepare,
  raise: op_raise.prepare,
  raw_raise: op_raw_raise.prepare,
  recv_mark: op_recv_mark.prepare,
  recv_marker_bind: op_recv_marker_bind.prepare,
  recv_marker_clear: op_recv_marker_clear.prepare,
  recv_marker_reserve: op_recv_marker_reserve.prepare,
  recv_marker_use: op_recv_marker_use.prepare,
  recv_set: op_recv_set.prepare,
  remove_message: op_remove_message.prepare,
  return: op_return.prepare,
  select_tuple_arity: op_select_tuple_arity.prepare,
  select_val: op_select_val.prepare,
  send: op_send.prepare,
  set_tuple_element: op_set_tuple_element.prepare,
  swap: op_swap.prepare,
  test_arity: op_test_arity.prepare,
  test_heap: op_test_heap.prepare,
  timeout: op_timeout.prepare,
  trim: op_trim.prepare,
  try: op_try.prepare,
  try_case: op_try_case.prepare,
  try_case_end: op_try_case_end.prepare,
  try_end: op_try_end.prepare,
  update_record: op_update_record.prepare,
  wait: op_wait.prepare,
  wait_timeout: op_wait_timeout.prepare,
};

export const opcodeHandlers: Record<string, PrepareFn | undefined> = { ...core, ...bitSyntaxHandlers };
