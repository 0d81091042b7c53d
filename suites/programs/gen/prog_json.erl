-module(prog_json).
-compile([no_auto_import, nowarn_unused_vars]).

-export([to_compact/1, to_pretty/1, lookup/2, print_escapes/0, parse/1, parse_scalars/0, parse_numbers/0, parse_escapes/0, parse_unicode/0, pretty_sample/0, compact_sample/0, round_trip/0, errors/0, error_position_deep/0, deep_nesting/0, queries/0, sample_stats/0, big_document/0, whitespace_everywhere/0]).
-export_type([json/0, json_error/0, float_opt/0, step/0, stats/0]).

-type json() :: j_null |
    {j_bool, boolean()} |
    {j_int, integer()} |
    {j_float, float()} |
    {j_string, binary()} |
    {j_array, list(json())} |
    {j_object, list({binary(), json()})}.

-type json_error() :: {json_error, integer(), binary()}.

-type float_opt() :: short.

-type step() :: {key, binary()} | {index, integer()}.

-type stats() :: {stats,
        integer(),
        integer(),
        integer(),
        integer(),
        integer(),
        integer(),
        integer(),
        integer()}.

-spec skip_ws(bitstring(), integer()) -> {bitstring(), integer()}.
skip_ws(Input, Pos) ->
    case Input of
        <<32, Rest/bitstring>> ->
            skip_ws(Rest, Pos + 1);

        <<9, Rest/bitstring>> ->
            skip_ws(Rest, Pos + 1);

        <<10, Rest/bitstring>> ->
            skip_ws(Rest, Pos + 1);

        <<13, Rest/bitstring>> ->
            skip_ws(Rest, Pos + 1);

        _ ->
            {Input, Pos}
    end.

-spec hex_digit(integer()) -> {ok, integer()} | {error, nil}.
hex_digit(D) ->
    case D of
        _ when (D >= 48) andalso (D =< 57) ->
            {ok, D - 48};

        _ when (D >= 97) andalso (D =< 102) ->
            {ok, D - 87};

        _ when (D >= 65) andalso (D =< 70) ->
            {ok, D - 55};

        _ ->
            {error, nil}
    end.

-spec hex4(list(integer()), integer()) -> {ok, integer()} | {error, nil}.
hex4(Digits, Acc) ->
    case Digits of
        [] ->
            {ok, Acc};

        [D | Rest] ->
            case hex_digit(D) of
                {ok, V} ->
                    hex4(Rest, (Acc * 16) + V);

                {error, nil} ->
                    {error, nil}
            end
    end.

-spec take_digits(bitstring(), integer(), bitstring()) -> {bitstring(),
    bitstring(),
    integer()}.
take_digits(Input, Pos, Acc) ->
    case Input of
        <<D, Rest/bitstring>> when (D >= 48) andalso (D =< 57) ->
            take_digits(Rest, Pos + 1, <<Acc/bitstring, D>>);

        _ ->
            {Acc, Input, Pos}
    end.

-spec exponent(bitstring(), integer(), bitstring(), boolean()) -> {ok,
        {json(), bitstring(), integer()}} |
    {error, json_error()}.
exponent(Input, Pos, Mantissa, Has_fraction) ->
    Exp_start = case Input of
        <<101, Rest/bitstring>> ->
            {ok, {Rest, Pos + 1}};

        <<69, Rest/bitstring>> ->
            {ok, {Rest, Pos + 1}};

        _ ->
            {error, nil}
    end,
    case Exp_start of
        {error, nil} ->
            case Has_fraction of
                true ->
                    {ok,
                        {{j_float, erlang:binary_to_float(Mantissa)},
                            Input,
                            Pos}};

                false ->
                    {ok,
                        {{j_int, erlang:binary_to_integer(Mantissa)},
                            Input,
                            Pos}}
            end;

        {ok, {Rest@1, P}} ->
            {Esign, Rest@2, P@1} = case Rest@1 of
                <<45, R/bitstring>> ->
                    {<<45>>, R, P + 1};

                <<43, R@1/bitstring>> ->
                    {<<>>, R@1, P + 1};

                _ ->
                    {<<>>, Rest@1, P}
            end,
            case take_digits(Rest@2, P@1, <<>>) of
                {<<>>, _, P2} ->
                    {error,
                        {json_error, P2, <<"digit expected in exponent"/utf8>>}};

                {Digits, Rest@3, P2@1} ->
                    Mantissa@1 = case Has_fraction of
                        true ->
                            Mantissa;

                        false ->
                            <<Mantissa/bitstring, ".0"/utf8>>
                    end,
                    Text = <<Mantissa@1/bitstring,
                        101,
                        Esign/bitstring,
                        Digits/bitstring>>,
                    {ok,
                        {{j_float, erlang:binary_to_float(Text)}, Rest@3, P2@1}}
            end
    end.

