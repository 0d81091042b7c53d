%% Pure erlang BIFs no other suite calls: operators called as functions,
%% type tests, conversions, checksums, hashing, split_binary, term_to_iovec,
%% fun_info, is_record, function_exported/is_builtin, system_info keys.
-module(nat_erlang).
-export([id/1, operators/0, bool_ops/0, type_tests/0, is_record/0,
         atom_binary/0, list_conversions/0, float_to_list1/0,
         binary_to_list3/0, checksums/0, phash/0, split_binary/0,
         size_tl/0, term_to_iovec/0, fun_info/0, exported/0, append/0,
         pid_port_ref_lists/0, system_info/0, nif_error/0,
         divide_escapes/0, tl_escapes/0, binary_to_atom_escapes/0]).

-record(rec, {a, b}).
-compile(nowarn_deprecated_function).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

operators() ->
    [t(fun() -> erlang:'/'(?MODULE:id(7), 2) end),
     t(fun() -> erlang:'/'(?MODULE:id(-1), 3.0) end),
     t(fun() -> erlang:'/'(?MODULE:id(1 bsl 80), 1 bsl 40) end),
     t(fun() -> erlang:'/'(?MODULE:id(1), 0) end),
     t(fun() -> erlang:'/'(?MODULE:id(1.0), 0.0) end),
     t(fun() -> erlang:'/'(?MODULE:id(a), 1) end),
     t(fun() -> erlang:'+'(?MODULE:id(5)) end),
     t(fun() -> erlang:'+'(?MODULE:id(-2.5)) end),
     t(fun() -> erlang:'+'(?MODULE:id(1 bsl 90)) end),
     t(fun() -> erlang:'+'(?MODULE:id("1")) end),
     t(fun() -> erlang:'=<'(?MODULE:id(1), 1.0) end),
     t(fun() -> erlang:'=<'(?MODULE:id(a), 1) end),
     t(fun() -> erlang:'=<'(?MODULE:id({1, 2}), [1]) end),
     t(fun() -> erlang:'>'(?MODULE:id(2), 1.5) end),
     t(fun() -> erlang:'>'(?MODULE:id(<<1>>), "z") end),
     t(fun() -> erlang:'>'(?MODULE:id(1 bsl 64), 1.0e19) end),
     t(fun() -> erlang:'>'(?MODULE:id(#{a => 1}), {x}) end)].

bool_ops() ->
    Vals = ?MODULE:id([true, false, maybe]),
    [[t(fun() -> erlang:'and'(A, B) end) || A <- Vals, B <- Vals],
     [t(fun() -> erlang:'or'(A, B) end) || A <- Vals, B <- Vals],
     [t(fun() -> erlang:'xor'(A, B) end) || A <- Vals, B <- Vals]].

type_tests() ->
    Vals = ?MODULE:id([true, false, 0, 1.0, a, "s", <<"b">>, {}, #{}, #{a => 1},
                       fun id/1, fun lists:map/2, [], {rec, 1, 2}]),
    [[erlang:is_boolean(V) || V <- Vals],
     [erlang:is_function(V) || V <- Vals],
     [erlang:is_map(V) || V <- Vals],
     [erlang:is_port(V) || V <- Vals],
     [erlang:is_tuple(V) || V <- Vals]].

is_record() ->
    R = ?MODULE:id(#rec{a = 1, b = 2}),
    Rec = ?MODULE:id(rec),
    [erlang:is_record(R, Rec), erlang:is_record(R, ?MODULE:id(other)),
     erlang:is_record(R, Rec, ?MODULE:id(3)), erlang:is_record(R, Rec, ?MODULE:id(2)),
     erlang:is_record(?MODULE:id({rec}), Rec), erlang:is_record(?MODULE:id({}), Rec),
     erlang:is_record(?MODULE:id([rec]), Rec),
     t(fun() -> erlang:is_record(R, ?MODULE:id("rec")) end),
     t(fun() -> erlang:is_record(R, rec, ?MODULE:id(-1)) end),
     t(fun() -> erlang:is_record(R, ?MODULE:id(1), 3) end)].

atom_binary() ->
    [t(fun() -> atom_to_binary(?MODULE:id('héllo'), latin1) end),
     t(fun() -> atom_to_binary(?MODULE:id('héllo'), utf8) end),
     t(fun() -> atom_to_binary(?MODULE:id('日本'), unicode) end),
     t(fun() -> atom_to_binary(?MODULE:id('日本'), latin1) end),
     t(fun() -> atom_to_binary(?MODULE:id(''), utf8) end),
     t(fun() -> atom_to_binary(?MODULE:id("str"), utf8) end),
     t(fun() -> binary_to_atom(?MODULE:id(<<"abc">>), utf8) end),
     t(fun() -> binary_to_atom(?MODULE:id(<<233>>), latin1) end),
     t(fun() -> binary_to_atom(?MODULE:id(<<"é"/utf8>>), utf8) end),
     t(fun() -> binary_to_atom(?MODULE:id(<<255>>), utf8) end),
     t(fun() -> binary_to_atom(?MODULE:id(binary:copy(<<"a">>, 256)), utf8) end),
     t(fun() -> binary_to_atom(?MODULE:id(<<"ok">>), bogus) end),
     t(fun() -> binary_to_existing_atom(?MODULE:id(<<"ok">>), utf8) end),
     t(fun() -> binary_to_existing_atom(?MODULE:id(<<"nat_erlang_never_made_xq">>), utf8) end),
     t(fun() -> binary_to_existing_atom(?MODULE:id(<<"error">>), latin1) end),
     t(fun() -> list_to_existing_atom(?MODULE:id("true")) end),
     t(fun() -> list_to_existing_atom(?MODULE:id("nat_erlang_never_made_zq")) end),
     t(fun() -> list_to_existing_atom(?MODULE:id([1 bsl 30])) end),
     t(fun() -> list_to_existing_atom(?MODULE:id(ok)) end)].

list_conversions() ->
    [t(fun() -> list_to_integer(?MODULE:id("ff"), 16) end),
     t(fun() -> list_to_integer(?MODULE:id("-Zz"), 36) end),
     t(fun() -> list_to_integer(?MODULE:id("101"), 2) end),
     t(fun() -> list_to_integer(?MODULE:id("+777"), 8) end),
     t(fun() -> list_to_integer(?MODULE:id("123456789abcdef0123456789"), 16) end),
     t(fun() -> list_to_integer(?MODULE:id("12"), 2) end),
     t(fun() -> list_to_integer(?MODULE:id(""), 10) end),
     t(fun() -> list_to_integer(?MODULE:id("10"), 37) end),
     t(fun() -> list_to_integer(?MODULE:id("10"), 1) end),
     t(fun() -> list_to_integer(?MODULE:id(ten), 10) end),
     t(fun() -> list_to_bitstring(?MODULE:id([1, <<2:3>>])) end),
     t(fun() -> list_to_bitstring(?MODULE:id([<<1:1>>, [<<0:7>>, 255]])) end),
     t(fun() -> list_to_bitstring(?MODULE:id([])) end),
     t(fun() -> list_to_bitstring(?MODULE:id([<<1:1>> | <<1:2>>])) end),
     t(fun() -> list_to_bitstring(?MODULE:id([256])) end),
     t(fun() -> list_to_bitstring(?MODULE:id(<<1:1>>)) end)].

float_to_list1() ->
    [t(fun() -> float_to_list(?MODULE:id(F)) end)
     || F <- [0.0, -0.0, 1.0, -1.5, 0.1, 1.0e100, 5.0e-324, 123456789.125, 1.7976931348623157e308, 1, a]].

binary_to_list3() ->
    B = ?MODULE:id(<<"héllo"/utf8>>),
    [t(fun() -> binary_to_list(B, 1, 3) end),
     t(fun() -> binary_to_list(B, 2, 2) end),
     t(fun() -> binary_to_list(B, 6, 6) end),
     t(fun() -> binary_to_list(B, 3, 2) end),
     t(fun() -> binary_to_list(B, 0, 2) end),
     t(fun() -> binary_to_list(B, 1, 7) end),
     t(fun() -> binary_to_list(?MODULE:id(<<1, 2:5>>), 1, 1) end),
     t(fun() -> binary_to_list(?MODULE:id("list"), 1, 1) end)].

checksums() ->
    [t(fun() -> erlang:crc32(?MODULE:id(<<"hello">>)) end),
     t(fun() -> erlang:crc32(0, ?MODULE:id(<<"hello">>)) end),
     t(fun() -> erlang:crc32(erlang:crc32(<<"hel">>), ?MODULE:id(<<"lo">>)) end),
     t(fun() -> erlang:crc32(123, ?MODULE:id(["a", [<<"b">>], $c])) end),
     t(fun() -> erlang:crc32(0, ?MODULE:id(<<>>)) end),
     t(fun() -> erlang:crc32(1 bsl 32, ?MODULE:id(<<"x">>)) end),
     t(fun() -> erlang:crc32(-1, ?MODULE:id(<<"x">>)) end),
     t(fun() -> erlang:crc32(0, ?MODULE:id(notio)) end),
     t(fun() -> erlang:adler32(1, ?MODULE:id(<<"hello">>)) end),
     t(fun() -> erlang:adler32(erlang:adler32(<<"hel">>), ?MODULE:id(<<"lo">>)) end),
     t(fun() -> erlang:adler32(1, ?MODULE:id(binary:copy(<<255>>, 6000))) end),
     t(fun() -> erlang:adler32(0, ?MODULE:id([])) end),
     t(fun() -> erlang:adler32(1 bsl 32, ?MODULE:id(<<"x">>)) end),
     t(fun() -> erlang:adler32(1, ?MODULE:id([-1])) end)].

phash() ->
    Terms = ?MODULE:id([0, 1, -1, 1 bsl 70, 1.5, a, 'ü', "abc", <<"abc">>, <<1:3>>, {}, {a, b}, [], [1 | 2], #{}, #{a => 1}]),
    [[t(fun() -> erlang:phash(T, 1 bsl 32) end) || T <- Terms],
     [t(fun() -> erlang:phash(T, 7) end) || T <- Terms],
     t(fun() -> erlang:phash(a, 0) end),
     t(fun() -> erlang:phash(a, 1 bsl 32 + 1) end),
     t(fun() -> erlang:phash(a, x) end)].

split_binary() ->
    B = ?MODULE:id(<<"abcdef">>),
    [t(fun() -> split_binary(B, 0) end),
     t(fun() -> split_binary(B, 2) end),
     t(fun() -> split_binary(B, 6) end),
     t(fun() -> split_binary(B, 7) end),
     t(fun() -> split_binary(B, -1) end),
     t(fun() -> split_binary(?MODULE:id(<<1, 2:4>>), 1) end),
     t(fun() -> split_binary(?MODULE:id(<<>>), 0) end),
     t(fun() -> split_binary(?MODULE:id("abc"), 1) end)].

size_tl() ->
    [t(fun() -> size(?MODULE:id({a, b, c})) end),
     t(fun() -> size(?MODULE:id(<<"abcd">>)) end),
     t(fun() -> size(?MODULE:id(<<1:12>>)) end),
     t(fun() -> size(?MODULE:id({})) end),
     t(fun() -> size(?MODULE:id([a])) end),
     t(fun() -> tl(?MODULE:id([1, 2, 3])) end),
     t(fun() -> tl(?MODULE:id([1 | x])) end),
     t(fun() -> tl(?MODULE:id("é")) end),
     t(fun() -> tl(?MODULE:id([])) end),
     t(fun() -> tl(?MODULE:id(x)) end)].

term_to_iovec() ->
    Terms = ?MODULE:id([a, 1, 1 bsl 100, -1.5, "abc", <<"bin">>, {t, [1]},
                       #{k => v}, binary:copy(<<7>>, 100), [<<"a">>, <<"b">>]]),
    [[t(fun() -> iolist_to_binary(erlang:term_to_iovec(T, [])) end) || T <- Terms],
     [t(fun() -> iolist_to_binary(erlang:term_to_iovec(T, [{minor_version, 0}])) end) || T <- [1.5, 'ü']],
     [t(fun() -> binary_to_term(iolist_to_binary(erlang:term_to_iovec(T, [deterministic]))) =:= T end)
      || T <- Terms],
     t(fun() -> erlang:term_to_iovec(a, ?MODULE:id([bogus])) end),
     t(fun() -> erlang:term_to_iovec(a, ?MODULE:id(notalist)) end)].

fun_info() ->
    Ext = ?MODULE:id(fun lists:reverse/1),
    Local = ?MODULE:id(fun(X) -> X + 1 end),
    Pick = fun(Info) -> [lists:keyfind(K, 1, Info) || K <- [module, name, arity, env, type]] end,
    [t(fun() -> erlang:fun_info(Ext) end),
     t(fun() -> Pick(erlang:fun_info(Local)) end),
     t(fun() -> Pick(erlang:fun_info(?MODULE:id(fun id/1))) end),
     t(fun() -> erlang:fun_info(?MODULE:id(notfun)) end)].

exported() ->
    [erlang:function_exported(?MODULE:id(lists), reverse, 1),
     erlang:function_exported(?MODULE:id(lists), reverse, 3),
     erlang:function_exported(?MODULE:id(nat_erlang), id, 1),
     erlang:function_exported(?MODULE:id(nat_erlang), t, 1),
     erlang:function_exported(?MODULE:id(erlang), length, 1),
     erlang:function_exported(?MODULE:id(no_such_module_xq), f, 0),
     t(fun() -> erlang:function_exported(?MODULE:id("lists"), reverse, 1) end),
     erlang:is_builtin(?MODULE:id(erlang), length, 1),
     erlang:is_builtin(?MODULE:id(erlang), '+', 2),
     erlang:is_builtin(?MODULE:id(lists), reverse, 2),
     erlang:is_builtin(?MODULE:id(lists), reverse, 1),
     erlang:is_builtin(?MODULE:id(nat_erlang), id, 1),
     t(fun() -> erlang:is_builtin(?MODULE:id(erlang), length, -1) end)].

append() ->
    [t(fun() -> erlang:append(?MODULE:id([1, 2]), [3]) end),
     t(fun() -> erlang:append(?MODULE:id([]), x) end),
     t(fun() -> erlang:append(?MODULE:id("ü"), "€") end),
     t(fun() -> erlang:append(?MODULE:id(x), [1]) end),
     t(fun() -> erlang:subtract(?MODULE:id([1, 2, 1]), [1]) end),
     t(fun() -> erlang:subtract(?MODULE:id([a]), x) end)].

pid_port_ref_lists() ->
    [t(fun() -> pid_to_list(list_to_pid(?MODULE:id("<0.0.0>"))) end),
     t(fun() -> is_pid(list_to_pid(?MODULE:id("<0.4711.3>"))) end),
     t(fun() -> list_to_pid(?MODULE:id("<0.0>")) end),
     t(fun() -> list_to_pid(?MODULE:id("0.0.0")) end),
     t(fun() -> list_to_pid(?MODULE:id(pid)) end),
     t(fun() -> lists:prefix("<0.", pid_to_list(self())) end),
     t(fun() -> pid_to_list(?MODULE:id(notpid)) end),
     t(fun() -> port_to_list(?MODULE:id(notport)) end),
     t(fun() -> lists:prefix("#Ref<", ref_to_list(make_ref())) end),
     t(fun() -> ref_to_list(?MODULE:id("#Ref<0.1.2.3>")) end)].

system_info() ->
    [t(fun() -> erlang:system_info(?MODULE:id(otp_release)) end),
     t(fun() -> erlang:system_info(?MODULE:id(wordsize)) end),
     t(fun() -> erlang:system_info(?MODULE:id({wordsize, external})) end),
     t(fun() -> erlang:system_info(?MODULE:id(machine)) end),
     t(fun() -> is_integer(erlang:system_info(?MODULE:id(process_count))) end),
     t(fun() -> is_integer(erlang:system_info(?MODULE:id(schedulers))) end),
     t(fun() -> erlang:system_info(?MODULE:id(no_such_key)) end),
     t(fun() -> erlang:system_info(?MODULE:id("otp_release")) end),
     t(fun() -> is_list(erlang:pre_loaded()) end),
     t(fun() -> lists:member(erlang, erlang:pre_loaded()) end)].

nif_error() ->
    [t(fun() -> erlang:nif_error(?MODULE:id(undef), [a]) end),
     t(fun() -> erlang:nif_error(?MODULE:id({custom, 1}), []) end)].

divide_escapes() -> erlang:'/'(?MODULE:id(1), 0).

tl_escapes() -> tl(?MODULE:id([])).

binary_to_atom_escapes() -> binary_to_atom(?MODULE:id(<<"a">>), ?MODULE:id(notenc)).
