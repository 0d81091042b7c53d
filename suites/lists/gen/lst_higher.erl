-module(lst_higher).
-compile([no_auto_import, nowarn_unused_vars]).

-export([foldl_order/0, foldr_order/0, map_order/0, foreach_order/0, filter_order/0, mapfoldl_running_sum/0, mapfoldr_running_sum/0, filtermap_forms/0, filtermap_bad_return/0, partition_split/0, drop_take_while/0, any_all_short_circuit/0, flatmap_zipwith/0, zipwith_mismatch/0, search_hit_miss/0, sort_comparator_calls/0, sort_stability_by_key/0, sort_strict_comparator/0, usort_by_key/0, uniq_with_fun/0, map_not_a_list/0, map_improper/0, foldl_wrong_arity/0, filter_non_boolean/0, errors_from_funs/0]).

-spec say(binary(), any()) -> nil.
say(Tag, X) ->
    bc_io:format(<<"~s ~w~n"/utf8>>, [bc_ffi:identity(Tag), bc_ffi:identity(X)]).

-spec foldl_order() -> integer().
foldl_order() ->
    lists:foldl(
        fun(X, Acc) ->
            bc_io:format(
                <<"foldl ~w acc ~w~n"/utf8>>,
                [bc_ffi:identity(X), bc_ffi:identity(Acc)]
            ),
            (Acc * 10) + X
        end,
        0,
        [1, 2, 3, 4]
    ).

-spec foldr_order() -> integer().
foldr_order() ->
    lists:foldr(
        fun(X, Acc) ->
            bc_io:format(
                <<"foldr ~w acc ~w~n"/utf8>>,
                [bc_ffi:identity(X), bc_ffi:identity(Acc)]
            ),
            (Acc * 10) + X
        end,
        0,
        [1, 2, 3, 4]
    ).

-spec map_order() -> list(integer()).
map_order() ->
    lists:map(
        fun(X) ->
            say(<<"map"/utf8>>, X),
            X * X
        end,
        [3, 1, 2]
    ).

-spec foreach_order() -> bc_io:dynamic_().
foreach_order() ->
    lists:foreach(
        fun(X) -> say(<<"each"/utf8>>, X) end,
        [{1, <<"a"/utf8>>}, {2, <<"b"/utf8>>}]
    ).

-spec filter_order() -> list(integer()).
filter_order() ->
    lists:filter(
        fun(X) ->
            say(<<"test"/utf8>>, X),
            (X rem 2) =:= 0
        end,
        [1, 2, 3, 4, 5, 6]
    ).

-spec mapfoldl_running_sum() -> {list({integer(), integer()}), integer()}.
mapfoldl_running_sum() ->
    lists:mapfoldl(
        fun(X, Sum) ->
            say(<<"mapfoldl"/utf8>>, X),
            {{X, Sum + X}, Sum + X}
        end,
        0,
        [5, 10, 20]
    ).

-spec mapfoldr_running_sum() -> {list({integer(), integer()}), integer()}.
mapfoldr_running_sum() ->
    lists:mapfoldr(
        fun(X, Sum) ->
            say(<<"mapfoldr"/utf8>>, X),
            {{X, Sum + X}, Sum + X}
        end,
        0,
        [5, 10, 20]
    ).

-spec filtermap_forms() -> list(bc_io:dynamic_()).
filtermap_forms() ->
    lists:filtermap(fun(X) -> case X rem 3 of
                0 ->
                    bc_ffi:identity(false);

                1 ->
                    bc_ffi:identity(true);

                _ ->
                    bc_ffi:identity({true, X * 100})
            end end, [1, 2, 3, 4, 5, 6, 7]).

-spec filtermap_bad_return() -> list(bc_io:dynamic_()).
filtermap_bad_return() ->
    lists:filtermap(fun(X) -> bc_ffi:identity(X) end, [1]).

-spec partition_split() -> list({list(integer()), list(integer())}).
partition_split() ->
    Xs = [1, 5, 2, 8, 3, 9, 4],
    Small = fun(X) -> X < 5 end,
    [lists:partition(Small, Xs),
        lists:splitwith(Small, Xs),
        lists:partition(Small, []),
        lists:splitwith(fun(_) -> true end, Xs)].

-spec drop_take_while() -> list(list(integer())).
drop_take_while() ->
    Xs = [2, 4, 6, 7, 8, 10],
    Even = fun(X) -> (X rem 2) =:= 0 end,
    [lists:dropwhile(Even, Xs),
        lists:takewhile(Even, Xs),
        lists:dropwhile(Even, []),
        lists:takewhile(fun(_) -> false end, Xs),
        lists:dropwhile(fun(_) -> true end, Xs)].

-spec any_all_short_circuit() -> {boolean(), boolean(), boolean(), boolean()}.
any_all_short_circuit() ->
    Check = fun(X) ->
        say(<<"check"/utf8>>, X),
        X > 2
    end,
    A = lists:any(Check, [1, 3, 5]),
    B = lists:all(Check, [3, 1, 5]),
    {A, B, lists:any(Check, []), lists:all(Check, [])}.

