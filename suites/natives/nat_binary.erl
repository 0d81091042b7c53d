%% Native binary-module functions no other suite calls: conversions,
%% copy, unsigned encodings, hex, part/last, common suffix, match/matches
%% with options and compiled patterns, replace/3, referenced_byte_size.
-module(nat_binary).
-export([id/1, bin_to_list/0, list_to_bin/0, copy1/0, unsigned/0,
         encode_hex2/0, last_part/0, longest_common_suffix/0, match3/0,
         matches3/0, compile_pattern/0, replace3/0, referenced_byte_size/0,
         part_escapes/0, decode_unsigned_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

bin_to_list() ->
    B = ?MODULE:id(<<"héllo"/utf8>>),
    [t(fun() -> binary:bin_to_list(B) end),
     t(fun() -> binary:bin_to_list(B, 1, 3) end),
     t(fun() -> binary:bin_to_list(B, {2, 2}) end),
     t(fun() -> binary:bin_to_list(B, {6, -3}) end),
     t(fun() -> binary:bin_to_list(B, {0, 0}) end),
     t(fun() -> binary:bin_to_list(<<>>) end),
     t(fun() -> binary:bin_to_list(B, 4, 10) end),
     t(fun() -> binary:bin_to_list(B, {-1, 1}) end),
     t(fun() -> binary:bin_to_list(?MODULE:id(<<1:3>>)) end),
     t(fun() -> binary:bin_to_list(?MODULE:id("list")) end)].

list_to_bin() ->
    [t(fun() -> binary:list_to_bin(?MODULE:id([1, 2, [3, <<4, 5>>], "ab"])) end),
     t(fun() -> binary:list_to_bin(?MODULE:id([])) end),
     t(fun() -> binary:list_to_bin(?MODULE:id([<<>>, [[]]])) end),
     t(fun() -> binary:list_to_bin(?MODULE:id([<<1>> | <<2>>])) end),
     t(fun() -> binary:list_to_bin(?MODULE:id([256])) end),
     t(fun() -> binary:list_to_bin(?MODULE:id([-1])) end),
     t(fun() -> binary:list_to_bin(?MODULE:id("é€")) end),
     t(fun() -> binary:list_to_bin(?MODULE:id(<<"bin">>)) end)].

copy1() ->
    [t(fun() -> binary:copy(?MODULE:id(<<"ab">>)) end),
     t(fun() -> binary:copy(?MODULE:id(<<"ab">>), 3) end),
     t(fun() -> binary:copy(?MODULE:id(<<"ab">>), 0) end),
     t(fun() -> binary:copy(?MODULE:id(<<>>), 5) end),
     t(fun() -> byte_size(binary:copy(?MODULE:id(<<"xyz">>), 100000)) end),
     t(fun() -> binary:copy(?MODULE:id(<<"ab">>), -1) end),
     t(fun() -> binary:copy(?MODULE:id(<<1:4>>)) end),
     t(fun() -> binary:copy(?MODULE:id(ab)) end)].

unsigned() ->
    E = fun(N, En) -> t(fun() -> binary:encode_unsigned(N, En) end) end,
    D = fun(B, En) -> t(fun() -> binary:decode_unsigned(B, En) end) end,
    [E(?MODULE:id(0), big), E(256, big), E(256, little), E(1 bsl 70 + 5, big),
     E(1 bsl 70 + 5, little), E(255, little), E(-1, big), E(1.0, big), E(5, middle),
     D(?MODULE:id(<<1, 0>>), big), D(<<1, 0>>, little), D(<<>>, big), D(<<0, 0, 0>>, little),
     D(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>, little), D(<<1:4>>, big), D(<<1>>, middle),
     D(notbin, big)].

encode_hex2() ->
    [t(fun() -> binary:encode_hex(?MODULE:id(<<1, 171, 255>>), uppercase) end),
     t(fun() -> binary:encode_hex(?MODULE:id(<<1, 171, 255>>), lowercase) end),
     t(fun() -> binary:encode_hex(?MODULE:id(<<>>), lowercase) end),
     t(fun() -> binary:encode_hex(?MODULE:id(<<"é"/utf8>>), lowercase) end),
     t(fun() -> binary:encode_hex(?MODULE:id(<<1>>), mixed) end),
     t(fun() -> binary:encode_hex(?MODULE:id(<<1:1>>), lowercase) end),
     t(fun() -> binary:encode_hex(?MODULE:id("ab"), lowercase) end)].

last_part() ->
    B = ?MODULE:id(<<"abcdef">>),
    [t(fun() -> binary:last(B) end),
     t(fun() -> binary:last(<<"é"/utf8>>) end),
     t(fun() -> binary:last(?MODULE:id(<<>>)) end),
     t(fun() -> binary:last(?MODULE:id(<<1:9>>)) end),
     t(fun() -> binary:part(B, {1, 3}) end),
     t(fun() -> binary:part(B, {6, -2}) end),
     t(fun() -> binary:part(B, {6, 0}) end),
     t(fun() -> binary:part(B, {0, 7}) end),
     t(fun() -> binary:part(B, {7, 0}) end),
     t(fun() -> binary:part(B, {1, -2}) end),
     t(fun() -> binary:part(B, [1, 2]) end),
     t(fun() -> binary_part(B, {2, 2}) end),
     t(fun() -> binary_part(B, {3, -3}) end),
     t(fun() -> binary_part(B, {3, 4}) end)].

longest_common_suffix() ->
    [t(fun() -> binary:longest_common_suffix(?MODULE:id([<<"testing">>, <<"sing">>, <<"ring">>])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([<<"abc">>, <<"xyz">>])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([<<"same">>, <<"same">>])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([<<"only">>])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([<<>>, <<"a">>])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([<<"é"/utf8>>, <<"è"/utf8>>])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([])) end),
     t(fun() -> binary:longest_common_suffix(?MODULE:id([<<"a">>, "a"])) end)].

match3() ->
    B = ?MODULE:id(<<"abcabcabc">>),
    [t(fun() -> binary:match(B, <<"bc">>, []) end),
     t(fun() -> binary:match(B, [<<"ca">>, <<"bca">>], []) end),
     t(fun() -> binary:match(B, <<"bc">>, [{scope, {3, 6}}]) end),
     t(fun() -> binary:match(B, <<"bc">>, [{scope, {9, -4}}]) end),
     t(fun() -> binary:match(B, <<"zz">>, []) end),
     t(fun() -> binary:match(<<>>, <<"a">>, []) end),
     t(fun() -> binary:match(B, <<"bc">>, [{scope, {0, 20}}]) end),
     t(fun() -> binary:match(B, <<>>, []) end),
     t(fun() -> binary:match(B, <<"bc">>, [bogus]) end),
     t(fun() -> binary:match(B, [], []) end)].

matches3() ->
    B = ?MODULE:id(<<"aaaa-abab">>),
    [t(fun() -> binary:matches(B, <<"aa">>, []) end),
     t(fun() -> binary:matches(B, [<<"a">>, <<"ab">>], []) end),
     t(fun() -> binary:matches(B, <<"ab">>, [{scope, {5, 4}}]) end),
     t(fun() -> binary:matches(B, <<"x">>, []) end),
     t(fun() -> binary:matches(<<"ééé"/utf8>>, <<"é"/utf8>>, []) end),
     t(fun() -> binary:matches(B, <<"a">>, [{scope, {10, 0}}]) end),
     t(fun() -> binary:matches(B, ?MODULE:id(a), []) end)].

compile_pattern() ->
    P1 = binary:compile_pattern(?MODULE:id(<<"ab">>)),
    P2 = binary:compile_pattern(?MODULE:id([<<"ab">>, <<"c">>])),
    B = <<"xabcab">>,
    [binary:match(B, P1), binary:matches(B, P1), binary:matches(B, P2),
     binary:match(B, P2, [{scope, {2, 4}}]), binary:split(B, P2, [global]),
     binary:replace(B, P1, <<"-">>, [global]),
     t(fun() -> binary:compile_pattern(?MODULE:id(<<>>)) end),
     t(fun() -> binary:compile_pattern(?MODULE:id([])) end),
     t(fun() -> binary:compile_pattern(?MODULE:id("ab")) end),
     t(fun() -> binary:compile_pattern(?MODULE:id([<<"a">>, <<>>])) end)].

replace3() ->
    B = ?MODULE:id(<<"a-b-c">>),
    [t(fun() -> binary:replace(B, <<"-">>, <<"+">>) end),
     t(fun() -> binary:replace(B, [<<"a">>, <<"c">>], <<"[]">>) end),
     t(fun() -> binary:replace(B, <<"x">>, <<"y">>) end),
     t(fun() -> binary:replace(<<>>, <<"x">>, <<"y">>) end),
     t(fun() -> binary:replace(B, <<"-">>, <<"ü"/utf8>>) end),
     t(fun() -> binary:replace(B, <<>>, <<"y">>) end),
     t(fun() -> binary:replace(B, <<"-">>, "str") end),
     t(fun() -> binary:replace(?MODULE:id(str), <<"-">>, <<>>) end)].

referenced_byte_size() ->
    [t(fun() -> binary:referenced_byte_size(?MODULE:id(<<"small">>)) end),
     t(fun() -> binary:referenced_byte_size(?MODULE:id(<<>>)) end),
     t(fun() -> binary:referenced_byte_size(binary:copy(?MODULE:id(<<"ab">>), 3)) end),
     t(fun() -> binary:referenced_byte_size(?MODULE:id(<<1:3>>)) end),
     t(fun() -> binary:referenced_byte_size(?MODULE:id(notbin)) end)].

part_escapes() -> binary:part(?MODULE:id(<<"abc">>), {2, 5}).

decode_unsigned_escapes() -> binary:decode_unsigned(?MODULE:id(<<1>>), sideways).
