-module(str_encodings).
-compile([no_auto_import, nowarn_unused_vars]).

-export([invalid_bytes/0, incomplete_bytes/0, invalid_in_lists/0, bad_argument/0, atom_in_list/0, to_utf16_32/0, from_utf16_32/0, latin1_round_trip/0, boms/0, pattern_decode/0, utf16_pattern/0, print_invalid/0, put_chars_latin1_binary/0, conversions_with_errors_each/0]).

-spec enc(binary()) -> bc_io:dynamic_().
enc(Name) ->
    erlang:binary_to_atom(Name).

-spec utf16(binary()) -> bc_io:dynamic_().
utf16(Endian) ->
    erlang:list_to_tuple(
        [erlang:binary_to_atom(<<"utf16"/utf8>>), erlang:binary_to_atom(Endian)]
    ).

-spec utf32(binary()) -> bc_io:dynamic_().
utf32(Endian) ->
    erlang:list_to_tuple(
        [erlang:binary_to_atom(<<"utf32"/utf8>>), erlang:binary_to_atom(Endian)]
    ).

-spec map(list(AG), fun((AG) -> AI)) -> list(AI).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec invalid_bytes() -> list(bc_io:dynamic_()).
invalid_bytes() ->
    [unicode:characters_to_binary(<<"ok"/utf8, 16#FF, "rest"/utf8>>),
        unicode:characters_to_binary(<<16#80>>),
        unicode:characters_to_binary(<<16#C0, 16#80>>),
        unicode:characters_to_binary(<<16#ED, 16#A0, 16#80>>),
        unicode:characters_to_binary(<<16#F4, 16#90, 16#80, 16#80>>),
        unicode:characters_to_binary(<<16#F8, 16#88, 16#80, 16#80, 16#80>>),
        unicode:characters_to_binary(<<16#E0, 16#80, 16#AF>>)].

-spec incomplete_bytes() -> list(bc_io:dynamic_()).
incomplete_bytes() ->
    [unicode:characters_to_binary(<<"ab"/utf8, 16#E2, 16#82>>),
        unicode:characters_to_binary(<<16#F0, 16#9F, 16#98>>),
        unicode:characters_to_binary(<<16#C3>>),
        unicode:characters_to_binary(
            [bc_ffi:identity(<<16#E2>>),
                bc_ffi:identity(<<16#82>>),
                bc_ffi:identity(<<16#AC>>)]
        ),
        unicode:characters_to_binary(
            [bc_ffi:identity(<<16#E2, 16#82>>),
                bc_ffi:identity(<<16#AC, 16#E2>>)]
        )].

-spec invalid_in_lists() -> list(bc_io:dynamic_()).
invalid_in_lists() ->
    [unicode:characters_to_binary(
            [bc_ffi:identity(16#61),
                bc_ffi:identity(-1),
                bc_ffi:identity(16#62)]
        ),
        unicode:characters_to_binary(
            [bc_ffi:identity(16#61), bc_ffi:identity(16#110000)]
        ),
        unicode:characters_to_binary(
            [bc_ffi:identity(16#61), bc_ffi:identity(16#D800)]
        ),
        unicode:characters_to_list(
            [bc_ffi:identity(<<"ok"/utf8>>), bc_ffi:identity(<<16#FF>>)]
        ),
        unicode:characters_to_binary(
            [bc_ffi:identity(<<"abc"/utf8>>),
                bc_ffi:identity(
                    [bc_ffi:identity(16#64), bc_ffi:identity(<<16#C3, 16#A9>>)]
                )]
        )].

-spec bad_argument() -> bc_io:dynamic_().
bad_argument() ->
    unicode:characters_to_binary(bc_ffi:identity({1, 2})).

-spec atom_in_list() -> bc_io:dynamic_().
atom_in_list() ->
    unicode:characters_to_binary(
        [bc_ffi:identity(16#61),
            bc_ffi:identity(erlang:binary_to_atom(<<"b"/utf8>>))]
    ).

-spec to_utf16_32() -> list(bc_io:dynamic_()).
to_utf16_32() ->
    S = unicode:characters_to_binary([16#41, 16#E9, 16#20AC, 16#1F600]),
    [unicode:characters_to_binary(
            S,
            enc(<<"utf8"/utf8>>),
            enc(<<"utf16"/utf8>>)
        ),
        unicode:characters_to_binary(
            S,
            enc(<<"utf8"/utf8>>),
            utf16(<<"little"/utf8>>)
        ),
        unicode:characters_to_binary(
            S,
            enc(<<"utf8"/utf8>>),
            enc(<<"utf32"/utf8>>)
        ),
        unicode:characters_to_binary(
            S,
            enc(<<"utf8"/utf8>>),
            utf32(<<"little"/utf8>>)
        ),
        unicode:characters_to_binary(
            S,
            enc(<<"unicode"/utf8>>),
            enc(<<"latin1"/utf8>>)
        )].

-spec from_utf16_32() -> list(bc_io:dynamic_()).
from_utf16_32() ->
    [unicode:characters_to_binary(
            <<16#00, 16#41, 16#D8, 16#3D, 16#DE, 16#00>>,
            enc(<<"utf16"/utf8>>),
            enc(<<"utf8"/utf8>>)
        ),
        unicode:characters_to_binary(
            <<16#41, 16#00, 16#3D, 16#D8, 16#00, 16#DE>>,
            utf16(<<"little"/utf8>>),
            enc(<<"utf8"/utf8>>)
        ),
        unicode:characters_to_binary(
            <<16#00, 16#41, 16#D8, 16#3D>>,
            enc(<<"utf16"/utf8>>),
            enc(<<"utf8"/utf8>>)
        ),
        unicode:characters_to_binary(
            <<16#DE, 16#00, 16#00, 16#41>>,
            enc(<<"utf16"/utf8>>),
            enc(<<"utf8"/utf8>>)
        ),
        unicode:characters_to_binary(
            <<16#00, 16#41, 16#00>>,
            enc(<<"utf16"/utf8>>),
            enc(<<"utf8"/utf8>>)
        ),
        unicode:characters_to_binary(
            <<0, 0, 16#20, 16#AC, 0, 16#11, 0, 0>>,
            enc(<<"utf32"/utf8>>),
            enc(<<"utf8"/utf8>>)
        ),
        unicode:characters_to_binary(
            <<16#AC, 16#20, 0, 0>>,
            utf32(<<"little"/utf8>>),
            enc(<<"utf8"/utf8>>)
        )].

-spec latin1_round_trip() -> list(bc_io:dynamic_()).
latin1_round_trip() ->
    Bytes = <<16#41, 16#E9, 16#FF, 16#80>>,
    Utf8 = unicode:characters_to_binary(
        Bytes,
        enc(<<"latin1"/utf8>>),
        enc(<<"utf8"/utf8>>)
    ),
    [Utf8,
        unicode:characters_to_binary(
            Utf8,
            enc(<<"utf8"/utf8>>),
            enc(<<"latin1"/utf8>>)
        ),
        unicode:characters_to_list(Bytes, enc(<<"latin1"/utf8>>)),
        unicode:characters_to_binary(
            [bc_ffi:identity(16#100)],
            enc(<<"unicode"/utf8>>),
            enc(<<"latin1"/utf8>>)
        )].

-spec boms() -> list(bc_io:dynamic_()).
boms() ->
    [unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, 16#41>>),
        unicode:bom_to_encoding(<<16#FE, 16#FF, 16#00>>),
        unicode:bom_to_encoding(<<16#FF, 16#FE, 16#41, 16#00>>),
        unicode:bom_to_encoding(<<16#FF, 16#FE, 16#00, 16#00>>),
        unicode:bom_to_encoding(<<16#00, 16#00, 16#FE, 16#FF>>),
        unicode:bom_to_encoding(<<"plain"/utf8>>),
        bc_ffi:identity(unicode:encoding_to_bom(enc(<<"utf8"/utf8>>))),
        bc_ffi:identity(unicode:encoding_to_bom(utf16(<<"little"/utf8>>))),
        bc_ffi:identity(unicode:encoding_to_bom(enc(<<"utf32"/utf8>>))),
        bc_ffi:identity(unicode:encoding_to_bom(enc(<<"latin1"/utf8>>)))].

-spec reverse(list(AT), list(AT)) -> list(AT).
reverse(Xs, Acc) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec decode(bitstring(), list(integer())) -> {list(integer()), bitstring()}.
decode(Bin, Acc) ->
    case Bin of
        <<C/utf8, Rest/bitstring>> ->
            decode(Rest, [bc_ffi:identity(C) | Acc]);

        _ ->
            {reverse(Acc, []), Bin}
    end.

-spec pattern_decode() -> list({list(integer()), bitstring()}).
pattern_decode() ->
    map(
        [<<"héllo"/utf8>>,
            <<16#61, 16#E2, 16#82, 16#AC, 16#FF, 16#62>>,
            <<16#F0, 16#9F, 16#98, 16#80>>,
            <<16#ED, 16#A0, 16#80>>,
            <<16#C3>>],
        fun(B) -> decode(B, []) end
    ).

-spec utf16_pattern() -> list(integer()).
utf16_pattern() ->
    _assert_subject = <<16#00,
        16#41,
        16#D8,
        16#3D,
        16#DE,
        16#00,
        0,
        0,
        16#20,
        16#AC>>,
    <<A/utf16, B/utf16, C/utf32>> = case _assert_subject of
        <<_/utf16, _/utf16, _/utf32>> -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"str_encodings"/utf8>>,
                        function => <<"utf16_pattern"/utf8>>,
                        line => 167})
    end,
    [bc_ffi:identity(A), bc_ffi:identity(B), bc_ffi:identity(C)].

-spec print_invalid() -> list(bc_try:outcome()).
print_invalid() ->
    [bc_ffi:try_call(
            fun() ->
                io_lib:format(
                    <<"~ts"/utf8>>,
                    [bc_ffi:identity(<<16#FF, 16#41>>)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(
                    <<"~s"/utf8>>,
                    [bc_ffi:identity(<<16#FF, 16#41>>)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(<<"~s"/utf8>>, [bc_ffi:identity([16#100])])
            end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(<<"~ts"/utf8>>, [bc_ffi:identity([16#100])])
            end
        )].

-spec put_chars_latin1_binary() -> nil.
put_chars_latin1_binary() ->
    bc_io:format(
        <<"~s|~ts|~s~n"/utf8>>,
        [bc_ffi:identity(<<16#E9>>),
            bc_ffi:identity(unicode:characters_to_binary([16#E9])),
            bc_ffi:identity([16#E9])]
    ).

-spec conversions_with_errors_each() -> list(bc_try:outcome()).
conversions_with_errors_each() ->
    [bc_ffi:try_call(
            fun() ->
                unicode:characters_to_binary(
                    <<"x"/utf8>>,
                    enc(<<"utf7"/utf8>>),
                    enc(<<"utf8"/utf8>>)
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                unicode:characters_to_binary(
                    <<"x"/utf8>>,
                    enc(<<"utf8"/utf8>>),
                    enc(<<"ebcdic"/utf8>>)
                )
            end
        ),
        bc_ffi:try_call(
            fun() -> unicode:characters_to_binary(<<16#61, 1:1>>) end
        ),
        bc_ffi:try_call(
            fun() ->
                erlang:atom_to_binary(
                    bc_ffi:identity(unicode:characters_to_binary([16#1F600]))
                )
            end
        )].
