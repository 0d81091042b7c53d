-module(map_ops).
-compile([no_auto_import, nowarn_unused_vars]).

-export([basics/0, missing_key/0, update_missing/0, find_and_remove/0, small_order/0, mixed_keys/0, int_float_keys/0, large_map_40/0, boundary_32_33/0, large_map_100/0, fold_sum/0, merging/0, word_count/1, filter_map_with/0, groups/0, equality_and_hash/0, atom_keys_sorted/0]).
-export_type([map_/2]).

-type map_(Z, AA) :: any() | {gleam_phantom, Z, AA}.

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec insert_squares(map_(integer(), integer()), list(integer())) -> map_(integer(), integer()).
insert_squares(M, Keys) ->
    case Keys of
        [] ->
            M;

        [K | Rest] ->
            insert_squares(maps:put(K, K * K, M), Rest)
    end.

-spec basics() -> {integer(), integer(), boolean(), boolean(), integer()}.
basics() ->
    M = begin
        _pipe = maps:new(),
        _pipe@1 = maps:put(<<"one"/utf8>>, 1, _pipe),
        _pipe@2 = maps:put(<<"two"/utf8>>, 2, _pipe@1),
        maps:put(<<"three"/utf8>>, 3, _pipe@2)
    end,
    M@1 = maps:put(<<"one"/utf8>>, 100, M),
    {maps:get(<<"one"/utf8>>, M@1),
        maps:get(<<"zero"/utf8>>, M@1, 0),
        maps:is_key(<<"two"/utf8>>, M@1),
        maps:is_key(<<"four"/utf8>>, M@1),
        maps:size(M@1)}.

-spec missing_key() -> integer().
missing_key() ->
    maps:get(<<"nope"/utf8>>, maps:from_list([{<<"yes"/utf8>>, 1}])).

-spec update_missing() -> map_(binary(), integer()).
update_missing() ->
    maps:update(<<"nope"/utf8>>, 2, maps:from_list([{<<"yes"/utf8>>, 1}])).

-spec find_and_remove() -> {bc_io:dynamic_(),
    bc_io:dynamic_(),
    map_(integer(), binary())}.
find_and_remove() ->
    M = maps:from_list(
        [{1, <<"a"/utf8>>}, {2, <<"b"/utf8>>}, {3, <<"c"/utf8>>}]
    ),
    {maps:find(2, M),
        maps:find(9, M),
        begin
            _pipe = maps:remove(2, M),
            maps:remove(42, _pipe)
        end}.

-spec small_order() -> nil.
small_order() ->
    M = maps:from_list(
        [{30, <<"c"/utf8>>},
            {10, <<"a"/utf8>>},
            {20, <<"b"/utf8>>},
            {-5, <<"neg"/utf8>>}]
    ),
    bc_io:debug(M),
    bc_io:debug(maps:keys(M)),
    bc_io:debug(maps:values(M)),
    bc_io:debug(maps:to_list(M)).

-spec mixed_keys() -> nil.
mixed_keys() ->
    M = begin
        _pipe = maps:new(),
        _pipe@1 = maps:put(bc_ffi:identity(<<"bin"/utf8>>), 1, _pipe),
        _pipe@2 = maps:put(bc_ffi:identity({1, 2}), 2, _pipe@1),
        _pipe@3 = maps:put(bc_ffi:identity(1.5), 3, _pipe@2),
        _pipe@4 = maps:put(bc_ffi:identity(7), 4, _pipe@3),
        maps:put(bc_ffi:identity([1]), 5, _pipe@4)
    end,
    bc_io:debug(M).

-spec int_float_keys() -> {integer(), bc_io:dynamic_(), bc_io:dynamic_()}.
int_float_keys() ->
    M = begin
        _pipe = maps:new(),
        _pipe@1 = maps:put(bc_ffi:identity(1), <<"int"/utf8>>, _pipe),
        maps:put(bc_ffi:identity(1.0), <<"float"/utf8>>, _pipe@1)
    end,
    {maps:size(M),
        bc_ffi:identity(maps:get(bc_ffi:identity(1), M)),
        bc_ffi:identity(maps:get(bc_ffi:identity(1.0), M))}.

-spec large_map_40() -> nil.
large_map_40() ->
    M = insert_squares(maps:new(), range(1, 40)),
    bc_io:format(<<"~p~n"/utf8>>, [bc_ffi:identity(M)]),
    bc_io:format(<<"size ~w~n"/utf8>>, [bc_ffi:identity(maps:size(M))]).

