-module(str_unicode).
-compile([no_auto_import, nowarn_unused_vars]).

-export([graphemes/0, reverse_clusters/0, slice_emoji/0, next_grapheme_family/0, normalisation/0, equal_after_nfc/0, case_folding/0, utf16_latin1/0, invalid_utf8/0, print_unicode/0, counts/0, walk_codepoints/1]).
-export_type([encoding/0]).

-type encoding() :: utf8 | utf16 | latin1.

-spec e_acute_combining() -> binary().
e_acute_combining() ->
    unicode:characters_to_binary([16#65, 16#301]).

-spec family() -> binary().
family() ->
    unicode:characters_to_binary(
        [16#1F468, 16#200D, 16#1F469, 16#200D, 16#1F467]
    ).

-spec flag_fr() -> binary().
flag_fr() ->
    unicode:characters_to_binary([16#1F1EB, 16#1F1F7]).

-spec thumbs_up_dark() -> binary().
thumbs_up_dark() ->
    unicode:characters_to_binary([16#1F44D, 16#1F3FF]).

-spec graphemes() -> list(bc_io:dynamic_()).
graphemes() ->
    string:to_graphemes(
        <<<<<<<<"a"/utf8, (e_acute_combining())/binary>>/binary,
                    (flag_fr())/binary>>/binary,
                "\r\n"/utf8>>/binary,
            "z"/utf8>>
    ).

-spec reverse_clusters() -> binary().
reverse_clusters() ->
    unicode:characters_to_binary(
        string:reverse(
            <<<<<<"x"/utf8, (e_acute_combining())/binary>>/binary,
                    (family())/binary>>/binary,
                "y"/utf8>>
        )
    ).

-spec slice_emoji() -> binary().
slice_emoji() ->
    string:slice(
        <<<<<<"ab"/utf8, (family())/binary>>/binary, (flag_fr())/binary>>/binary,
            "cd"/utf8>>,
        2,
        2
    ).

-spec next_grapheme_family() -> bc_io:dynamic_().
next_grapheme_family() ->
    string:next_grapheme(<<(family())/binary, "!"/utf8>>).

-spec normalisation() -> list(list(integer())).
normalisation() ->
    [unicode:characters_to_list(
            unicode:characters_to_nfc_binary(e_acute_combining())
        ),
        unicode:characters_to_list(
            unicode:characters_to_nfd_binary(<<"é"/utf8>>)
        ),
        unicode:characters_to_list(
            unicode:characters_to_nfkc_binary(<<"ﬁ①"/utf8>>)
        ),
        unicode:characters_to_list(
            unicode:characters_to_nfc_binary(<<"Å"/utf8>>)
        )].

-spec equal_after_nfc() -> {boolean(), boolean()}.
equal_after_nfc() ->
    {<<"é"/utf8>> =:= e_acute_combining(),
        unicode:characters_to_nfc_binary(<<"é"/utf8>>) =:= unicode:characters_to_nfc_binary(
            e_acute_combining()
        )}.

-spec case_folding() -> list(binary()).
case_folding() ->
    [string:casefold(<<"Straße"/utf8>>),
        string:casefold(<<"ΣΊΣΥΦΟΣ"/utf8>>),
        string:uppercase(<<"ﬁx"/utf8>>),
        string:uppercase(<<"ῥ"/utf8>>)].

-spec utf16_latin1() -> list(bc_io:dynamic_()).
utf16_latin1() ->
    [unicode:characters_to_binary(<<"A😀"/utf8>>, utf8, utf16),
        unicode:characters_to_binary(<<"é"/utf8>>, utf8, latin1),
        unicode:characters_to_binary(<<16#E9>>, latin1, utf8)].

-spec invalid_utf8() -> list(bc_io:dynamic_()).
invalid_utf8() ->
    [unicode:characters_to_binary(<<"ok"/utf8, 16#FF, "rest"/utf8>>),
        unicode:characters_to_binary(<<"ab"/utf8, 16#E2, 16#82>>),
        unicode:characters_to_binary(<<16#C3, 16#A9>>)].

-spec print_unicode() -> nil.
print_unicode() ->
    bc_io:format(
        <<"~ts~n"/utf8>>,
        [bc_ffi:identity(
                <<<<<<"naïve café "/utf8, (family())/binary>>/binary,
                        " "/utf8>>/binary,
                    (flag_fr())/binary>>
            )]
    ),
    bc_io:format(<<"~tp~n"/utf8>>, [bc_ffi:identity(<<"日本語"/utf8>>)]),
    bc_io:format(<<"[~-6ts]~n"/utf8>>, [bc_ffi:identity(<<"ñu"/utf8>>)]),
    bc_io:format(
        <<"~tp~n"/utf8>>,
        [bc_ffi:identity([<<"αβγ"/utf8>>, <<"δ"/utf8>>])]
    ).

-spec map(list(AO), fun((AO) -> AQ)) -> list(AQ).
map(Items, F) ->
    case Items of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec list_length(list(any())) -> integer().
list_length(Items) ->
    case Items of
        [] ->
            0;

        [_ | Rest] ->
            1 + list_length(Rest)
    end.

-spec counts() -> list({binary(), integer(), integer(), integer()}).
counts() ->
    Samples = [{<<"ascii"/utf8>>, <<"abc"/utf8>>},
        {<<"precomposed"/utf8>>, <<"é"/utf8>>},
        {<<"combining"/utf8>>, e_acute_combining()},
        {<<"family"/utf8>>, family()},
        {<<"flag"/utf8>>, flag_fr()},
        {<<"skin tone"/utf8>>, thumbs_up_dark()},
        {<<"crlf"/utf8>>, <<"\r\n"/utf8>>},
        {<<"hangul"/utf8>>, <<"한국어"/utf8>>},
        {<<"smiley"/utf8>>, <<"😀"/utf8>>}],
    map(
        Samples,
        fun(P) ->
            {Name, S} = P,
            {Name,
                erlang:byte_size(S),
                list_length(unicode:characters_to_list(S)),
                string:length(S)}
        end
    ).

-spec list_reverse(list(AU), list(AU)) -> list(AU).
list_reverse(Items, Acc) ->
    case Items of
        [] ->
            Acc;

        [X | Rest] ->
            list_reverse(Rest, [X | Acc])
    end.

-spec walk(bitstring(), list(integer())) -> list(integer()).
walk(Bits, Acc) ->
    case Bits of
        <<C/utf8, Rest/binary>> ->
            walk(Rest, [bc_ffi:identity(C) | Acc]);

        _ ->
            list_reverse(Acc, [])
    end.

-spec walk_codepoints(binary()) -> list(integer()).
walk_codepoints(S) ->
    walk(<<S/binary>>, []).