-spec fraction(bitstring(), integer(), bitstring()) -> {ok,
        {json(), bitstring(), integer()}} |
    {error, json_error()}.
fraction(Input, Pos, Int_part) ->
    case Input of
        <<46, Rest/bitstring>> ->
            case take_digits(Rest, Pos + 1, <<>>) of
                {<<>>, _, P} ->
                    {error,
                        {json_error, P, <<"digit expected after point"/utf8>>}};

                {Frac, Rest@1, P@1} ->
                    exponent(
                        Rest@1,
                        P@1,
                        <<Int_part/bitstring, 46, Frac/bitstring>>,
                        true
                    )
            end;

        _ ->
            exponent(Input, Pos, Int_part, false)
    end.

-spec number(bitstring(), integer()) -> {ok, {json(), bitstring(), integer()}} |
    {error, json_error()}.
number(Input, Pos) ->
    {Sign, Rest@1, P} = case Input of
        <<45, Rest/bitstring>> ->
            {<<45>>, Rest, Pos + 1};

        _ ->
            {<<>>, Input, Pos}
    end,
    case Rest@1 of
        <<48, D, _/bitstring>> when (D >= 48) andalso (D =< 57) ->
            {error, {json_error, P, <<"leading zero"/utf8>>}};

        <<48, Rest@2/bitstring>> ->
            fraction(Rest@2, P + 1, <<Sign/bitstring, 48>>);

        <<D@1, _/bitstring>> when (D@1 >= 49) andalso (D@1 =< 57) ->
            {Digits, Rest@3, P2} = take_digits(Rest@1, P, <<>>),
            fraction(Rest@3, P2, <<Sign/bitstring, Digits/bitstring>>);

        _ ->
            {error, {json_error, P, <<"digit expected"/utf8>>}}
    end.

-spec reverse(list(AY), list(AY)) -> list(AY).
reverse(Xs, Acc) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec hex2(integer()) -> binary().
hex2(C) ->
    case C < 16 of
        true ->
            <<"0"/utf8,
                (string:lowercase(erlang:integer_to_binary(C, 16)))/binary>>;

        false ->
            string:lowercase(erlang:integer_to_binary(C, 16))
    end.

-spec escape_bits(bitstring(), binary()) -> binary().
escape_bits(B, Acc) ->
    case B of
        <<>> ->
            Acc;

        <<34, Rest/bitstring>> ->
            escape_bits(Rest, <<Acc/binary, "\\\""/utf8>>);

        <<92, Rest@1/bitstring>> ->
            escape_bits(Rest@1, <<Acc/binary, "\\\\"/utf8>>);

        <<10, Rest@2/bitstring>> ->
            escape_bits(Rest@2, <<Acc/binary, "\\n"/utf8>>);

        <<13, Rest@3/bitstring>> ->
            escape_bits(Rest@3, <<Acc/binary, "\\r"/utf8>>);

        <<9, Rest@4/bitstring>> ->
            escape_bits(Rest@4, <<Acc/binary, "\\t"/utf8>>);

        <<8, Rest@5/bitstring>> ->
            escape_bits(Rest@5, <<Acc/binary, "\\b"/utf8>>);

        <<12, Rest@6/bitstring>> ->
            escape_bits(Rest@6, <<Acc/binary, "\\f"/utf8>>);

        <<C, Rest@7/bitstring>> when C < 32 ->
            escape_bits(
                Rest@7,
                <<<<Acc/binary, "\\u00"/utf8>>/binary, (hex2(C))/binary>>
            );

        <<C@1, Rest@8/bitstring>> ->
            escape_bits(
                Rest@8,
                <<Acc/binary, (bc_ffi:identity(<<C@1>>))/binary>>
            );

        _ ->
            Acc
    end.

-spec quote(binary()) -> binary().
quote(S) ->
    erlang:iolist_to_binary(
        [<<"\""/utf8>>, escape_bits(<<S/binary>>, <<""/utf8>>), <<"\""/utf8>>]
    ).

