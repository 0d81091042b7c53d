-module(str_graphemes).
-compile([no_auto_import, nowarn_unused_vars]).

-export([lengths/0, graphemes/0, graphemes_of_lists/0, reversed/0, slices/0, next_graphemes/0, next_codepoints/0, length_of_chardata/0, empties/0, normal_forms/0, normal_lists/0, equality_modes/0, special_case_mapping/0, take_clusters/0, print_with_tp/0]).
-export_type([sample/0]).

-type sample() :: {sample, binary(), binary()}.

-spec samples() -> list(sample()).
samples() ->
    [{sample, <<"ascii"/utf8>>, <<"abc"/utf8>>},
        {sample,
            <<"e_acute_combining"/utf8>>,
            unicode:characters_to_binary([16#65, 16#301])},
        {sample,
            <<"stacked_marks"/utf8>>,
            unicode:characters_to_binary([16#61, 16#308, 16#301, 16#323, 16#62])},
        {sample,
            <<"family_zwj"/utf8>>,
            unicode:characters_to_binary(
                [16#1F468, 16#200D, 16#1F469, 16#200D, 16#1F467]
            )},
        {sample,
            <<"flags_fr_de"/utf8>>,
            unicode:characters_to_binary(
                [16#1F1EB, 16#1F1F7, 16#1F1E9, 16#1F1EA]
            )},
        {sample,
            <<"odd_regional"/utf8>>,
            unicode:characters_to_binary([16#1F1EB, 16#1F1F7, 16#1F1E9])},
        {sample,
            <<"crlf"/utf8>>,
            unicode:characters_to_binary(
                [16#61, 16#0D, 16#0A, 16#62, 16#0A, 16#0D]
            )},
        {sample,
            <<"hangul_jamo"/utf8>>,
            unicode:characters_to_binary(
                [16#1100, 16#1161, 16#11A8, 16#AC01, 16#1100]
            )},
        {sample,
            <<"thumbs_skin"/utf8>>,
            unicode:characters_to_binary([16#1F44D, 16#1F3FD, 16#21])},
        {sample,
            <<"devanagari"/utf8>>,
            unicode:characters_to_binary([16#0915, 16#094D, 16#0937, 16#093F])},
        {sample,
            <<"keycap"/utf8>>,
            unicode:characters_to_binary([16#31, 16#FE0F, 16#20E3, 16#32])},
        {sample,
            <<"leading_mark"/utf8>>,
            unicode:characters_to_binary([16#301, 16#61])},
        {sample,
            <<"heart_vs16"/utf8>>,
            unicode:characters_to_binary([16#2764, 16#FE0F, 16#20])},
        {sample, <<"empty"/utf8>>, <<""/utf8>>}].

-spec each(list(AQ), fun((AQ) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec map(list(AS), fun((AS) -> AU)) -> list(AU).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec list_length(list(any())) -> integer().
list_length(Xs) ->
    case Xs of
        [] ->
            0;

        [_ | Rest] ->
            1 + list_length(Rest)
    end.

-spec lengths() -> nil.
lengths() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~s: graphemes ~w codepoints ~w bytes ~w~n"/utf8>>,
                [bc_ffi:identity(erlang:element(2, S)),
                    bc_ffi:identity(string:length(erlang:element(3, S))),
                    bc_ffi:identity(
                        list_length(
                            unicode:characters_to_list(erlang:element(3, S))
                        )
                    ),
                    bc_ffi:identity(erlang:byte_size(erlang:element(3, S)))]
            )
        end
    ).

-spec graphemes() -> nil.
graphemes() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~s: ~w~n"/utf8>>,
                [bc_ffi:identity(erlang:element(2, S)),
                    string:to_graphemes(erlang:element(3, S))]
            )
        end
    ).

-spec graphemes_of_lists() -> nil.
graphemes_of_lists() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~s: ~w~n"/utf8>>,
                [bc_ffi:identity(erlang:element(2, S)),
                    string:to_graphemes(
                        unicode:characters_to_list(erlang:element(3, S))
                    )]
            )
        end
    ).

-spec reversed() -> nil.
reversed() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~s: ~w~n"/utf8>>,
                [bc_ffi:identity(erlang:element(2, S)),
                    string:reverse(erlang:element(3, S))]
            )
        end
    ).

-spec slices() -> nil.
slices() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~s: ~w ~w ~w~n"/utf8>>,
                [bc_ffi:identity(erlang:element(2, S)),
                    string:slice(erlang:element(3, S), 1, 2),
                    string:slice(erlang:element(3, S), 2),
                    string:slice(erlang:element(3, S), 0, 1)]
            )
        end
    ).

-spec next_graphemes() -> nil.
next_graphemes() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~s: ~w~n"/utf8>>,
                [bc_ffi:identity(erlang:element(2, S)),
                    string:next_grapheme(erlang:element(3, S))]
            )
        end
    ).

-spec next_codepoints() -> list(bc_io:dynamic_()).
next_codepoints() ->
    map(samples(), fun(S) -> string:next_codepoint(erlang:element(3, S)) end).

-spec length_of_chardata() -> list(integer()).
length_of_chardata() ->
    [string:length(
            [bc_ffi:identity(unicode:characters_to_binary([16#65])),
                bc_ffi:identity([16#301, 16#66]),
                bc_ffi:identity(unicode:characters_to_binary([16#67, 16#308]))]
        ),
        string:length(
            [bc_ffi:identity(16#0D),
                bc_ffi:identity(unicode:characters_to_binary([16#0A]))]
        ),
        string:length(
            [bc_ffi:identity([16#1F1EB]),
                bc_ffi:identity(
                    [bc_ffi:identity(unicode:characters_to_binary([16#1F1F7]))]
                )]
        )].

-spec empties() -> list(boolean()).
empties() ->
    [string:is_empty(<<""/utf8>>),
        string:is_empty([bc_ffi:identity(<<""/utf8>>), bc_ffi:identity([])]),
        string:is_empty(<<" "/utf8>>),
        string:is_empty(
            [bc_ffi:identity([]),
                bc_ffi:identity(unicode:characters_to_binary([16#301]))]
        )].

-spec normal_forms() -> nil.
normal_forms() ->
    Texts = [unicode:characters_to_binary([16#65, 16#301]),
        unicode:characters_to_binary([16#E9]),
        unicode:characters_to_binary([16#FB03]),
        unicode:characters_to_binary([16#212B]),
        unicode:characters_to_binary([16#1E9B, 16#323]),
        unicode:characters_to_binary([16#1100, 16#1161, 16#11A8]),
        unicode:characters_to_binary([16#AC01]),
        unicode:characters_to_binary([16#2460, 16#00BD, 16#2075]),
        unicode:characters_to_binary([16#6F, 16#323, 16#302]),
        unicode:characters_to_binary([16#6F, 16#302, 16#323])],
    each(
        Texts,
        fun(T) ->
            bc_io:format(
                <<"~w -> nfc ~w nfd ~w nfkc ~w nfkd ~w~n"/utf8>>,
                [bc_ffi:identity(unicode:characters_to_list(T)),
                    bc_ffi:identity(
                        unicode:characters_to_list(
                            unicode:characters_to_nfc_binary(T)
                        )
                    ),
                    bc_ffi:identity(
                        unicode:characters_to_list(
                            unicode:characters_to_nfd_binary(T)
                        )
                    ),
                    bc_ffi:identity(
                        unicode:characters_to_list(
                            unicode:characters_to_nfkc_binary(T)
                        )
                    ),
                    bc_ffi:identity(
                        unicode:characters_to_list(
                            unicode:characters_to_nfkd_binary(T)
                        )
                    )]
            )
        end
    ).

-spec normal_lists() -> list(list(integer())).
normal_lists() ->
    [unicode:characters_to_nfc_list([16#41, 16#30A]),
        unicode:characters_to_nfkd_list(
            [bc_ffi:identity(unicode:characters_to_binary([16#FB01])),
                bc_ffi:identity([16#32, 16#2075])]
        ),
        unicode:characters_to_nfc_list(
            unicode:characters_to_binary([16#1100, 16#1161])
        )].

-spec equality_modes() -> list(boolean()).
equality_modes() ->
    Composed = unicode:characters_to_binary([16#C5, 16#62]),
    Decomposed = unicode:characters_to_binary([16#41, 16#30A, 16#62]),
    Angstrom = unicode:characters_to_binary([16#212B, 16#42]),
    [string:equal(
            Composed,
            Decomposed,
            false,
            erlang:binary_to_atom(<<"none"/utf8>>)
        ),
        string:equal(
            Composed,
            Decomposed,
            false,
            erlang:binary_to_atom(<<"nfc"/utf8>>)
        ),
        string:equal(
            Composed,
            Decomposed,
            false,
            erlang:binary_to_atom(<<"nfd"/utf8>>)
        ),
        string:equal(
            Angstrom,
            Decomposed,
            true,
            erlang:binary_to_atom(<<"nfd"/utf8>>)
        ),
        string:equal(
            Angstrom,
            Composed,
            false,
            erlang:binary_to_atom(<<"nfkc"/utf8>>)
        ),
        string:equal(
            unicode:characters_to_binary([16#FB03]),
            <<"FFI"/utf8>>,
            true,
            erlang:binary_to_atom(<<"nfkc"/utf8>>)
        ),
        string:equal(
            unicode:characters_to_binary([16#FB03]),
            <<"ffi"/utf8>>,
            false,
            erlang:binary_to_atom(<<"nfc"/utf8>>)
        )].

-spec special_case_mapping() -> nil.
special_case_mapping() ->
    Texts = [unicode:characters_to_binary([16#DF]),
        unicode:characters_to_binary([16#FB03, 16#6E]),
        unicode:characters_to_binary([16#1C6, 16#61]),
        unicode:characters_to_binary([16#130]),
        unicode:characters_to_binary([16#69, 16#307]),
        unicode:characters_to_binary([16#3A3, 16#391, 16#3A3]),
        unicode:characters_to_binary([16#149, 16#61]),
        unicode:characters_to_binary([16#1E9E]),
        unicode:characters_to_binary([16#10400]),
        unicode:characters_to_binary([16#3B0])],
    each(
        Texts,
        fun(T) ->
            bc_io:format(
                <<"~w: up ~w low ~w title ~w fold ~w~n"/utf8>>,
                [bc_ffi:identity(unicode:characters_to_list(T)),
                    bc_ffi:identity(
                        unicode:characters_to_list(string:uppercase(T))
                    ),
                    bc_ffi:identity(
                        unicode:characters_to_list(string:lowercase(T))
                    ),
                    bc_ffi:identity(
                        unicode:characters_to_list(string:titlecase(T))
                    ),
                    bc_ffi:identity(
                        unicode:characters_to_list(string:casefold(T))
                    )]
            )
        end
    ).

-spec take_clusters() -> list(bc_io:dynamic_()).
take_clusters() ->
    T = unicode:characters_to_binary([16#61, 16#301, 16#61, 16#62, 16#63]),
    [string:take(T, [16#61], false, erlang:binary_to_atom(<<"leading"/utf8>>)),
        string:take(
            T,
            [16#61, 16#62, 16#63],
            true,
            erlang:binary_to_atom(<<"leading"/utf8>>)
        ),
        string:take(
            T,
            [16#63, 16#62],
            false,
            erlang:binary_to_atom(<<"trailing"/utf8>>)
        ),
        string:take(
            unicode:characters_to_binary([16#0D, 16#0A, 16#0D, 16#0A, 16#78]),
            [16#0D, 16#0A],
            false,
            erlang:binary_to_atom(<<"leading"/utf8>>)
        )].

-spec print_with_tp() -> nil.
print_with_tp() ->
    each(
        samples(),
        fun(S) ->
            bc_io:format(
                <<"~ts|~tp|~p~n"/utf8>>,
                [bc_ffi:identity(erlang:element(3, S)),
                    bc_ffi:identity(erlang:element(3, S)),
                    bc_ffi:identity(erlang:element(3, S))]
            )
        end
    ).
