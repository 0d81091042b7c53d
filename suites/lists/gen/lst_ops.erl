-module(lst_ops).
-compile([no_auto_import, nowarn_unused_vars]).

-export([build/1, prepend_and_spread/0, reverse_list/1, sort_mixed/0, sort_with_fun/0, usort_dupes/0, keyfind_hit_and_miss/0, keysort_stable/0, zip_unzip/0, zip_mismatch/0, folds/0, map_filter/0, seqs/0, seq_backwards/0, nth_elements/0, nth_out_of_range/0, flatten_deep/0, appends/0, membership/0, numeric/0, split_partition/0, dup_subtract/0, map_fold/0, enumerate_uniq/0, head_of_empty/0, big_list/0, equality/0]).

-spec build_loop(integer(), list(integer())) -> list(integer()).
build_loop(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            build_loop(N - 1, [N | Acc])
    end.

-spec build(integer()) -> list(integer()).
build(N) ->
    build_loop(N, []).

-spec prepend_and_spread() -> list(list(integer())).
prepend_and_spread() ->
    Base = [3, 4],
    [[1, 2 | Base], [0 | Base], Base, []].

-spec reverse_list(list(integer())) -> list(integer()).
reverse_list(L) ->
    lists:reverse(L).

-spec sort_mixed() -> list(bc_io:dynamic_()).
sort_mixed() ->
    lists:sort(
        [bc_ffi:identity(<<"bin"/utf8>>),
            bc_ffi:identity({1, 2}),
            bc_ffi:identity(3.5),
            bc_ffi:identity(2),
            bc_ffi:identity([1]),
            bc_ffi:identity(nil),
            bc_ffi:identity([]),
            bc_ffi:identity(-1),
            bc_ffi:identity({}),
            bc_ffi:identity(2.0)]
    ).

-spec sort_with_fun() -> list(integer()).
sort_with_fun() ->
    lists:sort(fun(A, B) -> A >= B end, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]).

-spec usort_dupes() -> list(integer()).
usort_dupes() ->
    lists:usort([5, 3, 5, 1, 3, 1, 0]).

-spec keyfind_hit_and_miss() -> {bc_io:dynamic_(), bc_io:dynamic_()}.
keyfind_hit_and_miss() ->
    L = [{<<"a"/utf8>>, 1}, {<<"b"/utf8>>, 2}, {<<"c"/utf8>>, 3}],
    {lists:keyfind(<<"b"/utf8>>, 1, L), lists:keyfind(<<"z"/utf8>>, 1, L)}.

-spec keysort_stable() -> list({integer(), binary()}).
keysort_stable() ->
    lists:keysort(
        1,
        [{2, <<"x"/utf8>>},
            {1, <<"y"/utf8>>},
            {2, <<"a"/utf8>>},
            {1, <<"b"/utf8>>}]
    ).

-spec zip_unzip() -> {list({integer(), binary()}),
    {list(integer()), list(binary())}}.
zip_unzip() ->
    Z = lists:zip([1, 2, 3], [<<"one"/utf8>>, <<"two"/utf8>>, <<"three"/utf8>>]),
    {Z, lists:unzip(Z)}.

-spec zip_mismatch() -> list({integer(), integer()}).
zip_mismatch() ->
    lists:zip([1, 2, 3], [1, 2]).

-spec folds() -> {integer(), list(integer()), list(integer())}.
folds() ->
    L = [1, 2, 3, 4],
    {lists:foldl(fun(X, Acc) -> (Acc * 10) + X end, 0, L),
        lists:foldl(fun(X@1, Acc@1) -> [X@1 | Acc@1] end, [], L),
        lists:foldr(fun(X@2, Acc@2) -> [X@2 | Acc@2] end, [], L)}.

-spec map_filter() -> list(integer()).
map_filter() ->
    lists:filter(
        fun(X) -> (X rem 3) =:= 0 end,
        lists:map(fun(X@1) -> X@1 * X@1 end, lists:seq(1, 12))
    ).

-spec seqs() -> list(list(integer())).
seqs() ->
    [lists:seq(1, 5),
        lists:seq(5, 4),
        lists:seq(10, 0, -3),
        lists:seq(1, 10, 4)].

-spec seq_backwards() -> list(integer()).
seq_backwards() ->
    lists:seq(5, 1).

-spec nth_elements() -> {binary(), binary()}.
nth_elements() ->
    L = [<<"a"/utf8>>, <<"b"/utf8>>, <<"c"/utf8>>],
    {lists:nth(1, L), lists:nth(3, L)}.

-spec nth_out_of_range() -> binary().
nth_out_of_range() ->
    lists:nth(4, [<<"a"/utf8>>, <<"b"/utf8>>, <<"c"/utf8>>]).

-spec flatten_deep() -> list(bc_io:dynamic_()).
flatten_deep() ->
    lists:flatten(
        [bc_ffi:identity(1),
            bc_ffi:identity([2, 3]),
            bc_ffi:identity([bc_ffi:identity([4]), bc_ffi:identity([[5]])]),
            bc_ffi:identity([]),
            bc_ffi:identity([[[[]]]]),
            bc_ffi:identity(6)]
    ).

-spec appends() -> {list(integer()), list(integer()), list(integer())}.
appends() ->
    {lists:append([1, 2], [3]),
        lists:append([[1], [], [2, 3], [4]]),
        lists:append([], [])}.

-spec membership() -> list(boolean()).
membership() ->
    [lists:member(3, [1, 2, 3]),
        lists:member(4, [1, 2, 3]),
        lists:member(<<"a"/utf8>>, []),
        lists:member({1, 2}, [{1, 2}])].

-spec numeric() -> {integer(), integer(), integer(), integer()}.
numeric() ->
    L = [4, -2, 17, 9],
    {lists:sum(L), lists:max(L), lists:last(L), erlang:length(L)}.

-spec split_partition() -> {{list(integer()), list(integer())},
    {list(integer()), list(integer())}}.
split_partition() ->
    {lists:split(2, [1, 2, 3, 4, 5]),
        lists:partition(fun(X) -> X > 2 end, [1, 5, 2, 4, 3])}.

-spec dup_subtract() -> {list(binary()), list(integer())}.
dup_subtract() ->
    {lists:duplicate(3, <<"ab"/utf8>>), lists:subtract([1, 2, 3, 2, 1], [2, 1])}.

-spec map_fold() -> {list({integer(), integer()}), integer()}.
map_fold() ->
    lists:mapfoldl(fun(X, Acc) -> {{Acc, X}, Acc + X} end, 0, [5, 6, 7]).

-spec enumerate_uniq() -> {list({integer(), binary()}), list(integer())}.
enumerate_uniq() ->
    {lists:enumerate([<<"a"/utf8>>, <<"b"/utf8>>]), lists:uniq([3, 1, 3, 2, 1])}.

-spec head_of_empty() -> integer().
head_of_empty() ->
    erlang:hd([]).

-spec big_list() -> {integer(), integer()}.
big_list() ->
    L = lists:seq(1, 1000000),
    {erlang:length(L), lists:sum(L)}.

-spec equality() -> list(boolean()).
equality() ->
    [[1, 2] =:= [1, 2], [1, 2] =:= [2, 1], [] =:= [], [[1]] =:= [[1]]].