-spec join(list(binary()), binary()) -> binary().
join(Parts, Sep) ->
    case Parts of
        [] ->
            <<""/utf8>>;

        [P] ->
            P;

        [P@1 | Rest] ->
            <<<<P@1/binary, Sep/binary>>/binary, (join(Rest, Sep))/binary>>
    end.

-spec map(list(BD), fun((BD) -> BF)) -> list(BF).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec to_compact(json()) -> binary().
to_compact(J) ->
    case J of
        j_null ->
            <<"null"/utf8>>;

        {j_bool, true} ->
            <<"true"/utf8>>;

        {j_bool, false} ->
            <<"false"/utf8>>;

        {j_int, I} ->
            erlang:integer_to_binary(I);

        {j_float, F} ->
            erlang:float_to_binary(F, [short]);

        {j_string, S} ->
            quote(S);

        {j_array, Items} ->
            erlang:iolist_to_binary(
                [<<"["/utf8>>,
                    join(map(Items, fun to_compact/1), <<","/utf8>>),
                    <<"]"/utf8>>]
            );

        {j_object, Members} ->
            erlang:iolist_to_binary(
                [<<"{"/utf8>>,
                    join(
                        map(
                            Members,
                            fun(M) ->
                                <<<<(quote(erlang:element(1, M)))/binary,
                                        ":"/utf8>>/binary,
                                    (to_compact(erlang:element(2, M)))/binary>>
                            end
                        ),
                        <<","/utf8>>
                    ),
                    <<"}"/utf8>>]
            )
    end.

-spec pretty(json(), binary()) -> binary().
pretty(J, Indent) ->
    Inner = <<Indent/binary, "  "/utf8>>,
    case J of
        {j_array, []} ->
            <<"[]"/utf8>>;

        {j_object, []} ->
            <<"{}"/utf8>>;

        {j_array, Items} ->
            erlang:iolist_to_binary(
                [<<"[\n"/utf8>>,
                    join(
                        map(
                            Items,
                            fun(V) ->
                                <<Inner/binary, (pretty(V, Inner))/binary>>
                            end
                        ),
                        <<",\n"/utf8>>
                    ),
                    <<"\n"/utf8>>,
                    Indent,
                    <<"]"/utf8>>]
            );

        {j_object, Members} ->
            erlang:iolist_to_binary(
                [<<"{\n"/utf8>>,
                    join(
                        map(
                            Members,
                            fun(M) ->
                                <<<<<<Inner/binary,
                                            (quote(erlang:element(1, M)))/binary>>/binary,
                                        ": "/utf8>>/binary,
                                    (pretty(erlang:element(2, M), Inner))/binary>>
                            end
                        ),
                        <<",\n"/utf8>>
                    ),
                    <<"\n"/utf8>>,
                    Indent,
                    <<"}"/utf8>>]
            );

        _ ->
            to_compact(J)
    end.

-spec to_pretty(json()) -> binary().
to_pretty(J) ->
    pretty(J, <<""/utf8>>).

-spec find_key(list({binary(), json()}), binary()) -> {ok, json()} |
    {error, nil}.
find_key(Members, K) ->
    case Members of
        [] ->
            {error, nil};

        [{Key, V} | Rest] ->
            case Key =:= K of
                true ->
                    {ok, V};

                false ->
                    find_key(Rest, K)
            end
    end.

-spec nth(list(BN), integer()) -> {ok, BN} | {error, nil}.
nth(Items, I) ->
    case {Items, I} of
        {[], _} ->
            {error, nil};

        {[X | _], 0} ->
            {ok, X};

        {[_ | Rest], _} ->
            nth(Rest, I - 1)
    end.

-spec lookup(json(), list(step())) -> {ok, json()} | {error, nil}.
lookup(J, Path) ->
    case {Path, J} of
        {[], _} ->
            {ok, J};

        {[{key, K} | Rest], {j_object, Members}} ->
            case find_key(Members, K) of
                {ok, V} ->
                    lookup(V, Rest);

                {error, nil} ->
                    {error, nil}
            end;

        {[{index, I} | Rest@1], {j_array, Items}} ->
            case nth(Items, I) of
                {ok, V@1} ->
                    lookup(V@1, Rest@1);

                {error, nil} ->
                    {error, nil}
            end;

        {_, _} ->
            {error, nil}
    end.

-spec max(integer(), integer()) -> integer().
max(A, B) ->
    case A > B of
        true ->
            A;

        false ->
            B
    end.

