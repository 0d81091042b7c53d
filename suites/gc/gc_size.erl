%% Exact word counts from erts_debug:size/1 (shared subterms counted once)
%% and erts_debug:flat_size/1 (as if copied) for many term shapes. Terms
%% are built at run time where sharing matters, so the compiler's literal
%% pool does not decide the answer.
-module(gc_size).
-export([immediates/0, lists/0, tuples/0, binaries/0, numbers/0, maps/0,
         funs/0, refs/0, sharing/0, sub_binaries/0, nested/0, big_map/1,
         long_list/1, strings/0]).

sizes(Terms) -> [{erts_debug:size(T), erts_debug:flat_size(T)} || T <- Terms].

%% An opaque copy of a term, so the compiler cannot fold it into a literal.
dyn(T) -> binary_to_term(term_to_binary(T)).

immediates() -> sizes([0, -1, 576460752303423487, -576460752303423488, a, [], self()]).

lists() -> sizes([dyn([1]), dyn([1, 2, 3]), dyn([a | b]), dyn([[], []]), dyn([[1], [2]])]).

tuples() -> sizes([dyn({}), dyn({a}), dyn({a, b, c}), dyn({{}, {}}),
                   dyn(list_to_tuple(lists:seq(1, 100)))]).

binaries() ->
    sizes([dyn(<<>>), dyn(<<1, 2, 3>>), dyn(<<0:64>>), dyn(<<0:72>>),
           dyn(binary:copy(<<1>>, 64)), dyn(binary:copy(<<1>>, 65)),
           dyn(binary:copy(<<1>>, 1000)), dyn(<<1:3>>), dyn(<<1, 2:4>>)]).

numbers() ->
    sizes([dyn(576460752303423488), dyn(-576460752303423489), dyn(1 bsl 64),
           dyn(-(1 bsl 64)), dyn(1 bsl 100), dyn(1 bsl 200), dyn(1.0), dyn(-0.0)]).

maps() ->
    sizes([dyn(#{}), dyn(#{a => 1}), dyn(#{a => 1, b => 2, c => 3}),
           dyn(maps:from_list([{I, I} || I <- lists:seq(1, 32)])),
           dyn(maps:from_list([{I, I} || I <- lists:seq(1, 33)])),
           dyn(#{k => {x, y}})]).

funs() ->
    X = dyn(42),
    Y = dyn([1, 2]),
    sizes([fun() -> ok end, fun(A) -> A + X end, fun(A) -> {A, X, Y} end,
           fun lists:map/2]).

refs() -> sizes([make_ref()]).

%% A subterm referenced twice counts once for size/1 and twice for flat_size/1.
sharing() ->
    L = dyn([1, 2, 3]),
    T = dyn({a, b}),
    sizes([{L, L}, [L, L, L], {T, [T | T]}, #{x => L, y => L}]).

sub_binaries() ->
    Small = dyn(binary:copy(<<9>>, 40)),
    Large = dyn(binary:copy(<<9>>, 200)),
    <<_:8, S1/binary>> = Small,
    <<_:8, S2/binary>> = Large,
    <<_:3, S3/bitstring>> = Small,
    sizes([S1, S2, S3, binary:part(Large, 10, 20)]).

nested() ->
    sizes([dyn({[1, {2, <<3>>}], #{k => [a, b]}, 1.5}),
           dyn([{I, [I]} || I <- lists:seq(1, 10)])]).

big_map(N) -> hd(sizes([dyn(maps:from_list([{I, I} || I <- lists:seq(1, N)]))])).

long_list(N) -> hd(sizes([lists:seq(1, N)])).

strings() -> sizes([dyn("abc"), dyn("héllo"), dyn(<<"héllo"/utf8>>), dyn(["ab", <<"cd">>])]).
