// Bit-syntax opcode handlers (bs_*): owned by the bit-syntax work. Add one line per opcode
// file, e.g. `bs_create_bin: bs_create_bin.prepare,` (see README.md).
// Obsolete OTP 26 opcodes (bs_start_match2, bs_save2, ...) are refused by the loader and have
// no handler here. is_binary/is_bitstr live with the other type tests.

import type { PrepareFn } from './index';
import * as bs_add from './bs_add';
import * as bs_append from './bs_append';
import * as bs_create_bin from './bs_create_bin';
import * as bs_get_binary2 from './bs_get_binary2';
import * as bs_get_float2 from './bs_get_float2';
import * as bs_get_integer2 from './bs_get_integer2';
import * as bs_get_position from './bs_get_position';
import * as bs_get_tail from './bs_get_tail';
import * as bs_get_utf16 from './bs_get_utf16';
import * as bs_get_utf32 from './bs_get_utf32';
import * as bs_get_utf8 from './bs_get_utf8';
import * as bs_init2 from './bs_init2';
import * as bs_init_bits from './bs_init_bits';
import * as bs_init_writable from './bs_init_writable';
import * as bs_match from './bs_match';
import * as bs_match_string from './bs_match_string';
import * as bs_private_append from './bs_private_append';
import * as bs_put_binary from './bs_put_binary';
import * as bs_put_float from './bs_put_float';
import * as bs_put_integer from './bs_put_integer';
import * as bs_put_string from './bs_put_string';
import * as bs_put_utf16 from './bs_put_utf16';
import * as bs_put_utf32 from './bs_put_utf32';
import * as bs_put_utf8 from './bs_put_utf8';
import * as bs_set_position from './bs_set_position';
import * as bs_skip_bits2 from './bs_skip_bits2';
import * as bs_skip_utf16 from './bs_skip_utf16';
import * as bs_skip_utf32 from './bs_skip_utf32';
import * as bs_skip_utf8 from './bs_skip_utf8';
import * as bs_start_match3 from './bs_start_match3';
import * as bs_start_match4 from './bs_start_match4';
import * as bs_test_tail2 from './bs_test_tail2';
import * as bs_test_unit from './bs_test_unit';
import * as bs_utf16_size from './bs_utf16_size';
import * as bs_utf8_size from './bs_utf8_size';

export const bitSyntaxHandlers: Record<string, PrepareFn> = {
  bs_add: bs_add.prepare,
  bs_append: bs_append.prepare,
  bs_create_bin: bs_create_bin.prepare,
  bs_get_binary2: bs_get_binary2.prepare,
  bs_get_float2: bs_get_float2.prepare,
  bs_get_integer2: bs_get_integer2.prepare,
  bs_get_position: bs_get_position.prepare,
  bs_get_tail: bs_get_tail.prepare,
  bs_get_utf16: bs_get_utf16.prepare,
  bs_get_utf32: bs_get_utf32.prepare,
  bs_get_utf8: bs_get_utf8.prepare,
  bs_init2: bs_init2.prepare,
  bs_init_bits: bs_init_bits.prepare,
  bs_init_writable: bs_init_writable.prepare,
  bs_match: bs_match.prepare,
  bs_match_string: bs_match_string.prepare,
  bs_private_append: bs_private_append.prepare,
  bs_put_binary: bs_put_binary.prepare,
  bs_put_float: bs_put_float.prepare,
  bs_put_integer: bs_put_integer.prepare,
  bs_put_string: bs_put_string.prepare,
  bs_put_utf16: bs_put_utf16.prepare,
  bs_put_utf32: bs_put_utf32.prepare,
  bs_put_utf8: bs_put_utf8.prepare,
  bs_set_position: bs_set_position.prepare,
  bs_skip_bits2: bs_skip_bits2.prepare,
  bs_skip_utf16: bs_skip_utf16.prepare,
  bs_skip_utf32: bs_skip_utf32.prepare,
  bs_skip_utf8: bs_skip_utf8.prepare,
  bs_start_match3: bs_start_match3.prepare,
  bs_start_match4: bs_start_match4.prepare,
  bs_test_tail2: bs_test_tail2.prepare,
  bs_test_unit: bs_test_unit.prepare,
  bs_utf16_size: bs_utf16_size.prepare,
  bs_utf8_size: bs_utf8_size.prepare,
};
