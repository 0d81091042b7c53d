-module(etf_decode).
-compile([no_auto_import, nowarn_unused_vars]).

-export([round_trips/0, round_trips_with_options/0, handwritten/0, compressed_handmade/0, used_option/0, trailing_bytes/0, safe_known_atom/0, safe_unknown_atom/0, safe_unknown_atom_in_tuple/0, unsafe_creates_atom/0, truncated_each/0, truncated_binary/0, malformed_each/0, not_a_binary/0, bitstring_input/0, bad_options/0]).

-spec pow(integer(), integer()) -> integer().
pow(B, E) ->
    case E of
        0 ->
            1;

        _ ->
            B * pow(B, E - 1)
    end.

-spec map(list(AM), fun((AM) -> AO)) -> list(AO).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec terms() -> list(bc_io:dynamic_()).
terms() ->
    [bc_ffi:identity(0),
        bc_ffi:identity(-1),
        bc_ffi:identity(pow(2, 100)),
        bc_ffi:identity(0 - pow(3, 200)),
        bc_ffi:identity(pow(2, 3000)),
        bc_ffi:identity(1.5),
        bc_ffi:identity(-0.0),
        erlang:binary_to_atom(<<"atom"/utf8>>),
        erlang:binary_to_atom(<<""/utf8>>),
        bc_ffi:identity(<<"binary"/utf8>>),
        bc_ffi:identity(<<1:3>>),
        bc_ffi:identity([]),
        bc_ffi:identity([1, 2, 3]),
        bc_ffi:identity(lists:seq(1, 300)),
        erlang:'++'([1, 2], 3),
        bc_ffi:identity({}),
        bc_ffi:identity({1, {2, [3]}}),
        maps:from_list([{1, 2}, {3, 4}]),
        maps:from_list(map(lists:seq(1, 50), fun(I) -> {I, I} end)),
        erlang:make_fun(
            erlang:binary_to_atom(<<"lists"/utf8>>),
            erlang:binary_to_atom(<<"reverse"/utf8>>),
            1
        )].

-spec round_trips() -> list(boolean()).
round_trips() ->
    map(
        terms(),
        fun(T) ->
            erlang:'=:='(erlang:binary_to_term(erlang:term_to_binary(T)), T)
        end
    ).

-spec all(list(boolean())) -> boolean().
all(Xs) ->
    case Xs of
        [] ->
            true;

        [false | _] ->
            false;

        [true | Rest] ->
            all(Rest)
    end.

-spec round_trips_with_options() -> list(boolean()).
round_trips_with_options() ->
    Opts = [[erlang:binary_to_atom(<<"compressed"/utf8>>)],
        [bc_ffi:identity({erlang:binary_to_atom(<<"minor_version"/utf8>>), 0})],
        [bc_ffi:identity({erlang:binary_to_atom(<<"minor_version"/utf8>>), 1})],
        [erlang:binary_to_atom(<<"deterministic"/utf8>>)],
        [bc_ffi:identity({erlang:binary_to_atom(<<"compressed"/utf8>>), 9}),
            erlang:binary_to_atom(<<"deterministic"/utf8>>)]],
    map(
        Opts,
        fun(O) ->
            all(
                map(
                    terms(),
                    fun(T) ->
                        erlang:'=:='(
                            erlang:binary_to_term(erlang:term_to_binary(T, O)),
                            T
                        )
                    end
                )
            )
        end
    ).

-spec handwritten() -> list(bc_io:dynamic_()).
handwritten() ->
    [erlang:binary_to_term(<<131, 100, 0, 5, 104, 101, 108, 108, 111>>),
        erlang:binary_to_term(<<131, 115, 2, 104, 105>>),
        erlang:binary_to_term(<<131, 118, 0, 2, 206, 187>>),
        erlang:binary_to_term(<<131, 100, 0, 1, 233>>),
        erlang:binary_to_term(<<131, 107, 0, 2, 200, 201>>),
        erlang:binary_to_term(<<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3>>),
        erlang:binary_to_term(
            <<131,
                99,
                49,
                46,
                50,
                53,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                48,
                101,
                43,
                48,
                48,
                0,
                0,
                0,
                0,
                0>>
        ),
        erlang:binary_to_term(<<131, 110, 4, 0, 5, 0, 0, 0>>),
        erlang:binary_to_term(
            <<131, 110, 12, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>
        ),
        erlang:binary_to_term(<<131, 111, 0, 0, 0, 1, 0, 42>>),
        erlang:binary_to_term(<<131, 77, 0, 0, 0, 1, 4, 255>>),
        erlang:binary_to_term(<<131, 104, 0>>),
        erlang:binary_to_term(<<131, 105, 0, 0, 0, 2, 97, 1, 97, 2>>)].

