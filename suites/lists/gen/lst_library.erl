-module(lst_library).
-compile([no_auto_import, nowarn_unused_vars]).

-export([term_order_sort/0, sorts/0, keysorts/0, keysort_bad_index/0, merges/0, keymerge_pairs/0, zips/0, zip_modes/0, zip_mismatch/0, sublists_and_tails/0, sublist_errors/0, nth_last_split/0, flattening/0, duplicates/0, duplicate_negative/0, seq_edges/0, seq_errors/0, key_edits/0, keyfind_bad_position/0, sums_and_extrema/0, max_of_empty/0, sum_non_number/0, subtraction/0, appends/0, append_improper_left/0, length_of_improper/0, misc_predicates/0, big_sort/0]).

-spec drop_funs(list(bc_io:dynamic_())) -> list(bc_io:dynamic_()).
drop_funs(Xs) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            case erlang:is_function(X) of
                true ->
                    [bc_ffi:identity(erlang:binary_to_atom(<<"a_fun"/utf8>>)) |
                        drop_funs(Rest)];

                false ->
                    [X | drop_funs(Rest)]
            end
    end.

-spec term_order_sort() -> list(bc_io:dynamic_()).
term_order_sort() ->
    _pipe = lists:sort(
        [bc_ffi:identity(<<"bin"/utf8>>),
            bc_ffi:identity([1]),
            bc_ffi:identity([]),
            bc_ffi:identity({1, 2}),
            bc_ffi:identity({0, 0, 0}),
            bc_ffi:identity(erlang:binary_to_atom(<<"zebra"/utf8>>)),
            bc_ffi:identity(erlang:binary_to_atom(<<"apple"/utf8>>)),
            bc_ffi:identity(1.5),
            bc_ffi:identity(2),
            bc_ffi:identity(fun() -> 1 end),
            bc_ffi:identity({}),
            bc_ffi:identity(<<1:3>>),
            bc_ffi:identity(<<0>>),
            bc_ffi:identity([0, 1]),
            bc_ffi:identity(-5)]
    ),
    drop_funs(_pipe).

-spec sorts() -> list(list(integer())).
sorts() ->
    Xs = [5, 3, 9, 3, 1, 9, 0, -2, 5],
    [lists:sort(Xs), lists:usort(Xs), lists:sort([]), lists:usort([7, 7, 7])].

-spec keysorts() -> list(list({integer(), binary(), integer()})).
keysorts() ->
    Xs = [{2, <<"b"/utf8>>, 1},
        {1, <<"z"/utf8>>, 2},
        {2, <<"a"/utf8>>, 3},
        {1, <<"z"/utf8>>, 4},
        {3, <<"a"/utf8>>, 5}],
    [lists:keysort(1, Xs),
        lists:keysort(2, Xs),
        lists:ukeysort(1, Xs),
        lists:ukeysort(2, Xs),
        lists:keysort(3, Xs)].

-spec keysort_bad_index() -> list({integer(), integer()}).
keysort_bad_index() ->
    lists:keysort(3, [{1, 2}, {3, 4}]).

-spec merges() -> list(list(integer())).
merges() ->
    [lists:merge([1, 4, 7], [2, 4, 8]),
        lists:umerge([1, 4, 7], [2, 4, 8]),
        lists:merge3([1, 5], [2, 6], [3, 4]),
        lists:merge([[1, 9], [], [2, 3], [0]]),
        lists:rmerge([7, 4, 1], [8, 4, 2]),
        lists:merge([3, 1], [2])].

-spec keymerge_pairs() -> list({integer(), binary()}).
keymerge_pairs() ->
    lists:keymerge(
        1,
        [{1, <<"a"/utf8>>}, {3, <<"c"/utf8>>}],
        [{1, <<"x"/utf8>>}, {2, <<"y"/utf8>>}]
    ).

-spec zips() -> {list({integer(), binary()}),
    list({integer(), binary(), boolean()}),
    {list(integer()), list(binary())},
    {list(integer()), list(integer()), list(integer())}}.
zips() ->
    {lists:zip([1, 2], [<<"a"/utf8>>, <<"b"/utf8>>]),
        lists:zip3([1], [<<"x"/utf8>>], [true]),
        lists:unzip([{1, <<"p"/utf8>>}, {2, <<"q"/utf8>>}]),
        lists:unzip3([{1, 2, 3}, {4, 5, 6}])}.

-spec zip_modes() -> list(bc_io:dynamic_()).
zip_modes() ->
    [lists:zip([1, 2, 3], [4], erlang:binary_to_atom(<<"trim"/utf8>>)),
        lists:zip(
            [1],
            [4, 5],
            bc_ffi:identity({erlang:binary_to_atom(<<"pad"/utf8>>), {0, 0}})
        )].