-spec fold(list(BR), BT, fun((BT, BR) -> BT)) -> BT.
fold(Xs, Acc, F) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            fold(Rest, F(Acc, X), F)
    end.

-spec stats(json(), stats(), integer()) -> stats().
stats(J, S, Depth) ->
    S@1 = erlang:setelement(9, S, max(erlang:element(9, S), Depth)),
    case J of
        j_null ->
            erlang:setelement(2, S@1, erlang:element(2, S@1) + 1);

        {j_bool, _} ->
            erlang:setelement(3, S@1, erlang:element(3, S@1) + 1);

        {j_int, _} ->
            erlang:setelement(4, S@1, erlang:element(4, S@1) + 1);

        {j_float, _} ->
            erlang:setelement(5, S@1, erlang:element(5, S@1) + 1);

        {j_string, _} ->
            erlang:setelement(6, S@1, erlang:element(6, S@1) + 1);

        {j_array, Items} ->
            fold(
                Items,
                erlang:setelement(7, S@1, erlang:element(7, S@1) + 1),
                fun(Acc, V) -> stats(V, Acc, Depth + 1) end
            );

        {j_object, Members} ->
            fold(
                Members,
                erlang:setelement(8, S@1, erlang:element(8, S@1) + 1),
                fun(Acc@1, M) ->
                    stats(erlang:element(2, M), Acc@1, Depth + 1)
                end
            )
    end.

-spec print_escapes() -> binary().
print_escapes() ->
    to_compact(
        {j_array,
            [{j_string, <<"a\"b\\c\nd\te"/utf8>>},
                {j_string, bc_ffi:identity(<<1, 31, 127>>)},
                {j_string, <<"λ→😀"/utf8>>}]}
    ).

