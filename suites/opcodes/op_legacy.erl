%% Instructions that the OTP 26 compiler only emits when asked to target an
%% older release (-compile(r22)), and that the OTP 26 loader still accepts:
%% make_fun2; binary construction with bs_init_bits, bs_add, bs_put_integer,
%% bs_put_binary, bs_put_float, bs_put_string, bs_put_utf8/16/32,
%% bs_utf8_size, bs_utf16_size and bs_append; and binary matching with
%% bs_start_match3, bs_get_integer2, bs_get_binary2, bs_get_float2,
%% bs_skip_bits2, bs_test_tail2, bs_test_unit and bs_match_string.
-module(op_legacy).
-compile([r22]).
-export([adders/1, apply_adders/2, closure_env/2,
         put_all/1, put_utf/1, append_byte/2, append_bits/2, put_float/1,
         put_var_size/2, prefix/2, put_bad/1, build_loop/1,
         get_ints/1, get_signed/1, get_float/1, get_binary/1, skip_some/1,
         match_string/1, tail_exact/1, unit_check/1, utf_roundtrip/1,
         split_at/2]).

%% make_fun2 (no make_fun3 for this target).
adders(L) -> [fun(X) -> X + N end || N <- L].

apply_adders(L, V) -> [F(V) || F <- adders(L)].

closure_env(A, B) ->
    F = fun(C) -> {A, B, C} end,
    G = fun() -> F(A + B) end,
    G().

put_all(X) -> <<X:32, "abc", X:16/little, X:8/signed>>.

put_utf(Cp) -> <<Cp/utf8, Cp/utf16, Cp/utf16-little, Cp/utf32, "|">>.

append_byte(B, X) -> <<B/binary, X:8>>.

append_bits(B, X) -> <<B/bitstring, X:3>>.

put_float(F) -> <<F:64/float, F:32/float-little>>.

put_var_size(X, N) -> <<X:N, X:N/unit:8>>.

prefix(X, B) -> <<X:8, B/binary, B:2/binary>>.

put_bad(X) -> try <<X:8>> catch error:E -> {error, E} end.

build_loop(N) -> build_loop(N, <<>>).
build_loop(0, Acc) -> Acc;
build_loop(N, Acc) -> build_loop(N - 1, <<Acc/binary, N:8>>).

get_ints(<<A:8, B:16, C:32/little, Rest/binary>>) -> {A, B, C, Rest};
get_ints(_) -> short.

get_signed(<<A:4/signed, B:12/signed-little, _/bits>>) -> {A, B}.

get_float(<<F:32/float, G:64/float-little>>) -> {F, G};
get_float(_) -> not_float.

get_binary(<<Len:8, Data:Len/binary, Rest/binary>>) -> {Data, Rest};
get_binary(_) -> bad.

%% The matched values are not used: bs_skip_bits2.
skip_some(<<_:8, _:4, X:4, _/binary>>) -> X;
skip_some(_) -> none.

match_string(<<"GET ", Path/binary>>) -> {get, Path};
match_string(<<"PUT ", Path/binary>>) -> {put, Path};
match_string(_) -> unknown.

%% bs_test_tail2: nothing may follow.
tail_exact(<<_:16>>) -> two_bytes;
tail_exact(<<_:8>>) -> one_byte;
tail_exact(_) -> other.

%% bs_test_unit: the rest must be a whole number of bytes.
unit_check(<<_:3, R/binary>>) -> {aligned_rest, byte_size(R)};
unit_check(<<_:3, R/bits>>) -> {bits_rest, bit_size(R)};
unit_check(_) -> short.

utf_roundtrip(Cp) ->
    B = <<Cp/utf8, Cp/utf16, Cp/utf32>>,
    <<A/utf8, C/utf16, D/utf32>> = B,
    {byte_size(B), A, C, D}.

split_at(N, B) ->
    <<H:N/binary, T/binary>> = B,
    {H, T}.
