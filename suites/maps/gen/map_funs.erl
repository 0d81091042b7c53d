-module(map_funs).
-compile([no_auto_import, nowarn_unused_vars]).

-export([fold_order/0, map_filter/0, foreach_visits/0, merging/0, merge_with_order/0, grouping/0, updates/0, selecting/0, get_missing/0, update_missing/0, update_with_missing/0, get_not_a_map/0, map_get_bif_missing/0, map_get_bif_not_map/0, badmap_errors/0, pattern_clauses/0, pattern_no_clause/0, describe_values/0, update_syntax/0, update_syntax_badkey/0, update_syntax_badmap/0, guards/0, bound_key_patterns/0, literal_and_built/0, int_float_keys/0]).
-export_type([map_/0]).

-type map_() :: any().

-spec sample() -> map_().
sample() ->
    maps:from_list(
        [{<<"apple"/utf8>>, 3},
            {<<"banana"/utf8>>, 7},
            {<<"cherry"/utf8>>, 12},
            {<<"date"/utf8>>, 1}]
    ).

-spec fold_order() -> integer().
fold_order() ->
    maps:fold(
        fun(K, V, Acc) ->
            bc_io:format(
                <<"~s=~w acc=~w~n"/utf8>>,
                [bc_ffi:identity(K), bc_ffi:identity(V), bc_ffi:identity(Acc)]
            ),
            Acc + V
        end,
        0,
        sample()
    ).

-spec map_filter() -> list(bc_io:dynamic_()).
map_filter() ->
    M = sample(),
    [maps:to_list(maps:map(fun(_, V) -> V * 2 end, M)),
        maps:to_list(maps:filter(fun(_, V@1) -> V@1 > 5 end, M)),
        maps:to_list(maps:filtermap(fun(K, V@2) -> case V@2 of
                        1 ->
                            bc_ffi:identity(false);

                        3 ->
                            bc_ffi:identity(true);

                        _ ->
                            bc_ffi:identity({true, K})
                    end end, M))].

-spec foreach_visits() -> bc_io:dynamic_().
foreach_visits() ->
    maps:foreach(
        fun(K, V) ->
            bc_io:format(
                <<"~p -> ~p~n"/utf8>>,
                [bc_ffi:identity(K), bc_ffi:identity(V)]
            )
        end,
        maps:from_list(
            [{3, <<"c"/utf8>>}, {1, <<"a"/utf8>>}, {2, <<"b"/utf8>>}]
        )
    ).

-spec merging() -> list(bc_io:dynamic_()).
merging() ->
    A = maps:from_list([{1, 10}, {2, 20}, {3, 30}]),
    B = maps:from_list([{2, 200}, {4, 400}]),
    [maps:to_list(maps:merge(A, B)),
        maps:to_list(maps:merge(B, A)),
        maps:to_list(
            maps:merge_with(fun(K, X, Y) -> ((K * 1000) + X) + Y end, A, B)
        ),
        maps:to_list(maps:intersect(A, B)),
        maps:to_list(maps:intersect(B, A)),
        maps:to_list(
            maps:intersect_with(fun(_, X@1, Y@1) -> {X@1, Y@1} end, A, B)
        )].

-spec merge_with_order() -> bc_io:dynamic_().
merge_with_order() ->
    A = maps:from_list([{<<"k"/utf8>>, 1}, {<<"j"/utf8>>, 2}]),
    B = maps:from_list([{<<"k"/utf8>>, 10}, {<<"j"/utf8>>, 20}]),
    maps:to_list(
        maps:merge_with(
            fun(K, X, Y) ->
                bc_io:format(
                    <<"combine ~s ~w ~w~n"/utf8>>,
                    [bc_ffi:identity(K), bc_ffi:identity(X), bc_ffi:identity(Y)]
                ),
                X + Y
            end,
            A,
            B
        )
    ).

-spec grouping() -> list(bc_io:dynamic_()).
grouping() ->
    Words = [<<"ant"/utf8>>,
        <<"bee"/utf8>>,
        <<"cat"/utf8>>,
        <<"ape"/utf8>>,
        <<"bat"/utf8>>,
        <<"cow"/utf8>>,
        <<"asp"/utf8>>],
    [maps:to_list(maps:groups_from_list(fun(W) -> binary:first(W) end, Words)),
        maps:to_list(
            maps:groups_from_list(
                fun(W@1) -> binary:first(W@1) end,
                fun(W@2) -> erlang:byte_size(W@2) end,
                Words
            )
        ),
        maps:to_list(
            maps:groups_from_list(fun(X) -> X rem 3 end, [1, 2, 3, 4, 5, 6, 7])
        ),
        maps:to_list(maps:groups_from_list(fun(X@1) -> X@1 end, []))].

