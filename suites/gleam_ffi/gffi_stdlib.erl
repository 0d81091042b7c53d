%% Conformance cases for the Gleam stdlib's Erlang FFI module gleam_stdlib
%% (gleam-lang/stdlib v1.0.3): every exported function with ordinary, Unicode,
%% empty and wrong inputs. Each case applies one function to a list of argument
%% lists and returns the results, with exceptions caught as {Class, Reason}.
-module(gffi_stdlib).
-export([id/1, module_info_ffi/0, map_get/0, iodata_append/0, identity/0, parse_int/0, parse_float/0,
         less_than/0, string_pop_grapheme/0, string_pop_codeunit/0,
         string_starts_with/0, string_ends_with/0, wrap_list/0, string_pad/0,
         uri_parse/0, uri_parse_errors/0, uri_parse_lists/0, parse_query_lists/0, bit_array_slice/0, percent_encode/0,
         percent_decode/0, base64_decode/0, base64_encode/0, parse_query/0,
         bit_array_concat/0, tuple_get/0, classify_dynamic/0, print/0,
         println/0, print_error/0, println_error/0, inspect_basic/0,
         inspect_strings/0, inspect_lists/0, inspect_records/0,
         inspect_bits/0, float_to_string/0, int_from_base_string/0,
         utf_codepoint_list_to_string/0, contains_string/0, crop_string/0,
         base16_encode/0, base16_decode/0, string_replace/0, slice/0,
         bit_array_to_int_and_size/0, bit_array_pad_to_bytes/0, index/0,
         list_decode/0, dict/0, int/0, float/0, bit_array/0, is_null/0,
         string_remove_prefix/0, string_remove_suffix/0]).