-spec each(list(CF), fun((CF) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec nested(integer()) -> binary().
nested(N) ->
    case N of
        0 ->
            <<"0"/utf8>>;

        _ ->
            <<<<"["/utf8, (nested(N - 1))/binary>>/binary, "]"/utf8>>
    end.

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec elements(bitstring(), integer(), list(json())) -> {ok,
        {json(), bitstring(), integer()}} |
    {error, json_error()}.
elements(Input, Pos, Acc) ->
    {Input@1, Pos@1} = skip_ws(Input, Pos),
    case value(Input@1, Pos@1) of
        {error, E} ->
            {error, E};

        {ok, {V, Rest, P}} ->
            {Rest@1, P@1} = skip_ws(Rest, P),
            case Rest@1 of
                <<44, Rest@2/bitstring>> ->
                    elements(Rest@2, P@1 + 1, [V | Acc]);

                <<93, Rest@3/bitstring>> ->
                    {ok, {{j_array, reverse([V | Acc], [])}, Rest@3, P@1 + 1}};

                <<>> ->
                    {error,
                        {json_error, P@1, <<"unexpected end of input"/utf8>>}};

                _ ->
                    {error, {json_error, P@1, <<"expected , or ]"/utf8>>}}
            end
    end.

-spec value(bitstring(), integer()) -> {ok, {json(), bitstring(), integer()}} |
    {error, json_error()}.
value(Input, Pos) ->
    case Input of
        <<"null"/utf8, Rest/bitstring>> ->
            {ok, {j_null, Rest, Pos + 4}};

        <<"true"/utf8, Rest@1/bitstring>> ->
            {ok, {{j_bool, true}, Rest@1, Pos + 4}};

        <<"false"/utf8, Rest@2/bitstring>> ->
            {ok, {{j_bool, false}, Rest@2, Pos + 5}};

        <<34, Rest@3/bitstring>> ->
            case string_body(Rest@3, Pos + 1, <<>>) of
                {ok, {S, Rest@4, P}} ->
                    {ok, {{j_string, S}, Rest@4, P}};

                {error, E} ->
                    {error, E}
            end;

        <<91, Rest@5/bitstring>> ->
            array(Rest@5, Pos + 1);

        <<123, Rest@6/bitstring>> ->
            object(Rest@6, Pos + 1);

        <<C, _/bitstring>> when (C =:= 45) orelse ((C >= 48) andalso (C =< 57)) ->
            number(Input, Pos);

        <<>> ->
            {error, {json_error, Pos, <<"unexpected end of input"/utf8>>}};

        _ ->
            {error, {json_error, Pos, <<"unexpected character"/utf8>>}}
    end.

-spec array(bitstring(), integer()) -> {ok, {json(), bitstring(), integer()}} |
    {error, json_error()}.
array(Input, Pos) ->
    {Input@1, Pos@1} = skip_ws(Input, Pos),
    case Input@1 of
        <<93, Rest/bitstring>> ->
            {ok, {{j_array, []}, Rest, Pos@1 + 1}};

        _ ->
            elements(Input@1, Pos@1, [])
    end.

-spec parse(bitstring()) -> {ok, json()} | {error, json_error()}.
parse(Text) ->
    case value(
        erlang:element(1, skip_ws(Text, 0)),
        erlang:element(2, skip_ws(Text, 0))
    ) of
        {error, E} ->
            {error, E};

        {ok, {V, Rest, Pos}} ->
            {Rest@1, Pos@1} = skip_ws(Rest, Pos),
            case Rest@1 of
                <<>> ->
                    {ok, V};

                _ ->
                    {error, {json_error, Pos@1, <<"trailing characters"/utf8>>}}
            end
    end.

-spec parse_scalars() -> list({ok, json()} | {error, json_error()}).
parse_scalars() ->
    map(
        [<<"null"/utf8>>,
            <<"true"/utf8>>,
            <<"false"/utf8>>,
            <<"0"/utf8>>,
            <<"-0"/utf8>>,
            <<"42"/utf8>>,
            <<"-17"/utf8>>,
            <<"  7  "/utf8>>,
            <<"\"\""/utf8>>],
        fun(T) -> parse(<<T/binary>>) end
    ).

-spec parse_numbers() -> list({ok, json()} | {error, json_error()}).
parse_numbers() ->
    map(
        [<<"3.25"/utf8>>,
            <<"-0.5"/utf8>>,
            <<"1e3"/utf8>>,
            <<"1E-2"/utf8>>,
            <<"2.5e+2"/utf8>>,
            <<"123456789012345678901234567890"/utf8>>,
            <<"0.1"/utf8>>,
            <<"-0.0"/utf8>>,
            <<"1.7976931348623157e308"/utf8>>,
            <<"5e-324"/utf8>>],
        fun(T) -> parse(<<T/binary>>) end
    ).

-spec parse_escapes() -> {ok, json()} | {error, json_error()}.
parse_escapes() ->
    parse(
        <<"\"quote \\\" backslash \\\\ slash \\/ nl \\n tab \\t cr \\r bs \\b ff \\f\""/utf8>>
    ).

-spec parse_unicode() -> list({ok, json()} | {error, json_error()}).
parse_unicode() ->
    map(
        [<<"\"\\u00e9\\u00E9\""/utf8>>,
            <<"\"\\u03bb\\u2192\""/utf8>>,
            <<"\"\\ud83d\\ude00\""/utf8>>,
            <<"\"café\""/utf8>>],
        fun(T) -> parse(<<T/binary>>) end
    ).

-spec pretty_sample() -> nil.
pretty_sample() ->
    _assert_subject = parse(
        <<<<"{\"name\": \"beamconf\", \"version\": [1, 2, 3], \"stable\": false,
  \"ratio\": 0.75, \"big\": 12345678901234567890, \"tags\": [\"vm\", \"erlang\", \"gleam\"],
  \"owner\": {\"name\": \"A. N. Other\", \"email\": null, \"langs\": {\"erl\": 1.0e3, \"gleam\": -2.5E-3}},
  \"empty\": {}, \"nothing\": []}"/utf8>>/binary>>
    ),
    {ok, Doc} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"pretty_sample"/utf8>>,
                        line => 491})
    end,
    bc_io:println(to_pretty(Doc)).

-spec compact_sample() -> binary().
compact_sample() ->
    _assert_subject = parse(
        <<<<"{\"name\": \"beamconf\", \"version\": [1, 2, 3], \"stable\": false,
  \"ratio\": 0.75, \"big\": 12345678901234567890, \"tags\": [\"vm\", \"erlang\", \"gleam\"],
  \"owner\": {\"name\": \"A. N. Other\", \"email\": null, \"langs\": {\"erl\": 1.0e3, \"gleam\": -2.5E-3}},
  \"empty\": {}, \"nothing\": []}"/utf8>>/binary>>
    ),
    {ok, Doc} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"compact_sample"/utf8>>,
                        line => 496})
    end,
    to_compact(Doc).