-spec flatmap_zipwith() -> {list(integer()),
    list({integer(), binary()}),
    list(integer())}.
flatmap_zipwith() ->
    {lists:flatmap(fun(X) -> [X, X * 10] end, [1, 2, 3]),
        lists:zipwith(
            fun(A, B) -> {A, B} end,
            [1, 2],
            [<<"x"/utf8>>, <<"y"/utf8>>]
        ),
        lists:zipwith3(
            fun(A@1, B@1, C) -> ((A@1 * 100) + (B@1 * 10)) + C end,
            [1, 2],
            [3, 4],
            [5, 6]
        )}.

-spec zipwith_mismatch() -> list(integer()).
zipwith_mismatch() ->
    lists:zipwith(fun(A, B) -> A + B end, [1, 2, 3], [1, 2]).

-spec search_hit_miss() -> {bc_io:dynamic_(), bc_io:dynamic_()}.
search_hit_miss() ->
    {lists:search(fun(X) -> X > 10 end, [5, 11, 20]),
        lists:search(fun(X@1) -> X@1 > 100 end, [5, 11, 20])}.

-spec sort_comparator_calls() -> list(integer()).
sort_comparator_calls() ->
    lists:sort(
        fun(A, B) ->
            bc_io:format(
                <<"cmp ~w ~w~n"/utf8>>,
                [bc_ffi:identity(A), bc_ffi:identity(B)]
            ),
            A =< B
        end,
        [3, 1, 2, 5, 4]
    ).

-spec sort_stability_by_key() -> list({integer(), binary()}).
sort_stability_by_key() ->
    Xs = [{2, <<"a"/utf8>>},
        {1, <<"b"/utf8>>},
        {2, <<"c"/utf8>>},
        {1, <<"d"/utf8>>},
        {0, <<"e"/utf8>>},
        {2, <<"f"/utf8>>}],
    lists:sort(
        fun(A, B) -> erlang:element(1, A) =< erlang:element(1, B) end,
        Xs
    ).

-spec sort_strict_comparator() -> list({integer(), binary()}).
sort_strict_comparator() ->
    Xs = [{2, <<"a"/utf8>>},
        {1, <<"b"/utf8>>},
        {2, <<"c"/utf8>>},
        {1, <<"d"/utf8>>}],
    lists:sort(fun(A, B) -> erlang:element(1, A) < erlang:element(1, B) end, Xs).

-spec usort_by_key() -> list({integer(), binary()}).
usort_by_key() ->
    Xs = [{2, <<"a"/utf8>>},
        {1, <<"b"/utf8>>},
        {2, <<"c"/utf8>>},
        {1, <<"d"/utf8>>}],
    lists:usort(
        fun(A, B) -> erlang:element(1, A) =< erlang:element(1, B) end,
        Xs
    ).

-spec uniq_with_fun() -> list({integer(), binary()}).
uniq_with_fun() ->
    lists:uniq(
        fun(P) -> erlang:element(1, P) end,
        [{1, <<"a"/utf8>>},
            {2, <<"b"/utf8>>},
            {1, <<"c"/utf8>>},
            {3, <<"d"/utf8>>},
            {2, <<"e"/utf8>>}]
    ).

-spec map_not_a_list() -> bc_io:dynamic_().
map_not_a_list() ->
    lists:map(
        fun(X) -> X end,
        bc_ffi:identity(erlang:binary_to_atom(<<"nope"/utf8>>))
    ).

-spec improper() -> bc_io:dynamic_().
improper() ->
    lists:append([1, 2], 3).

-spec map_improper() -> bc_io:dynamic_().
map_improper() ->
    lists:map(fun(X) -> X + 1 end, bc_ffi:identity(improper())).

-spec foldl_wrong_arity() -> bc_io:dynamic_().
foldl_wrong_arity() ->
    lists:foldl(fun(X) -> X end, 0, [1, 2]).

-spec filter_non_boolean() -> bc_io:dynamic_().
filter_non_boolean() ->
    lists:filter(fun(X) -> X end, [1, 2]).

-spec errors_from_funs() -> list(bc_try:outcome()).
errors_from_funs() ->
    [bc_ffi:try_call(fun() -> lists:map(fun(X) -> (case X of
                            0 -> 0;
                            Gleam@denominator -> 10 div Gleam@denominator
                        end) + erlang:'div'(10, X) end, [5, 0]) end), bc_ffi:try_call(
            fun() ->
                lists:foldl(fun(X@1, _) -> erlang:'div'(1, X@1) end, 0, [1, 0])
            end
        ), bc_ffi:try_call(
            fun() ->
                lists:map(erlang:binary_to_atom(<<"not_fun"/utf8>>), [1])
            end
        )].