-spec updates() -> list(bc_io:dynamic_()).
updates() ->
    M = sample(),
    [maps:to_list(maps:update_with(<<"apple"/utf8>>, fun(V) -> V + 100 end, M)),
        maps:to_list(
            maps:update_with(<<"zzz"/utf8>>, fun(V@1) -> V@1 + 100 end, 0, M)
        ),
        maps:to_list(
            maps:update_with(<<"date"/utf8>>, fun(V@2) -> V@2 + 100 end, 0, M)
        ),
        maps:to_list(maps:update(<<"date"/utf8>>, 99, M)),
        maps:to_list(maps:put(<<"elder"/utf8>>, 5, M)),
        maps:to_list(maps:remove(<<"apple"/utf8>>, M)),
        maps:to_list(maps:remove(<<"nope"/utf8>>, M))].

-spec selecting() -> list(bc_io:dynamic_()).
selecting() ->
    M = sample(),
    [maps:to_list(
            maps:with([<<"banana"/utf8>>, <<"nope"/utf8>>, <<"date"/utf8>>], M)
        ),
        maps:to_list(maps:without([<<"banana"/utf8>>, <<"nope"/utf8>>], M)),
        maps:take(<<"cherry"/utf8>>, M),
        maps:take(<<"nope"/utf8>>, M),
        maps:get(<<"banana"/utf8>>, M),
        maps:get(<<"nope"/utf8>>, M, erlang:binary_to_atom(<<"default"/utf8>>)),
        maps:find(<<"apple"/utf8>>, M),
        maps:find(<<"nope"/utf8>>, M),
        bc_ffi:identity(maps:is_key(<<"date"/utf8>>, M)),
        maps:keys(M),
        maps:values(M),
        maps:to_list(
            maps:from_keys([1, 2, 3], erlang:binary_to_atom(<<"x"/utf8>>))
        )].

-spec get_missing() -> bc_io:dynamic_().
get_missing() ->
    maps:get(<<"nope"/utf8>>, sample()).

-spec update_missing() -> map_().
update_missing() ->
    maps:update(<<"nope"/utf8>>, 1, sample()).

-spec update_with_missing() -> bc_io:dynamic_().
update_with_missing() ->
    maps:update_with(<<"nope"/utf8>>, fun(V) -> V end, sample()).

-spec get_not_a_map() -> bc_io:dynamic_().
get_not_a_map() ->
    maps:get(<<"k"/utf8>>, [{<<"k"/utf8>>, 1}]).

-spec map_get_bif_missing() -> bc_io:dynamic_().
map_get_bif_missing() ->
    erlang:map_get(42, sample()).

-spec map_get_bif_not_map() -> bc_io:dynamic_().
map_get_bif_not_map() ->
    erlang:map_get(42, erlang:binary_to_atom(<<"not_a_map"/utf8>>)).

-spec badmap_errors() -> list(bc_try:outcome()).
badmap_errors() ->
    [bc_ffi:try_call(fun() -> maps:merge(sample(), [1]) end),
        bc_ffi:try_call(
            fun() ->
                maps:merge(erlang:binary_to_atom(<<"x"/utf8>>), sample())
            end
        ),
        bc_ffi:try_call(fun() -> maps:size({}) end),
        bc_ffi:try_call(fun() -> erlang:is_map_key(1, 2) end),
        bc_ffi:try_call(fun() -> maps:from_list([1, 2]) end),
        bc_ffi:try_call(
            fun() -> maps:from_list(erlang:binary_to_atom(<<"x"/utf8>>)) end
        ),
        bc_ffi:try_call(fun() -> map_match_ffi:update_existing([], 1, 2) end)].

-spec pattern_clauses() -> list(bc_io:dynamic_()).
pattern_clauses() ->
    [map_match_ffi:area(
            maps:from_list(
                [{erlang:binary_to_atom(<<"shape"/utf8>>),
                        erlang:binary_to_atom(<<"circle"/utf8>>)},
                    {erlang:binary_to_atom(<<"r"/utf8>>), bc_ffi:identity(2)}]
            )
        ),
        map_match_ffi:area(
            maps:from_list(
                [{erlang:binary_to_atom(<<"shape"/utf8>>),
                        erlang:binary_to_atom(<<"rect"/utf8>>)},
                    {erlang:binary_to_atom(<<"w"/utf8>>), bc_ffi:identity(3)},
                    {erlang:binary_to_atom(<<"h"/utf8>>), bc_ffi:identity(4)},
                    {erlang:binary_to_atom(<<"extra"/utf8>>),
                        bc_ffi:identity(0)}]
            )
        ),
        map_match_ffi:area(
            maps:from_list(
                [{erlang:binary_to_atom(<<"shape"/utf8>>),
                        erlang:binary_to_atom(<<"hexagon"/utf8>>)}]
            )
        )].

-spec pattern_no_clause() -> bc_io:dynamic_().
pattern_no_clause() ->
    map_match_ffi:area(
        maps:from_list(
            [{erlang:binary_to_atom(<<"kind"/utf8>>),
                    erlang:binary_to_atom(<<"circle"/utf8>>)}]
        )
    ).