-spec boundary_32_33() -> nil.
boundary_32_33() ->
    M32 = insert_squares(maps:new(), range(1, 32)),
    M33 = maps:put(33, 1089, M32),
    bc_io:format(<<"32: ~w~n"/utf8>>, [bc_ffi:identity(maps:keys(M32))]),
    bc_io:format(<<"33: ~w~n"/utf8>>, [bc_ffi:identity(maps:keys(M33))]),
    bc_io:format(
        <<"back: ~w~n"/utf8>>,
        [bc_ffi:identity(maps:keys(maps:remove(33, M33)))]
    ),
    bc_io:format(
        <<"equal: ~w~n"/utf8>>,
        [bc_ffi:identity(maps:remove(33, M33) =:= M32)]
    ).

-spec take(list(FC), integer()) -> list(FC).
take(L, N) ->
    case {L, N} of
        {_, 0} ->
            [];

        {[], _} ->
            [];

        {[X | Rest], _} ->
            [X | take(Rest, N - 1)]
    end.

-spec large_map_100() -> {list(integer()), list(integer()), integer()}.
large_map_100() ->
    M = insert_squares(maps:new(), range(1, 100)),
    K = maps:keys(M),
    {take(K, 12), take(lists:sort(K), 12), lists:sum(maps:values(M))}.

-spec fold_sum() -> integer().
fold_sum() ->
    M = maps:from_list([{1, 10}, {2, 20}, {3, 30}]),
    maps:fold(fun(K, V, Acc) -> Acc + (K * V) end, 0, M).

-spec merging() -> map_(binary(), integer()).
merging() ->
    maps:merge(
        maps:from_list([{<<"a"/utf8>>, 1}, {<<"b"/utf8>>, 2}]),
        maps:from_list([{<<"b"/utf8>>, 20}, {<<"c"/utf8>>, 30}])
    ).

-spec count_loop(list(binary()), map_(binary(), integer())) -> map_(binary(), integer()).
count_loop(Words, M) ->
    case Words of
        [] ->
            M;

        [W | Rest] ->
            count_loop(Rest, maps:update_with(W, fun(N) -> N + 1 end, 1, M))
    end.

-spec word_count(list(binary())) -> list({binary(), integer()}).
word_count(Words) ->
    maps:to_list(count_loop(Words, maps:new())).

-spec filter_map_with() -> {map_(integer(), integer()),
    map_(integer(), binary()),
    map_(integer(), integer()),
    map_(integer(), integer())}.
filter_map_with() ->
    M = insert_squares(maps:new(), range(1, 8)),
    {maps:filter(fun(K, _) -> (K rem 2) =:= 0 end, M),
        maps:map(
            fun(K@1, V) ->
                <<<<(erlang:integer_to_binary(K@1))/binary, "^2="/utf8>>/binary,
                    (erlang:integer_to_binary(V))/binary>>
            end,
            maps:with([2, 3], M)
        ),
        maps:with([1, 5, 99], M),
        maps:without([1, 2, 3, 4, 5, 6], M)}.

-spec groups() -> map_(integer(), list(binary())).
groups() ->
    maps:groups_from_list(
        fun(S) -> erlang:byte_size(S) end,
        [<<"a"/utf8>>,
            <<"bb"/utf8>>,
            <<"cc"/utf8>>,
            <<"d"/utf8>>,
            <<"eee"/utf8>>]
    ).

-spec equality_and_hash() -> {boolean(), boolean(), integer()}.
equality_and_hash() ->
    A = maps:from_list([{1, <<"x"/utf8>>}, {2, <<"y"/utf8>>}]),
    B = begin
        _pipe = maps:new(),
        _pipe@1 = maps:put(2, <<"y"/utf8>>, _pipe),
        maps:put(1, <<"x"/utf8>>, _pipe@1)
    end,
    {A =:= B, A =:= maps:put(1, <<"z"/utf8>>, B), erlang:phash2(A)}.

-spec atom_keys_sorted() -> list({bc_io:dynamic_(), integer()}).
atom_keys_sorted() ->
    M = maps:from_list(
        [{erlang:binary_to_atom(<<"zeta"/utf8>>), 1},
            {erlang:binary_to_atom(<<"alpha"/utf8>>), 2},
            {erlang:binary_to_atom(<<"mid"/utf8>>), 3}]
    ),
    lists:sort(maps:to_list(M)).
