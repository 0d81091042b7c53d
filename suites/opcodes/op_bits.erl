%% Binary instructions of the OTP 26 compiler: bs_create_bin for
%% construction, bs_start_match4/bs_match for matching, bs_get_tail,
%% bs_get_position/bs_set_position for backtracking, and the UTF
%% instructions (bs_get_utf8/16/32 and their bs_skip_* forms), which
%% bs_match does not cover.
-module(op_bits).
-export([build/3, utf8_decode/1, build_utf/1, parse_header/1, utf16_decode/2, utf32_decode/1,
         utf8_count/1, skip_utf_each/1, tail_after/2, backtrack/1, bad_utf/0,
         float_seg/1, bits_rest/1, size_from_field/1, build_bad_size/1]).

build(A, B, C) -> <<A:8, B:16/little, C/binary, 1:1, 0:7>>.

build_utf(Cp) -> {<<Cp/utf8>>, <<Cp/utf16>>, <<Cp/utf16-little>>, <<Cp/utf32>>}.

%% bs_match with integer, binary and skip commands.
parse_header(<<Version:4, Flags:4, Len:16, Body:Len/binary, _Pad:8, Rest/binary>>) ->
    {Version, Flags, Body, Rest};
parse_header(_) -> bad_header.

utf16_decode(big, <<C/utf16, Rest/binary>>) -> [C | utf16_decode(big, Rest)];
utf16_decode(little, <<C/utf16-little, Rest/binary>>) -> [C | utf16_decode(little, Rest)];
utf16_decode(_, <<>>) -> [];
utf16_decode(_, Bad) -> {bad, Bad}.

utf8_decode(<<C/utf8, Rest/binary>>) -> [C | utf8_decode(Rest)];
utf8_decode(<<>>) -> [];
utf8_decode(Bad) -> {bad, Bad}.

utf32_decode(<<C/utf32, Rest/binary>>) -> [C | utf32_decode(Rest)];
utf32_decode(<<>>) -> [];
utf32_decode(Bad) -> {bad, Bad}.

utf8_count(B) -> utf8_count(B, 0).
utf8_count(<<_/utf8, Rest/binary>>, N) -> utf8_count(Rest, N + 1);
utf8_count(<<>>, N) -> N;
utf8_count(_, N) -> {invalid_after, N}.

%% The decoded code points are not used: bs_skip_utf8/16/32.
skip_utf_each(<<_/utf8, _/utf16, _/utf32, Rest/binary>>) -> {skipped, Rest};
skip_utf_each(_) -> no_match.

tail_after(N, B) ->
    case B of
        <<_:N/binary, Tail/binary>> -> Tail;
        _ -> too_short
    end.

%% Clauses that share a prefix make the matcher save and restore positions.
backtrack(<<1, X:8, "end">>) -> {one, X};
backtrack(<<1, X:16>>) -> {one16, X};
backtrack(<<2, Rest/bits>>) -> {two, bit_size(Rest)};
backtrack(<<_, _/binary>>) -> other;
backtrack(<<>>) -> empty.

bad_utf() ->
    [try <<C/utf8>> catch error:E -> {error, E} end || C <- [16#D800, 16#110000, -1]].

float_seg(<<F:64/float, G:32/float>>) -> {F, G};
float_seg(_) -> not_floats.

bits_rest(<<A:3, B:5, R/bitstring>>) -> {A, B, R}.

size_from_field(<<N:8, Data:N/unit:8-binary, Rest/binary>>) -> {Data, Rest};
size_from_field(_) -> short.

build_bad_size(N) ->
    try <<1:N>> catch error:E -> {error, E} end.