-spec compressed_handmade() -> bc_io:dynamic_().
compressed_handmade() ->
    Inner = <<104, 2, 100, 0, 2, 111, 107, 107, 0, 3, 1, 2, 3>>,
    erlang:binary_to_term(
        <<131, 80, 0, 0, 0, 13, (zlib:compress(Inner))/bitstring>>
    ).

-spec used_option() -> list(bc_io:dynamic_()).
used_option() ->
    B = <<(erlang:term_to_binary({1, 2}))/bitstring, 1, 2, 3>>,
    [erlang:binary_to_term(B, [erlang:binary_to_atom(<<"used"/utf8>>)]),
        erlang:binary_to_term(
            erlang:term_to_binary(<<"abc"/utf8>>),
            [erlang:binary_to_atom(<<"used"/utf8>>)]
        )].

-spec trailing_bytes() -> bc_io:dynamic_().
trailing_bytes() ->
    erlang:binary_to_term(
        <<(erlang:term_to_binary(erlang:binary_to_atom(<<"ok"/utf8>>)))/bitstring,
            0,
            0>>
    ).

-spec safe_known_atom() -> bc_io:dynamic_().
safe_known_atom() ->
    erlang:binary_to_term(
        <<131, 119, 2, 111, 107>>,
        [erlang:binary_to_atom(<<"safe"/utf8>>)]
    ).

-spec safe_unknown_atom() -> bc_io:dynamic_().
safe_unknown_atom() ->
    erlang:binary_to_term(
        <<131, 119, 25, "bcnf_never_made_atom_q7zx"/utf8>>,
        [erlang:binary_to_atom(<<"safe"/utf8>>)]
    ).

-spec safe_unknown_atom_in_tuple() -> bc_io:dynamic_().
safe_unknown_atom_in_tuple() ->
    erlang:binary_to_term(
        <<131, 104, 2, 97, 1, 119, 24, "bcnf_never_made_atom_r8k"/utf8>>,
        [erlang:binary_to_atom(<<"safe"/utf8>>)]
    ).

-spec unsafe_creates_atom() -> boolean().
unsafe_creates_atom() ->
    erlang:is_atom(
        erlang:binary_to_term(<<131, 119, 24, "bcnf_made_by_decode_m3t9"/utf8>>)
    ).

-spec truncated_each() -> list(bc_try:outcome()).
truncated_each() ->
    Full = erlang:term_to_binary(
        {erlang:binary_to_atom(<<"hello"/utf8>>),
            [1, 2, 3],
            <<"bin"/utf8>>,
            1.5,
            pow(2, 80)}
    ),
    map(
        [1, 2, 5, 10, 20, 30, erlang:byte_size(Full) - 1],
        fun(N) ->
            bc_ffi:try_call(
                fun() -> erlang:binary_to_term(binary:part(Full, 0, N)) end
            )
        end
    ).

-spec truncated_binary() -> bc_io:dynamic_().
truncated_binary() ->
    erlang:binary_to_term(<<131, 109, 0, 0, 0, 10, 1, 2>>).

-spec malformed_each() -> list(bc_try:outcome()).
malformed_each() ->
    Cases = [<<>>,
        <<131>>,
        <<130, 97, 1>>,
        <<131, 255>>,
        <<131, 104, 2, 97, 1>>,
        <<131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3>>,
        <<131, 119, 2, 255, 254>>,
        <<131, 80, 0, 0, 0, 10, 1, 2, 3>>,
        <<131, 77, 0, 0, 0, 1, 0, 255>>,
        <<131, 99, 120, 120, 120>>,
        <<131, 107, 0, 5, 1, 2>>],
    map(
        Cases,
        fun(B) -> bc_ffi:try_call(fun() -> erlang:binary_to_term(B) end) end
    ).

-spec not_a_binary() -> bc_io:dynamic_().
not_a_binary() ->
    erlang:binary_to_term([131, 97, 1]).

-spec bitstring_input() -> bc_io:dynamic_().
bitstring_input() ->
    erlang:binary_to_term(<<131, 97, 1, 0:3>>).

-spec bad_options() -> list(bc_try:outcome()).
bad_options() ->
    [bc_ffi:try_call(
            fun() ->
                erlang:binary_to_term(
                    erlang:term_to_binary(1),
                    [erlang:binary_to_atom(<<"bogus"/utf8>>)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                erlang:binary_to_term(
                    erlang:term_to_binary(1),
                    [erlang:binary_to_atom(<<"safe"/utf8>>),
                        erlang:binary_to_atom(<<"used"/utf8>>)]
                )
            end
        )].