-spec zip_mismatch() -> list({integer(), integer()}).
zip_mismatch() ->
    lists:zip([1, 2, 3], [1, 2]).

-spec sublists_and_tails() -> list(list(integer())).
sublists_and_tails() ->
    Xs = [1, 2, 3, 4, 5],
    [lists:sublist(Xs, 3),
        lists:sublist(Xs, 10),
        lists:sublist(Xs, 0),
        lists:sublist(Xs, 2, 2),
        lists:sublist(Xs, 5, 3),
        lists:sublist(Xs, 6, 1),
        lists:nthtail(0, Xs),
        lists:nthtail(5, Xs),
        lists:nthtail(3, Xs),
        lists:droplast(Xs)].

-spec sublist_errors() -> list(bc_try:outcome()).
sublist_errors() ->
    [bc_ffi:try_call(fun() -> lists:sublist([1, 2], 0, 1) end),
        bc_ffi:try_call(fun() -> lists:sublist([1, 2], 4, 1) end),
        bc_ffi:try_call(fun() -> lists:sublist([1, 2], -1) end),
        bc_ffi:try_call(fun() -> lists:nthtail(3, [1, 2]) end),
        bc_ffi:try_call(fun() -> lists:nth(0, [1]) end),
        bc_ffi:try_call(fun() -> lists:last([]) end),
        bc_ffi:try_call(fun() -> lists:droplast([]) end),
        bc_ffi:try_call(fun() -> lists:split(3, [1, 2]) end)].

-spec nth_last_split() -> {integer(),
    integer(),
    {list(integer()), list(integer())},
    {list(integer()), list(integer())}}.
nth_last_split() ->
    {lists:nth(3, [10, 20, 30]),
        lists:last([1, 2, 3]),
        lists:split(0, [1, 2]),
        lists:split(2, [1, 2])}.

-spec flattening() -> list(bc_io:dynamic_()).
flattening() ->
    Deep = bc_ffi:identity(
        [bc_ffi:identity(1),
            bc_ffi:identity(
                [bc_ffi:identity(2),
                    bc_ffi:identity([bc_ffi:identity(3), bc_ffi:identity([])]),
                    bc_ffi:identity([])]
            ),
            bc_ffi:identity([[[bc_ffi:identity(4)]]]),
            bc_ffi:identity(<<"ab"/utf8>>)]
    ),
    [bc_ffi:identity(lists:flatten(Deep)),
        bc_ffi:identity(lists:flatten(Deep, [bc_ffi:identity(99)])),
        bc_ffi:identity(lists:flatlength(Deep)),
        bc_ffi:identity(lists:flatten(bc_ffi:identity([])))].

-spec duplicates() -> list(list(bc_io:dynamic_())).
duplicates() ->
    [lists:duplicate(3, bc_ffi:identity(<<"x"/utf8>>)),
        lists:duplicate(0, bc_ffi:identity(1)),
        lists:duplicate(2, bc_ffi:identity([1, 2]))].

-spec duplicate_negative() -> list(integer()).
duplicate_negative() ->
    lists:duplicate(-1, 0).

-spec seq_edges() -> list(list(integer())).
seq_edges() ->
    [lists:seq(1, 5),
        lists:seq(5, 5),
        lists:seq(5, 4),
        lists:seq(1, 10, 3),
        lists:seq(10, 1, -3),
        lists:seq(1, 1, 0),
        lists:seq(5, 1, -1),
        lists:seq(-3, 2),
        lists:seq(0, 0, -5)].

-spec seq_errors() -> list(bc_try:outcome()).
seq_errors() ->
    [bc_ffi:try_call(fun() -> lists:seq(5, 3) end),
        bc_ffi:try_call(fun() -> lists:seq(1, 5, 0) end),
        bc_ffi:try_call(fun() -> lists:seq(1, 5, -1) end),
        bc_ffi:try_call(fun() -> lists:seq(5, 1, 1) end)].

-spec key_edits() -> list(bc_io:dynamic_()).
key_edits() ->
    Xs = [{<<"a"/utf8>>, 1}, {<<"b"/utf8>>, 2}, {<<"a"/utf8>>, 3}],
    [bc_ffi:identity(lists:keystore(<<"a"/utf8>>, 1, Xs, {<<"a"/utf8>>, 100})),
        bc_ffi:identity(lists:keystore(<<"z"/utf8>>, 1, Xs, {<<"z"/utf8>>, 26})),
        bc_ffi:identity(
            lists:keyreplace(<<"b"/utf8>>, 1, Xs, {<<"B"/utf8>>, 0})
        ),
        bc_ffi:identity(
            lists:keyreplace(<<"q"/utf8>>, 1, Xs, {<<"Q"/utf8>>, 0})
        ),
        bc_ffi:identity(lists:keydelete(<<"a"/utf8>>, 1, Xs)),
        bc_ffi:identity(lists:keytake(<<"a"/utf8>>, 1, Xs)),
        bc_ffi:identity(lists:keytake(<<"q"/utf8>>, 1, Xs)),
        bc_ffi:identity(lists:keyfind(3, 2, Xs)),
        bc_ffi:identity(lists:keyfind(3.0, 2, Xs)),
        bc_ffi:identity(lists:keymember(2, 2, Xs)),
        bc_ffi:identity(lists:keysearch(<<"b"/utf8>>, 1, Xs)),
        bc_ffi:identity(lists:keymap(fun(V) -> V * 10 end, 2, Xs))].