-spec round_trip() -> boolean().
round_trip() ->
    _assert_subject = parse(
        <<<<"{\"name\": \"beamconf\", \"version\": [1, 2, 3], \"stable\": false,
  \"ratio\": 0.75, \"big\": 12345678901234567890, \"tags\": [\"vm\", \"erlang\", \"gleam\"],
  \"owner\": {\"name\": \"A. N. Other\", \"email\": null, \"langs\": {\"erl\": 1.0e3, \"gleam\": -2.5E-3}},
  \"empty\": {}, \"nothing\": []}"/utf8>>/binary>>
    ),
    {ok, Doc} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"round_trip"/utf8>>,
                        line => 501})
    end,
    _assert_subject@1 = parse(<<(to_compact(Doc))/binary>>),
    {ok, Again} = case _assert_subject@1 of
        {ok, _} -> _assert_subject@1;
        _assert_fail@1 ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail@1,
                        module => <<"prog_json"/utf8>>,
                        function => <<"round_trip"/utf8>>,
                        line => 502})
    end,
    _assert_subject@2 = parse(<<(to_pretty(Doc))/binary>>),
    {ok, Again2} = case _assert_subject@2 of
        {ok, _} -> _assert_subject@2;
        _assert_fail@2 ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail@2,
                        module => <<"prog_json"/utf8>>,
                        function => <<"round_trip"/utf8>>,
                        line => 503})
    end,
    (Doc =:= Again) andalso (Doc =:= Again2).

-spec errors() -> nil.
errors() ->
    Bad = [<<""/utf8>>,
        <<"   "/utf8>>,
        <<"nul"/utf8>>,
        <<"[1, 2"/utf8>>,
        <<"[1 2]"/utf8>>,
        <<"{\"a\" 1}"/utf8>>,
        <<"{\"a\": 1,}"/utf8>>,
        <<"{1: 2}"/utf8>>,
        <<"[1,]"/utf8>>,
        <<"\"abc"/utf8>>,
        <<"\"bad \\x escape\""/utf8>>,
        <<"\"\\u12\""/utf8>>,
        <<"\"\\ud800\""/utf8>>,
        <<"\"\\udc00\""/utf8>>,
        <<"\"\\ud800\\u0041\""/utf8>>,
        <<"01"/utf8>>,
        <<"-"/utf8>>,
        <<"1."/utf8>>,
        <<"1e"/utf8>>,
        <<"1.5e+"/utf8>>,
        <<"[1] x"/utf8>>,
        <<"\"tab\there\""/utf8>>,
        <<"{\"k\": tru}"/utf8>>],
    each(Bad, fun(T) -> case parse(<<T/binary>>) of
                {ok, V} ->
                    bc_io:format(
                        <<"~p -> unexpectedly ok ~p~n"/utf8>>,
                        [bc_ffi:identity(T), bc_ffi:identity(V)]
                    );

                {error, {json_error, Offset, Reason}} ->
                    bc_io:format(
                        <<"~p -> error at ~w: ~s~n"/utf8>>,
                        [bc_ffi:identity(T),
                            bc_ffi:identity(Offset),
                            bc_ffi:identity(Reason)]
                    )
            end end).

-spec error_position_deep() -> {ok, json()} | {error, json_error()}.
error_position_deep() ->
    parse(<<"{\"a\": [1, 2, {\"b\": [true, false, nulx]}]}"/utf8>>).

-spec deep_nesting() -> {integer(), integer(), boolean()}.
deep_nesting() ->
    Text = nested(500),
    _assert_subject = parse(<<Text/binary>>),
    {ok, Doc} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"deep_nesting"/utf8>>,
                        line => 548})
    end,
    S = stats(Doc, {stats, 0, 0, 0, 0, 0, 0, 0, 0}, 0),
    {erlang:element(9, S), erlang:element(7, S), to_compact(Doc) =:= Text}.

-spec queries() -> list({ok, json()} | {error, nil}).
queries() ->
    _assert_subject = parse(
        <<<<"{\"name\": \"beamconf\", \"version\": [1, 2, 3], \"stable\": false,
  \"ratio\": 0.75, \"big\": 12345678901234567890, \"tags\": [\"vm\", \"erlang\", \"gleam\"],
  \"owner\": {\"name\": \"A. N. Other\", \"email\": null, \"langs\": {\"erl\": 1.0e3, \"gleam\": -2.5E-3}},
  \"empty\": {}, \"nothing\": []}"/utf8>>/binary>>
    ),
    {ok, Doc} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"queries"/utf8>>,
                        line => 554})
    end,
    [lookup(Doc, [{key, <<"name"/utf8>>}]),
        lookup(Doc, [{key, <<"version"/utf8>>}, {index, 2}]),
        lookup(
            Doc,
            [{key, <<"owner"/utf8>>},
                {key, <<"langs"/utf8>>},
                {key, <<"gleam"/utf8>>}]
        ),
        lookup(Doc, [{key, <<"tags"/utf8>>}, {index, 5}]),
        lookup(Doc, [{key, <<"nope"/utf8>>}]),
        lookup(Doc, [{key, <<"name"/utf8>>}, {index, 0}])].