-spec describe_values() -> list(bc_io:dynamic_()).
describe_values() ->
    [map_match_ffi:describe(maps:from_list([])),
        map_match_ffi:describe(
            maps:from_list(
                [{erlang:binary_to_atom(<<"name"/utf8>>),
                        bc_ffi:identity(<<"Ada"/utf8>>)},
                    {erlang:binary_to_atom(<<"age"/utf8>>), bc_ffi:identity(36)}]
            )
        ),
        map_match_ffi:describe(
            maps:from_list(
                [{erlang:binary_to_atom(<<"name"/utf8>>),
                        bc_ffi:identity(<<"Bob"/utf8>>)}]
            )
        ),
        map_match_ffi:describe(
            maps:from_list(
                [{erlang:binary_to_atom(<<"age"/utf8>>), bc_ffi:identity(1)}]
            )
        ),
        map_match_ffi:describe(
            {erlang:binary_to_atom(<<"name"/utf8>>), <<"x"/utf8>>}
        )].

-spec update_syntax() -> list(bc_io:dynamic_()).
update_syntax() ->
    M = maps:from_list([{1, <<"a"/utf8>>}]),
    [map_match_ffi:update_existing(M, 1, <<"b"/utf8>>),
        bc_ffi:identity(map_match_ffi:insert_or_update(M, 2, <<"c"/utf8>>)),
        bc_ffi:identity(map_match_ffi:insert_or_update(M, 1, <<"d"/utf8>>)),
        bc_ffi:identity(
            map_match_ffi:nested_update(
                maps:from_list(
                    [{erlang:binary_to_atom(<<"inner"/utf8>>),
                            maps:from_list(
                                [{erlang:binary_to_atom(<<"value"/utf8>>), 0}]
                            )}]
                ),
                5
            )
        )].

-spec update_syntax_badkey() -> bc_io:dynamic_().
update_syntax_badkey() ->
    map_match_ffi:update_existing(
        maps:from_list([{1, <<"a"/utf8>>}]),
        2,
        <<"b"/utf8>>
    ).

-spec update_syntax_badmap() -> bc_io:dynamic_().
update_syntax_badmap() ->
    map_match_ffi:update_existing(
        erlang:binary_to_atom(<<"nope"/utf8>>),
        2,
        <<"b"/utf8>>
    ).

-spec guards() -> list(bc_io:dynamic_()).
guards() ->
    M = maps:from_list(
        [{<<"a"/utf8>>, 11}, {<<"b"/utf8>>, 2}, {<<"c"/utf8>>, 3}]
    ),
    [map_match_ffi:guard_size(M),
        map_match_ffi:guard_size(maps:from_list([])),
        map_match_ffi:guard_size([1]),
        map_match_ffi:map_get_guard(<<"a"/utf8>>, M),
        map_match_ffi:map_get_guard(<<"b"/utf8>>, M),
        map_match_ffi:map_get_guard(<<"missing"/utf8>>, M),
        map_match_ffi:map_get_guard(
            <<"a"/utf8>>,
            erlang:binary_to_atom(<<"not_map"/utf8>>)
        ),
        map_match_ffi:key_in_guard(<<"c"/utf8>>, M),
        map_match_ffi:key_in_guard(<<"z"/utf8>>, M),
        map_match_ffi:key_in_guard(<<"z"/utf8>>, 42)].

-spec bound_key_patterns() -> list(bc_io:dynamic_()).
bound_key_patterns() ->
    M = maps:from_list(
        [{bc_ffi:identity({1, 2}), <<"pair"/utf8>>},
            {bc_ffi:identity(1.0), <<"float one"/utf8>>}]
    ),
    [map_match_ffi:pattern_with_bound_key({1, 2}, M),
        map_match_ffi:pattern_with_bound_key(1, M),
        map_match_ffi:pattern_with_bound_key(1.0, M)].

-spec literal_and_built() -> list(bc_io:dynamic_()).
literal_and_built() ->
    [maps:to_list(map_match_ffi:literal_map()),
        maps:to_list(
            map_match_ffi:build_from_vars(
                <<"x"/utf8>>,
                <<"y"/utf8>>,
                <<"x"/utf8>>
            )
        ),
        maps:to_list(map_match_ffi:build_from_vars(1, 1.0, 1))].

-spec int_float_keys() -> list(bc_io:dynamic_()).
int_float_keys() ->
    M = maps:from_list(
        [{bc_ffi:identity(1), <<"int"/utf8>>},
            {bc_ffi:identity(1.0), <<"float"/utf8>>}]
    ),
    [bc_ffi:identity(maps:size(M)),
        maps:get(1, M),
        maps:get(1.0, M),
        maps:find(bc_ffi:identity(2), M),
        bc_ffi:identity(maps:is_key(1.0, maps:remove(1, M)))].
