-module(etf_encode).
-compile([no_auto_import, nowarn_unused_vars]).

-export([integers/0, big_integer_sizes/0, large_big_header/0, floats/0, atoms/0, long_atom/0, lists_and_strings/0, long_string/0, tuples/0, large_tuple/0, binaries/0, maps_small/0, funs/0, compressed_levels/0, compressed_bytes/0, compressed_small_term/0, minor_versions/0, minor_version_bad/0, deterministic_maps/0, sizes/0, iovec/0, nested_everything/0]).

-spec pow(integer(), integer()) -> integer().
pow(B, E) ->
    case E of
        0 ->
            1;

        _ ->
            B * pow(B, E - 1)
    end.

-spec each(list(AV), fun((AV) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec map(list(AX), fun((AX) -> AZ)) -> list(AZ).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec show(list(bc_io:dynamic_())) -> nil.
show(Ts) ->
    each(
        Ts,
        fun(T) ->
            bc_io:format(
                <<"~w~n  ~w~n"/utf8>>,
                [T, bc_ffi:identity(erlang:term_to_binary(T))]
            )
        end
    ).

-spec integers() -> nil.
integers() ->
    show(
        [bc_ffi:identity(0),
            bc_ffi:identity(255),
            bc_ffi:identity(256),
            bc_ffi:identity(-1),
            bc_ffi:identity(2147483647),
            bc_ffi:identity(2147483648),
            bc_ffi:identity(-2147483648),
            bc_ffi:identity(-2147483649),
            bc_ffi:identity(pow(2, 64)),
            bc_ffi:identity(0 - pow(2, 64))]
    ).

-spec big_integer_sizes() -> list(integer()).
big_integer_sizes() ->
    map(
        [pow(2, 2039), pow(2, 2040), pow(2, 2048), 0 - pow(2, 2040)],
        fun(N) -> erlang:byte_size(erlang:term_to_binary(N)) end
    ).

-spec large_big_header() -> bitstring().
large_big_header() ->
    binary:part(erlang:term_to_binary(pow(2, 2040)), 0, 8).

-spec floats() -> nil.
floats() ->
    show(
        [bc_ffi:identity(0.0),
            bc_ffi:identity(-0.0),
            bc_ffi:identity(1.5),
            bc_ffi:identity(0.1),
            bc_ffi:identity(1.0e300),
            bc_ffi:identity(5.0e-324)]
    ).

-spec atoms() -> nil.
atoms() ->
    show(
        [erlang:binary_to_atom(<<"a"/utf8>>),
            erlang:binary_to_atom(<<"ok"/utf8>>),
            erlang:binary_to_atom(<<""/utf8>>),
            erlang:binary_to_atom(<<"true"/utf8>>),
            erlang:binary_to_atom(unicode:characters_to_binary([16#3BB])),
            erlang:binary_to_atom(
                unicode:characters_to_binary([16#E9, 16#74, 16#E9])
            ),
            erlang:binary_to_atom(<<"with space"/utf8>>)]
    ).

-spec long_atom() -> {integer(), bitstring()}.
long_atom() ->
    A = erlang:binary_to_atom(
        unicode:characters_to_binary(lists:duplicate(255, 16#3B1))
    ),
    B = erlang:term_to_binary(A),
    {erlang:byte_size(B), binary:part(B, 0, 6)}.

-spec lists_and_strings() -> nil.
lists_and_strings() ->
    show(
        [bc_ffi:identity([]),
            bc_ffi:identity([1, 2, 3]),
            bc_ffi:identity([256]),
            bc_ffi:identity([1, 256]),
            bc_ffi:identity(erlang:'++'([1], 2)),
            bc_ffi:identity(
                [bc_ffi:identity(erlang:binary_to_atom(<<"a"/utf8>>)),
                    bc_ffi:identity([])]
            ),
            bc_ffi:identity([0])]
    ).

-spec long_string() -> list(bc_io:dynamic_()).
long_string() ->
    Short = erlang:term_to_binary(lists:duplicate(65535, 97)),
    Long = erlang:term_to_binary(lists:duplicate(65536, 97)),
    [bc_ffi:identity(erlang:byte_size(Short)),
        bc_ffi:identity(binary:part(Short, 0, 4)),
        bc_ffi:identity(erlang:byte_size(Long)),
        bc_ffi:identity(binary:part(Long, 0, 8))].

-spec tuples() -> nil.
tuples() ->
    show(
        [bc_ffi:identity({}),
            bc_ffi:identity({1}),
            bc_ffi:identity({1, <<"a"/utf8>>, []}),
            bc_ffi:identity({{{}}})]
    ).

-spec large_tuple() -> {integer(), bitstring()}.
large_tuple() ->
    T = erlang:list_to_tuple(lists:duplicate(256, 0)),
    B = erlang:term_to_binary(T),
    {erlang:byte_size(B), binary:part(B, 0, 8)}.

-spec binaries() -> nil.
binaries() ->
    show(
        [bc_ffi:identity(<<>>),
            bc_ffi:identity(<<1, 2, 3>>),
            bc_ffi:identity(<<1:1>>),
            bc_ffi:identity(<<255, 7:3>>),
            bc_ffi:identity(<<0:7>>)]
    ).

-spec maps_small() -> nil.
maps_small() ->
    show(
        [maps:from_list([]),
            maps:from_list([{1, 2}]),
            maps:from_list(
                [{erlang:binary_to_atom(<<"b"/utf8>>), 1},
                    {erlang:binary_to_atom(<<"a"/utf8>>), 2}]
            ),
            maps:from_list(
                [{bc_ffi:identity(<<"k"/utf8>>), bc_ffi:identity([1])},
                    {bc_ffi:identity(1.0), bc_ffi:identity(maps:from_list([]))}]
            )]
    ).

-spec funs() -> nil.
funs() ->
    show(
        [erlang:make_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"map"/utf8>>),
                2
            ),
            erlang:make_fun(
                erlang:binary_to_atom(<<"erlang"/utf8>>),
                erlang:binary_to_atom(<<"+"/utf8>>),
                2
            )]
    ).

-spec compressed_levels() -> list(bc_io:dynamic_()).
compressed_levels() ->
    T = lists:duplicate(1000, erlang:binary_to_atom(<<"hello"/utf8>>)),
    [bc_ffi:identity(erlang:byte_size(erlang:term_to_binary(T))),
        bc_ffi:identity(
            erlang:byte_size(
                erlang:term_to_binary(
                    T,
                    [erlang:binary_to_atom(<<"compressed"/utf8>>)]
                )
            )
        ),
        bc_ffi:identity(
            erlang:byte_size(
                erlang:term_to_binary(
                    T,
                    [bc_ffi:identity(
                            {erlang:binary_to_atom(<<"compressed"/utf8>>), 1}
                        )]
                )
            )
        ),
        bc_ffi:identity(
            erlang:byte_size(
                erlang:term_to_binary(
                    T,
                    [bc_ffi:identity(
                            {erlang:binary_to_atom(<<"compressed"/utf8>>), 9}
                        )]
                )
            )
        ),
        bc_ffi:identity(
            erlang:byte_size(
                erlang:term_to_binary(
                    T,
                    [bc_ffi:identity(
                            {erlang:binary_to_atom(<<"compressed"/utf8>>), 0}
                        )]
                )
            )
        ),
        bc_ffi:identity(
            erlang:'=:='(
                erlang:binary_to_term(
                    erlang:term_to_binary(
                        T,
                        [erlang:binary_to_atom(<<"compressed"/utf8>>)]
                    )
                ),
                bc_ffi:identity(T)
            )
        )].

-spec compressed_bytes() -> bitstring().
compressed_bytes() ->
    erlang:term_to_binary(
        lists:duplicate(40, 7),
        [erlang:binary_to_atom(<<"compressed"/utf8>>)]
    ).

-spec compressed_small_term() -> bitstring().
compressed_small_term() ->
    erlang:term_to_binary(
        {1, 2},
        [erlang:binary_to_atom(<<"compressed"/utf8>>)]
    ).

-spec minor_versions() -> nil.
minor_versions() ->
    Terms = [bc_ffi:identity(0.5),
        bc_ffi:identity(erlang:binary_to_atom(<<"abc"/utf8>>)),
        bc_ffi:identity(
            erlang:binary_to_atom(unicode:characters_to_binary([16#E9]))
        ),
        bc_ffi:identity(
            erlang:binary_to_atom(unicode:characters_to_binary([16#3BB]))
        )],
    each(
        [0, 1, 2],
        fun(V) ->
            each(
                Terms,
                fun(T) ->
                    bc_io:format(
                        <<"minor ~w ~w: ~w~n"/utf8>>,
                        [bc_ffi:identity(V),
                            T,
                            bc_ffi:identity(
                                erlang:term_to_binary(
                                    T,
                                    [bc_ffi:identity(
                                            {erlang:binary_to_atom(
                                                    <<"minor_version"/utf8>>
                                                ),
                                                V}
                                        )]
                                )
                            )]
                    )
                end
            )
        end
    ).

-spec minor_version_bad() -> list(bc_try:outcome()).
minor_version_bad() ->
    [bc_ffi:try_call(
            fun() ->
                erlang:term_to_binary(
                    1,
                    [bc_ffi:identity(
                            {erlang:binary_to_atom(<<"minor_version"/utf8>>), 3}
                        )]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                erlang:term_to_binary(
                    1,
                    [bc_ffi:identity(
                            {erlang:binary_to_atom(<<"compressed"/utf8>>), 10}
                        )]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                erlang:term_to_binary(
                    1,
                    [erlang:binary_to_atom(<<"bogus"/utf8>>)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                erlang:term_to_binary(
                    1,
                    erlang:binary_to_atom(<<"compressed"/utf8>>)
                )
            end
        )].

-spec deterministic_maps() -> list(bc_io:dynamic_()).
deterministic_maps() ->
    M1 = maps:from_list(
        map(
            lists:seq(1, 40),
            fun(I) -> {I, maps:from_list([{I, I}, {0 - I, 0}])} end
        )
    ),
    A = erlang:term_to_binary(
        M1,
        [erlang:binary_to_atom(<<"deterministic"/utf8>>)]
    ),
    Small = maps:from_list(
        [{bc_ffi:identity(erlang:binary_to_atom(<<"z"/utf8>>)), 1},
            {bc_ffi:identity(2), 2},
            {bc_ffi:identity(<<"s"/utf8>>), 3},
            {bc_ffi:identity(1.0), 4}]
    ),
    [bc_ffi:identity(erlang:byte_size(A)),
        bc_ffi:identity(binary:part(A, 0, 12)),
        bc_ffi:identity(
            erlang:term_to_binary(
                Small,
                [erlang:binary_to_atom(<<"deterministic"/utf8>>)]
            )
        ),
        bc_ffi:identity(erlang:term_to_binary(Small))].

-spec sizes() -> list(integer()).
sizes() ->
    T = {lists:duplicate(100, 1), <<"text"/utf8>>, 1.5},
    [erlang:external_size(T),
        erlang:byte_size(erlang:term_to_binary(T)),
        erlang:external_size(
            T,
            [bc_ffi:identity(
                    {erlang:binary_to_atom(<<"minor_version"/utf8>>), 0}
                )]
        ),
        erlang:external_size(pow(2, 3000))].

-spec iovec() -> bc_io:dynamic_().
iovec() ->
    erlang:term_to_iovec({<<1, 2, 3>>, erlang:binary_to_atom(<<"x"/utf8>>)}).

-spec nested_everything() -> bitstring().
nested_everything() ->
    erlang:term_to_binary(
        {1,
            -1,
            1.0,
            erlang:binary_to_atom(<<"a"/utf8>>),
            <<"bin"/utf8>>,
            <<1:2>>,
            [1, 2],
            erlang:'++'([3], 4),
            maps:from_list([{1, []}]),
            {},
            [],
            pow(10, 30)}
    ).