-spec sample_stats() -> stats().
sample_stats() ->
    _assert_subject = parse(
        <<<<"{\"name\": \"beamconf\", \"version\": [1, 2, 3], \"stable\": false,
  \"ratio\": 0.75, \"big\": 12345678901234567890, \"tags\": [\"vm\", \"erlang\", \"gleam\"],
  \"owner\": {\"name\": \"A. N. Other\", \"email\": null, \"langs\": {\"erl\": 1.0e3, \"gleam\": -2.5E-3}},
  \"empty\": {}, \"nothing\": []}"/utf8>>/binary>>
    ),
    {ok, Doc} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"sample_stats"/utf8>>,
                        line => 566})
    end,
    stats(Doc, {stats, 0, 0, 0, 0, 0, 0, 0, 0}, 0).

-spec big_document() -> {integer(), integer(), boolean()}.
big_document() ->
    Doc = {j_object,
        map(
            range(1, 200),
            fun(I) ->
                {<<"item"/utf8, (erlang:integer_to_binary(I))/binary>>,
                    {j_object,
                        [{<<"id"/utf8>>, {j_int, I}},
                            {<<"square"/utf8>>, {j_int, I * I}},
                            {<<"inverse"/utf8>>,
                                {j_float, case erlang:float(I) of
                                        0.0 -> 0.0;
                                        Gleam@denominator -> 1.0 / Gleam@denominator
                                    end}},
                            {<<"even"/utf8>>, {j_bool, (I rem 2) =:= 0}},
                            {<<"label"/utf8>>,
                                {j_string,
                                    <<<<"entry \""/utf8,
                                            (erlang:integer_to_binary(I))/binary>>/binary,
                                        "\""/utf8>>}}]}}
            end
        )},
    Text = to_compact(Doc),
    _assert_subject = parse(<<Text/binary>>),
    {ok, Back} = case _assert_subject of
        {ok, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_json"/utf8>>,
                        function => <<"big_document"/utf8>>,
                        line => 589})
    end,
    {erlang:byte_size(Text), erlang:crc32(Text), Back =:= Doc}.

-spec whitespace_everywhere() -> {ok, json()} | {error, json_error()}.
whitespace_everywhere() ->
    parse(<<" \n\t{ \"a\" \r\n : [ 1 , { } , [ ] ] , \"b\":\"c\" } \n "/utf8>>).

-spec escape(bitstring(), integer(), bitstring()) -> {ok,
        {binary(), bitstring(), integer()}} |
    {error, json_error()}.