-spec keyfind_bad_position() -> bc_io:dynamic_().
keyfind_bad_position() ->
    lists:keyfind(1, 0, [{1, 2}]).

-spec sums_and_extrema() -> list(bc_io:dynamic_()).
sums_and_extrema() ->
    [lists:sum([1, 2, 3]),
        lists:sum([]),
        lists:sum([bc_ffi:identity(1), bc_ffi:identity(2.5)]),
        lists:sum([99999999999999999999, 1]),
        bc_ffi:identity(lists:max([3, 9, 2])),
        bc_ffi:identity(lists:min([3, 9, 2])),
        bc_ffi:identity(lists:max([bc_ffi:identity(1), bc_ffi:identity(1.0)])),
        bc_ffi:identity(lists:min([bc_ffi:identity(1.0), bc_ffi:identity(1)])),
        bc_ffi:identity(
            lists:max(
                [bc_ffi:identity(erlang:binary_to_atom(<<"a"/utf8>>)),
                    bc_ffi:identity(5),
                    bc_ffi:identity(<<"s"/utf8>>)]
            )
        )].

-spec max_of_empty() -> integer().
max_of_empty() ->
    lists:max([]).

-spec sum_non_number() -> bc_io:dynamic_().
sum_non_number() ->
    lists:sum(
        [bc_ffi:identity(1),
            bc_ffi:identity(erlang:binary_to_atom(<<"two"/utf8>>))]
    ).

-spec subtraction() -> list(list(integer())).
subtraction() ->
    [lists:subtract([1, 2, 3, 2, 1], [2, 1]),
        erlang:'--'([1, 1, 1], [1]),
        erlang:'--'([1, 2], [3]),
        erlang:'--'([], [1]),
        lists:delete(2, [1, 2, 3, 2])].

-spec appends() -> list(bc_io:dynamic_()).
appends() ->
    [bc_ffi:identity(lists:append([[1], [], [2, 3]])),
        erlang:'++'([1, 2], 3),
        erlang:'++'([], erlang:binary_to_atom(<<"x"/utf8>>)),
        lists:concat(
            [bc_ffi:identity(erlang:binary_to_atom(<<"ab"/utf8>>)),
                bc_ffi:identity(12),
                bc_ffi:identity([99, 100]),
                bc_ffi:identity(1.5)]
        ),
        lists:reverse([1, 2, 3], [4, 5]),
        lists:reverse([1, 2], erlang:binary_to_atom(<<"tail"/utf8>>)),
        bc_ffi:identity(lists:join(0, [1, 2, 3])),
        bc_ffi:identity(lists:join(0, []))].

-spec append_improper_left() -> bc_io:dynamic_().
append_improper_left() ->
    erlang:'++'(bc_ffi:identity(erlang:'++'([1], 2)), [3]).

-spec length_of_improper() -> integer().
length_of_improper() ->
    erlang:length(erlang:'++'([1, 2], 3)).

-spec misc_predicates() -> list(bc_io:dynamic_()).
misc_predicates() ->
    [bc_ffi:identity(lists:enumerate(0, [<<"a"/utf8>>, <<"b"/utf8>>])),
        bc_ffi:identity(lists:prefix([1, 2], [1, 2, 3])),
        bc_ffi:identity(lists:suffix([2, 3], [1, 2, 3])),
        bc_ffi:identity(lists:prefix([], [])),
        bc_ffi:identity(lists:suffix([1], []))].

-spec pseudo_random(integer(), integer(), list(integer())) -> list(integer()).
pseudo_random(N, Seed, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            Next = ((Seed * 1103515245) + 12345) rem 2147483648,
            pseudo_random(N - 1, Next, [Next rem 3000 | Acc])
    end.

-spec big_sort() -> {integer(), integer(), integer()}.
big_sort() ->
    Xs = pseudo_random(5000, 12345, []),
    Sorted = lists:sort(Xs),
    Uniq = lists:usort(Xs),
    {erlang:length(Sorted), erlang:length(Uniq), lists:nth(2500, Sorted)}.
