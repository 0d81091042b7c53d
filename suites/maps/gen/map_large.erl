-module(map_large).
-compile([no_auto_import, nowarn_unused_vars]).

-export([int_keys_40_printed/0, int_keys_40_w/0, int_keys_100_to_list/0, binary_keys_33/0, binary_keys_33_printed/0, float_keys/0, tuple_keys/0, mixed_keys/0, keys_values_agree/0, fold_order_large/0, iterator_walk/0, iterator_ordered_walk/0, iterator_ordered_fun/0, shrink_across_limit/0, grow_across_limit/0, map_filter_large/0, merge_large/0, compare_large/0, etf_large/0, etf_large_bytes/0, nested_large_printed/0, phash_of_large/0]).
-export_type([map_/0]).

-type map_() :: any().

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec map(list(AT), fun((AT) -> AV)) -> list(AV).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec int_map(integer()) -> map_().
int_map(N) ->
    maps:from_list(map(range(1, N), fun(I) -> {I, I * I} end)).

-spec binary_map(integer()) -> map_().
binary_map(N) ->
    maps:from_list(
        map(
            range(1, N),
            fun(I) ->
                {<<"key"/utf8, (erlang:integer_to_binary(I))/binary>>, I}
            end
        )
    ).

-spec int_keys_40_printed() -> nil.
int_keys_40_printed() ->
    bc_io:format(<<"~p~n"/utf8>>, [bc_ffi:identity(int_map(40))]).

-spec int_keys_40_w() -> nil.
int_keys_40_w() ->
    bc_io:format(<<"~w~n"/utf8>>, [bc_ffi:identity(int_map(40))]).

-spec int_keys_100_to_list() -> bc_io:dynamic_().
int_keys_100_to_list() ->
    maps:to_list(int_map(100)).

-spec binary_keys_33() -> bc_io:dynamic_().
binary_keys_33() ->
    maps:to_list(binary_map(33)).

-spec binary_keys_33_printed() -> nil.
binary_keys_33_printed() ->
    bc_io:format(<<"~p~n"/utf8>>, [bc_ffi:identity(binary_map(33))]).

-spec float_keys() -> bc_io:dynamic_().
float_keys() ->
    maps:keys(
        maps:from_list(
            map(range(1, 40), fun(I) -> {erlang:float(I) / 4.0, I} end)
        )
    ).

-spec tuple_keys() -> bc_io:dynamic_().
tuple_keys() ->
    maps:keys(
        maps:from_list(map(range(1, 36), fun(I) -> {{I rem 6, I div 6}, I} end))
    ).

-spec append(list(AX), list(AX)) -> list(AX).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec mixed_keys() -> bc_io:dynamic_().
mixed_keys() ->
    Ints = map(range(1, 12), fun(I) -> {bc_ffi:identity(I), I} end),
    Floats = map(
        range(1, 12),
        fun(I@1) -> {bc_ffi:identity(erlang:float(I@1)), I@1} end
    ),
    Bins = map(
        range(1, 12),
        fun(I@2) -> {bc_ffi:identity(erlang:integer_to_binary(I@2)), I@2} end
    ),
    maps:keys(maps:from_list(append(Ints, append(Floats, Bins)))).

-spec keys_values_agree() -> {bc_io:dynamic_(), bc_io:dynamic_()}.
keys_values_agree() ->
    M = int_map(50),
    {maps:keys(M), maps:values(M)}.

-spec fold_order_large() -> integer().
fold_order_large() ->
    maps:fold(
        fun(K, _, Acc) ->
            bc_io:format(<<"~w "/utf8>>, [bc_ffi:identity(K)]),
            Acc + K
        end,
        0,
        int_map(45)
    ).

-spec is_none(bc_io:dynamic_()) -> boolean().
is_none(D) ->
    erlang:'=:='(D, erlang:binary_to_atom(<<"none"/utf8>>)).

-spec reverse(list(BD), list(BD)) -> list(BD).
reverse(Xs, Acc) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec walk(bc_io:dynamic_(), list(bc_io:dynamic_())) -> list(bc_io:dynamic_()).
walk(It, Acc) ->
    case is_none(maps:next(It)) of
        true ->
            reverse(Acc, []);

        false ->
            {K, _, Rest} = bc_ffi:identity(maps:next(It)),
            walk(Rest, [K | Acc])
    end.