escape(Input, Pos, Acc) ->
    Simple = fun(C, Rest) ->
        string_body(Rest, Pos + 2, <<Acc/bitstring, C>>)
    end,
    case Input of
        <<34, Rest@1/bitstring>> ->
            Simple(34, Rest@1);

        <<92, Rest@2/bitstring>> ->
            Simple(92, Rest@2);

        <<47, Rest@3/bitstring>> ->
            Simple(47, Rest@3);

        <<98, Rest@4/bitstring>> ->
            Simple(8, Rest@4);

        <<102, Rest@5/bitstring>> ->
            Simple(12, Rest@5);

        <<110, Rest@6/bitstring>> ->
            Simple(10, Rest@6);

        <<114, Rest@7/bitstring>> ->
            Simple(13, Rest@7);

        <<116, Rest@8/bitstring>> ->
            Simple(9, Rest@8);

        <<117, A, B, C@1, D, Rest@9/bitstring>> ->
            case hex4([A, B, C@1, D], 0) of
                {error, nil} ->
                    {error, {json_error, Pos, <<"bad \\u escape"/utf8>>}};

                {ok, Hi} when (Hi >= 16#D800) andalso (Hi =< 16#DBFF) ->
                    case Rest@9 of
                        <<92, 117, E, F, G, H, Rest2/bitstring>> ->
                            case hex4([E, F, G, H], 0) of
                                {ok, Lo} when (Lo >= 16#DC00) andalso (Lo =< 16#DFFF) ->
                                    Cp = (16#10000 + ((Hi - 16#D800) * 16#400))
                                    + (Lo - 16#DC00),
                                    string_body(
                                        Rest2,
                                        Pos + 12,
                                        <<Acc/bitstring,
                                            (unicode:characters_to_binary([Cp]))/bitstring>>
                                    );

                                _ ->
                                    {error,
                                        {json_error,
                                            Pos + 6,
                                            <<"bad low surrogate"/utf8>>}}
                            end;

                        _ ->
                            {error,
                                {json_error,
                                    Pos,
                                    <<"lone high surrogate"/utf8>>}}
                    end;

                {ok, Cp@1} when (Cp@1 >= 16#DC00) andalso (Cp@1 =< 16#DFFF) ->
                    {error, {json_error, Pos, <<"lone low surrogate"/utf8>>}};

                {ok, Cp@2} ->
                    string_body(
                        Rest@9,
                        Pos + 6,
                        <<Acc/bitstring,
                            (unicode:characters_to_binary([Cp@2]))/bitstring>>
                    )
            end;

        _ ->
            {error, {json_error, Pos, <<"bad escape"/utf8>>}}
    end.

-spec string_body(bitstring(), integer(), bitstring()) -> {ok,
        {binary(), bitstring(), integer()}} |
    {error, json_error()}.
string_body(Input, Pos, Acc) ->
    case Input of
        <<34, Rest/bitstring>> ->
            {ok, {bc_ffi:identity(Acc), Rest, Pos + 1}};

        <<92, Rest@1/bitstring>> ->
            escape(Rest@1, Pos, Acc);

        <<C, _/bitstring>> when C < 32 ->
            {error, {json_error, Pos, <<"control character in string"/utf8>>}};

        <<C@1, Rest@2/bitstring>> ->
            string_body(Rest@2, Pos + 1, <<Acc/bitstring, C@1>>);

        _ ->
            {error, {json_error, Pos, <<"unterminated string"/utf8>>}}
    end.

-spec members(bitstring(), integer(), list({binary(), json()})) -> {ok,
        {json(), bitstring(), integer()}} |
    {error, json_error()}.
members(Input, Pos, Acc) ->
    {Input@1, Pos@1} = skip_ws(Input, Pos),
    case Input@1 of
        <<34, Rest/bitstring>> ->
            case string_body(Rest, Pos@1 + 1, <<>>) of
                {error, E} ->
                    {error, E};

                {ok, {Key, Rest@1, P}} ->
                    {Rest@2, P@1} = skip_ws(Rest@1, P),
                    case Rest@2 of
                        <<58, Rest@3/bitstring>> ->
                            {Rest@4, P@2} = skip_ws(Rest@3, P@1 + 1),
                            case value(Rest@4, P@2) of
                                {error, E@1} ->
                                    {error, E@1};

                                {ok, {V, Rest@5, P@3}} ->
                                    {Rest@6, P@4} = skip_ws(Rest@5, P@3),
                                    case Rest@6 of
                                        <<44, Rest@7/bitstring>> ->
                                            members(
                                                Rest@7,
                                                P@4 + 1,
                                                [{Key, V} | Acc]
                                            );

                                        <<125, Rest@8/bitstring>> ->
                                            {ok,
                                                {{j_object,
                                                        reverse(
                                                            [{Key, V} | Acc],
                                                            []
                                                        )},
                                                    Rest@8,
                                                    P@4 + 1}};

                                        <<>> ->
                                            {error,
                                                {json_error,
                                                    P@4,
                                                    <<"unexpected end of input"/utf8>>}};

                                        _ ->
                                            {error,
                                                {json_error,
                                                    P@4,
                                                    <<"expected , or }"/utf8>>}}
                                    end
                            end;

                        _ ->
                            {error, {json_error, P@1, <<"expected :"/utf8>>}}
                    end
            end;

        <<>> ->
            {error, {json_error, Pos@1, <<"unexpected end of input"/utf8>>}};

        _ ->
            {error, {json_error, Pos@1, <<"expected string key"/utf8>>}}
    end.

-spec object(bitstring(), integer()) -> {ok, {json(), bitstring(), integer()}} |
    {error, json_error()}.
object(Input, Pos) ->
    {Input@1, Pos@1} = skip_ws(Input, Pos),
    case Input@1 of
        <<125, Rest/bitstring>> ->
            {ok, {{j_object, []}, Rest, Pos@1 + 1}};

        _ ->
            members(Input@1, Pos@1, [])
    end.