c(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.

run(Fun, ArgLists) ->
    [c(fun() -> apply(gleam_stdlib, Fun, Args) end) || Args <- ArgLists].

map_get() ->
    run(map_get, [[#{a => 1}, a], [#{a => 1}, b], [#{}, a], [#{1 => x}, 1.0],
                  [#{<<"ü"/utf8>> => v}, <<"ü"/utf8>>], [not_a_map, a]]).

iodata_append() ->
    run(iodata_append, [[<<"a">>, <<"b">>], [[], <<>>], [["x", <<"y">>], "z"]]).

identity() ->
    run(identity, [[1], [<<"ü"/utf8>>], [[]], [{a, b}]]).

parse_int() ->
    run(parse_int, [[<<"123">>], [<<"-42">>], [<<"+7">>], [<<"0">>], [<<"">>],
                    [<<"1.0">>], [<<" 1">>], [<<"1_000">>],
                    [<<"123456789012345678901234567890">>], [<<"١٢"/utf8>>],
                    [<<"+">>], [not_binary], ["123"]]).

parse_float() ->
    run(parse_float, [[<<"1.5">>], [<<"-0.0">>], [<<"1.0e10">>], [<<"1e10">>],
                      [<<"1">>], [<<".5">>], [<<"1.">>], [<<"1,5">>], [<<"">>],
                      [<<"1.0e400">>], [<<"1.0e-400">>], [<<"+2.25E-2">>],
                      [<<"½"/utf8>>], [1.5], ["1.5"]]).

less_than() ->
    run(less_than, [[1, 2], [2, 1], [1, 1.0], [1.0, 1], [a, 1], [<<>>, []],
                    [{1}, {1, 2}]]).

string_pop_grapheme() ->
    run(string_pop_grapheme, [[<<"abc">>], [<<"">>], [<<"é"/utf8, "x">>],
                              [<<"e", 16#301/utf8, "x">>], [<<"\r\n", "y">>],
                              [<<"🇸🇪x"/utf8>>], [<<255, "a">>], [<<"a", 255>>]]).

string_pop_codeunit() ->
    run(string_pop_codeunit, [[<<"abc">>], [<<"">>], [<<"é"/utf8>>],
                              [<<1:4>>], [<<1, 2:4>>], [not_binary]]).

string_starts_with() ->
    run(string_starts_with, [[<<"hello">>, <<"he">>], [<<"hello">>, <<"lo">>],
                             [<<"hello">>, <<"">>], [<<"">>, <<"">>],
                             [<<"he">>, <<"hello">>], [<<"ünï"/utf8>>, <<"ü"/utf8>>],
                             [not_binary, <<"">>], [not_binary, <<"a">>],
                             [<<"abc">>, not_binary], [<<1,2,3:4>>, <<1>>]]).

string_ends_with() ->
    run(string_ends_with, [[<<"hello">>, <<"lo">>], [<<"hello">>, <<"he">>],
                           [<<"hello">>, <<"">>], [<<"lo">>, <<"hello">>],
                           [<<"naïve"/utf8>>, <<"ïve"/utf8>>], [not_binary, <<"">>],
                           [<<"abc">>, not_binary]]).

wrap_list() ->
    run(wrap_list, [[[1, 2]], [[]], [1], [<<"a">>], [[a | b]]]).

string_pad() ->
    run(string_pad, [[<<"ab">>, 5, leading, <<" ">>], [<<"ab">>, 5, trailing, <<"-">>],
                     [<<"ab">>, 6, both, <<"*">>], [<<"abcdef">>, 3, leading, <<" ">>],
                     [<<"ü"/utf8>>, 3, trailing, <<".">>], [<<"ab">>, 5, leading, <<"xy">>],
                     [<<"">>, 2, leading, <<"0">>], [<<"ab">>, 5, leading, not_binary]]).

uri_parse() ->
    run(uri_parse, [[<<"https://user:pw@Example.com:8080/a/b?q=1&r=2#frag">>],
                    [<<"HTTP://example.com">>], [<<"mailto:joe@example.com">>],
                    [<<"/relative/path?x#y">>], [<<"">>], [<<"//host">>],
                    [<<"//host:">>], [<<"http://[::1]:80/">>], [<<"http://127.0.0.1/">>],
                    [<<"http://999.1.1.1/">>], [<<"file:///etc/hosts">>], [<<"?only=query">>],
                    [<<"#only-fragment">>], [<<"a/b/c">>], [<<"http://h/p%20q">>],
                    [<<"urn:isbn:0451450523">>], [<<"http://user@/x">>],
                    [<<"http://[fe80::1%25eth0]/">>], [<<"http://h/ä"/utf8>>]]).

uri_parse_errors() ->
    run(uri_parse, [[<<"http://h/a b">>], [<<":nope">>], [<<"http://[::1/">>],
                    [<<"http://h:80a/">>], [<<"1http://x">>], [<<"a b">>],
                    [<<"http://h/", 255>>], [not_binary]]).

uri_parse_lists() ->
    run(uri_parse, [["HTTPS://u@Host:80/p/ä?q=1#f"], [""], ["x y"], [[<<"ht">>, "tp://h"]],
                    [[16#D800]], [[foo]]]).

parse_query_lists() ->
    run(parse_query, [["a=1&b"], [""], ["k=%C3%BC&x=ü"], ["k=%G0"], [[<<"a=">>, "b"]],
                      [[16#D800]], [[foo]]]).

bit_array_slice() ->
    run(bit_array_slice, [[<<"hello">>, 1, 3], [<<"hello">>, 0, 0], [<<"hello">>, 5, 0],
                          [<<"hello">>, 3, 5], [<<"hello">>, 4, -2], [<<"hello">>, -1, 1],
                          [<<>>, 0, 0], [not_binary, 0, 1]]).

percent_encode() ->
    run(percent_encode, [[<<"abc-_.~!$'()*+">>], [<<"a b&c=d/e">>], [<<"ü"/utf8>>],
                         [<<"">>], [<<0, 255>>], [<<1:4>>], [not_binary]]).

percent_decode() ->
    run(percent_decode, [[<<"a%20b">>], [<<"%C3%BC">>], [<<"%c3%bc">>], [<<"%zz">>],
                         [<<"%4">>], [<<"100%">>], [<<"%FF">>], [<<"">>], [<<"+">>],
                         [not_binary]]).

base64_decode() ->
    run(base64_decode, [[<<"aGVsbG8=">>], [<<"aGVsbG8">>], [<<"aGVs bG8=\n">>], [<<"">>],
                        [<<"QQ==">>], [<<"QR==">>], [<<"Q===">>], [<<"====">>],
                        [<<"aGVsbG8=x">>], [<<"aGVs!G8=">>], [<<"_-8=">>], [<<"YQ== ">>],
                        [<<1:4>>], [not_binary], ["aGVsbG8="]]).

base64_encode() ->
    run(base64_encode, [[<<"hello">>, true], [<<"hello">>, false], [<<"">>, true],
                        [<<"a">>, true], [<<"ab">>, false], [<<255, 254, 253>>, true],
                        [<<1:4>>, true], [<<"ü"/utf8>>, true], [<<"x">>, perhaps],
                        [not_binary, true]]).

parse_query() ->
    run(parse_query, [[<<"a=1&b=2">>], [<<"">>], [<<"a">>], [<<"a=">>], [<<"a&b=2">>],
                      [<<"a+b=c+d">>], [<<"k=%C3%BC">>], [<<"k=%zz">>], [<<"a=1&&b">>],
                      [<<"x=ü"/utf8>>], [<<"k=&#65;&#66;">>], [<<"k=1&#1;x">>],
                      [<<"=v">>], [<<"a=b=c">>], [<<"k=", 255>>], [not_binary]]).

bit_array_concat() ->
    run(bit_array_concat, [[[<<"a">>, <<"bc">>]], [[]], [[<<1:4>>, <<15:4>>]],
                           [[<<1:1>>, <<"a">>]], [[[<<"x">>], <<"y">>]], [[1, 2]],
                           [[not_binary]], [not_list]]).

tuple_get() ->
    run(tuple_get, [[{a, b, c}, 0], [{a, b, c}, 2], [{a, b, c}, 3], [{a, b, c}, -1],
                    [{}, 0], [{a}, 0.0], [{a}, x], [not_tuple, 0], [not_tuple, x]]).

classify_dynamic() ->
    run(classify_dynamic, [[nil], [null], [undefined], [true], [false], [atom],
                           [<<"s">>], [<<1:3>>], [1], [1.5], [[]], [[1]], [#{}],
                           [{}], [make_ref()], [self()], [fun() -> ok end],
                           [fun lists:map/2]]).

print() ->
    run(print, [[<<"hello ">>], [<<"ünï"/utf8>>], [["io", <<"list">>]], [<<"">>]]).

println() ->
    run(println, [[<<"line">>], [<<"ü"/utf8>>], [<<"">>], [["a", [<<"b">>]]]]).

print_error() ->
    run(print_error, [[<<"to stderr">>], [<<"">>]]).

println_error() ->
    run(println_error, [[<<"to stderr">>], [<<"">>]]).

inspect_basic() ->
    run(inspect, [[true], [false], [nil], [ok], [hello_world], ['Capital'],
                  ['with space'], ['a__b'], ['trailing_'], ['_lead'], ['1a'], [a1],
                  [a_1], [''], ['ü'], [42], [-7], [123456789012345678901234567890],
                  [1.0], [0.1], [-0.0], [1.0e20], [1.5e-7], [3.14159]]).

inspect_strings() ->
    run(inspect, [[<<"hello">>], [<<"">>], [<<"quote\" back\\">>],
                  [<<"tab\tnl\ncr\rff\f">>], [<<"bell", 7, "del", 127>>],
                  [<<"ünïcödé ✓"/utf8>>], [<<16#9F/utf8>>], [<<255, 0>>],
                  [<<"a", 200>>]]).

inspect_lists() ->
    run(inspect, [[[]], [[1, 2, 3]], ["abc"], [[$a, 31]], [[1 | 2]], [[a, b | c]],
                  [[<<"x">>, [1]]], [#{}], [#{a => 1, <<"k">> => [2]}],
                  [{}], [{1, 2}], [{1, {2, 3}}]]).

inspect_records() ->
    run(inspect, [[{ok, 1}], [{error, <<"e">>}], [{some_thing, 1, 2}],
                  [{'Bad Name', 1}], [{true, 1}], [{nil, 2}], [{none}],
                  [fun() -> ok end], [fun(_, _) -> ok end], [fun lists:map/2]]).

inspect_bits() ->
    run(inspect, [[<<1:1>>], [<<1, 2:3>>], [<<"ab", 5:4>>], [<<>>]]).

float_to_string() ->
    run(float_to_string, [[1.0], [0.1], [-2.5], [1.0e20], [1.0e-10], [123456789.0],
                          [0.0], [-0.0], [1], [not_float]]).

int_from_base_string() ->
    run(int_from_base_string, [[<<"ff">>, 16], [<<"FF">>, 16], [<<"-101">>, 2],
                               [<<"z">>, 36], [<<"2">>, 2], [<<"">>, 10], [<<"10">>, 1],
                               [<<"10">>, 37], [<<"10">>, x], [not_binary, 10]]).

utf_codepoint_list_to_string() ->
    run(utf_codepoint_list_to_string, [[[104, 105]], [[]], [[252, 8364, 128512]],
                                       [[16#D800]], [[-1]], [[<<"ab">>, 99]],
                                       [not_list]]).

contains_string() ->
    run(contains_string, [[<<"hello world">>, <<"o w">>], [<<"hello">>, <<"z">>],
                          [<<"hello">>, <<"">>], [<<"">>, <<"">>],
                          [<<"ünï"/utf8>>, <<"nï"/utf8>>], [<<"abc">>, not_string]]).

crop_string() ->
    run(crop_string, [[<<"hello world">>, <<"o">>], [<<"hello">>, <<"z">>],
                      [<<"hello">>, <<"">>], [<<"a→b→c"/utf8>>, <<"→"/utf8>>]]).

base16_encode() ->
    run(base16_encode, [[<<"hello">>], [<<>>], [<<0, 255, 16>>], [<<1:4>>],
                        [<<255, 1:1>>], [not_binary]]).

base16_decode() ->
    run(base16_decode, [[<<"68656C6C6F">>], [<<"68656c6c6f">>], [<<"">>], [<<"F">>],
                        [<<"GG">>], [not_binary]]).

string_replace() ->
    run(string_replace, [[<<"a-b-c">>, <<"-">>, <<"+">>], [<<"aaa">>, <<"a">>, <<"bb">>],
                         [<<"abc">>, <<"x">>, <<"y">>], [<<"ü-ü"/utf8>>, <<"ü"/utf8>>, <<"u">>],
                         [<<"">>, <<"a">>, <<"b">>]]).

slice() ->
    run(slice, [[<<"hello">>, 1, 3], [<<"hello">>, 0, 100], [<<"hello">>, 10, 2],
                [<<"héllo"/utf8>>, 1, 2], [<<"e", 16#301/utf8, "x">>, 0, 1],
                [<<"hello">>, -1, 2], [<<"hello">>, 1, -1], [["ab", "cd"], 1, 2]]).

bit_array_to_int_and_size() ->
    run(bit_array_to_int_and_size, [[<<>>], [<<1>>], [<<1, 0>>], [<<5:3>>],
                                    [<<255, 255, 255, 255, 255, 255, 255, 255, 255>>],
                                    [not_binary]]).

bit_array_pad_to_bytes() ->
    run(bit_array_pad_to_bytes, [[<<"ab">>], [<<>>], [<<1:1>>], [<<1, 7:3>>],
                                 [not_binary]]).

index() ->
    run(index, [[[a, b, c], 0], [[a, b, c], 2], [[a, b, c], 3], [[a, b, c, d, e, f, g, h, i], 7],
                [[a, b, c, d, e, f, g, h, i], 8], [[a | b], 0], [[], 0], [[a], x],
                [{a, b}, 1], [{a, b}, 2], [{a, b}, -1], [{a, b}, x],
                [#{k => v}, k], [#{k => v}, z], [#{1 => one}, 1],
                [<<"bin">>, 0], [42, key], [[a], 0.0]]).

list_decode() ->
    Ok = fun(X) -> {X * 2, []} end,
    Bad = fun(X) when X > 2 -> {0, [{bad, X}]}; (X) -> {X, []} end,
    NotPair = fun(X) -> X end,
    Push = fun(Pair, Index) -> {pushed, Pair, Index} end,
    run(list, [[[1, 2, 3], Ok, Push, 0, []],
               [{1, 2}, Ok, Push, 0, []],
               [[], Ok, Push, 0, []],
               [[1, 2, 3, 4], Bad, Push, 0, []],
               [[1, 5], Bad, Push, 10, []],
               [[1, 2 | 3], Ok, Push, 0, []],
               [[1 | {2, 3}], Ok, Push, 0, []],
               [[1], NotPair, Push, 0, []],
               [[1, 2], Ok, Push, 0, [acc]],
               [[5], Bad, Push, x, []],
               [[1], Ok, Push, x, []],
               [not_a_list, Ok, Push, 0, []]]).

dict() ->
    run(dict, [[#{}], [#{a => 1}], [[]], [nil]]).

int() ->
    run(int, [[1], [-1], [1 bsl 70], [1.0], [<<"1">>]]).

float() ->
    run(float, [[1.0], [-0.0], [1], [<<"1.0">>]]).

bit_array() ->
    run(bit_array, [[<<>>], [<<"ab">>], [<<1:3>>], ["ab"], [1]]).

is_null() ->
    run(is_null, [[nil], [null], [undefined], [false], [[]], [<<>>], [0]]).

string_remove_prefix() ->
    run(string_remove_prefix, [[<<"hello">>, <<"he">>], [<<"hello">>, <<"lo">>],
                               [<<"hello">>, <<"">>], [<<"he">>, <<"hello">>],
                               [<<"über"/utf8>>, <<"ü"/utf8>>], [<<1, 2, 3:4>>, <<1>>],
                               [not_binary, <<"a">>], [<<"abc">>, not_binary]]).

string_remove_suffix() ->
    run(string_remove_suffix, [[<<"hello">>, <<"lo">>], [<<"hello">>, <<"he">>],
                               [<<"hello">>, <<"">>], [<<"lo">>, <<"hello">>],
                               [<<"naïve"/utf8>>, <<"ve">>], [<<1, 2, 3:4>>, <<1>>],
                               [not_binary, <<"a">>], [<<"abc">>, not_binary]]).

%% module_info/0,1 of the FFI module itself, through a variable module name.
module_info_ffi() ->
    M = ?MODULE:id(gleam_stdlib),
    {M:module_info(module), [K || {K, _} <- M:module_info()],
     lists:member({identity, 1}, M:module_info(exports)),
     lists:member({module_info, 1}, M:module_info(exports)),
     byte_size(M:module_info(md5)),
     try M:module_info(no_such_item) catch C:R -> {C, R} end}.

id(X) -> X.