-spec iterator_walk() -> list(bc_io:dynamic_()).
iterator_walk() ->
    walk(maps:iterator(binary_map(35)), []).

-spec iterator_ordered_walk() -> {list(bc_io:dynamic_()),
    list(bc_io:dynamic_())}.
iterator_ordered_walk() ->
    M = binary_map(35),
    {walk(maps:iterator(M, erlang:binary_to_atom(<<"ordered"/utf8>>)), []),
        walk(maps:iterator(M, erlang:binary_to_atom(<<"reversed"/utf8>>)), [])}.

-spec iterator_ordered_fun() -> list(bc_io:dynamic_()).
iterator_ordered_fun() ->
    M = int_map(40),
    walk(
        maps:iterator(
            M,
            bc_ffi:identity(
                fun(A, B) ->
                    ((A rem 7) < (B rem 7)) orelse (((A rem 7) =:= (B rem 7))
                    andalso (A >= B))
                end
            )
        ),
        []
    ).

-spec shrink_across_limit() -> list(bc_io:dynamic_()).
shrink_across_limit() ->
    M33 = int_map(33),
    M32 = maps:remove(33, M33),
    M31 = maps:remove(1, M32),
    [maps:to_list(M32),
        maps:to_list(M31),
        bc_ffi:identity(maps:size(M32)),
        bc_ffi:identity(erlang:'=:='(M32, int_map(32)))].

-spec grow_across_limit() -> list(bc_io:dynamic_()).
grow_across_limit() ->
    M32 = int_map(32),
    M33 = maps:put(-1, 1, M32),
    M34 = maps:put(0, 0, M33),
    [maps:keys(M33), maps:keys(M34)].

-spec map_filter_large() -> list(bc_io:dynamic_()).
map_filter_large() ->
    M = int_map(60),
    [maps:to_list(maps:filter(fun(K, _) -> (K rem 5) =:= 0 end, M)),
        maps:keys(
            maps:map(
                fun(K@1, V) -> K@1 + V end,
                maps:filter(fun(K@2, _) -> K@2 > 20 end, M)
            )
        )].

-spec merge_large() -> bc_io:dynamic_().
merge_large() ->
    maps:keys(
        maps:merge(
            maps:from_list(map(range(1, 20), fun(I) -> {I * 3, I} end)),
            maps:from_list(map(range(1, 20), fun(I@1) -> {I@1 * 2, I@1} end))
        )
    ).

-spec compare_large() -> list(boolean()).
compare_large() ->
    A = int_map(40),
    B = maps:put(40, 0, int_map(40)),
    C = int_map(41),
    [erlang:'<'(A, B),
        erlang:'<'(B, A),
        erlang:'<'(A, C),
        erlang:'<'(int_map(10), A),
        erlang:'=:='(A, int_map(40)),
        erlang:'=:='(erlang:phash2(A), erlang:phash2(int_map(40)))].

-spec etf_large() -> list(bc_io:dynamic_()).
etf_large() ->
    M = int_map(40),
    Plain = erlang:term_to_binary(M),
    Det = erlang:term_to_binary(
        M,
        [erlang:binary_to_atom(<<"deterministic"/utf8>>)]
    ),
    [bc_ffi:identity(erlang:byte_size(Plain)),
        bc_ffi:identity(erlang:byte_size(Det)),
        bc_ffi:identity(erlang:'=:='(erlang:binary_to_term(Plain), M)),
        bc_ffi:identity(erlang:'=:='(Plain, Det))].

-spec etf_large_bytes() -> bitstring().
etf_large_bytes() ->
    erlang:term_to_binary(
        binary_map(34),
        [erlang:binary_to_atom(<<"deterministic"/utf8>>)]
    ).

-spec nested_large_printed() -> nil.
nested_large_printed() ->
    Inner = maps:from_list(
        map(
            range(1, 34),
            fun(I) ->
                {I, <<"v"/utf8, (erlang:integer_to_binary(I))/binary>>}
            end
        )
    ),
    bc_io:format(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity({<<"outer"/utf8>>, Inner, [Inner]})]
    ).

-spec phash_of_large() -> list(integer()).
phash_of_large() ->
    [erlang:phash2(int_map(33)),
        erlang:phash2(binary_map(40)),
        erlang:phash2(int_map(1000))].
