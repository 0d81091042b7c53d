-module(str_funcs).
-compile([no_auto_import, nowarn_unused_vars]).

-export([split_modes/0, split_unicode/0, split_chardata/0, replace_modes/0, replace_unicode/0, trims/0, pads/0, finds/0, lexeme_splits/0, prefixes/0, case_functions/0, to_floats/0, to_integers/0, chomps/0, old_api/0, old_api_errors/0, pad_bad_direction/0, split_bad_direction/0, length_of_bad_utf8/0]).

-spec lead() -> bc_io:dynamic_().
lead() ->
    erlang:binary_to_atom(<<"leading"/utf8>>).

-spec trail() -> bc_io:dynamic_().
trail() ->
    erlang:binary_to_atom(<<"trailing"/utf8>>).

-spec all() -> bc_io:dynamic_().
all() ->
    erlang:binary_to_atom(<<"all"/utf8>>).

-spec both() -> bc_io:dynamic_().
both() ->
    erlang:binary_to_atom(<<"both"/utf8>>).

-spec split_modes() -> list(bc_io:dynamic_()).
split_modes() ->
    S = <<"a,b,,c,"/utf8>>,
    [string:split(S, <<","/utf8>>, lead()),
        string:split(S, <<","/utf8>>, trail()),
        string:split(S, <<","/utf8>>, all()),
        string:split(S, <<",,"/utf8>>, all()),
        string:split(S, <<";"/utf8>>, all()),
        string:split(<<""/utf8>>, <<","/utf8>>, all())].

-spec split_unicode() -> list(bc_io:dynamic_()).
split_unicode() ->
    S = unicode:characters_to_binary([16#3B1, 16#2192, 16#3B2, 16#2192, 16#3B3]),
    [string:split(S, unicode:characters_to_binary([16#2192]), all()),
        string:split(erlang:binary_to_list(S), [16#2192], trail()),
        string:split(
            unicode:characters_to_binary([16#65, 16#301, 16#2C, 16#65]),
            <<"e"/utf8>>,
            all()
        ),
        string:split(
            unicode:characters_to_binary([16#61, 16#0D, 16#0A, 16#62]),
            <<"\n"/utf8>>,
            all()
        )].

-spec split_chardata() -> list(bc_io:dynamic_()).
split_chardata() ->
    [string:split(
            [bc_ffi:identity(<<"ab"/utf8>>),
                bc_ffi:identity([16#2D]),
                bc_ffi:identity(<<"cd-"/utf8>>),
                bc_ffi:identity(<<"ef"/utf8>>)],
            <<"-"/utf8>>,
            all()
        ),
        string:split([<<"x--y"/utf8>>, <<"--z"/utf8>>], <<"--"/utf8>>, all())].

-spec replace_modes() -> list(bc_io:dynamic_()).
replace_modes() ->
    S = <<"one two one two one"/utf8>>,
    [string:replace(S, <<"one"/utf8>>, <<"1"/utf8>>, lead()),
        string:replace(S, <<"one"/utf8>>, <<"1"/utf8>>, trail()),
        string:replace(S, <<"one"/utf8>>, <<"1"/utf8>>, all()),
        string:replace(S, <<"xyz"/utf8>>, <<"1"/utf8>>, all()),
        string:replace(S, <<" "/utf8>>, [16#2014], all())].

-spec replace_unicode() -> list(bc_io:dynamic_()).
replace_unicode() ->
    [string:replace(
            unicode:characters_to_binary([16#63, 16#61, 16#66, 16#65, 16#301]),
            <<"e"/utf8>>,
            <<"E"/utf8>>,
            all()
        ),
        string:replace(
            unicode:characters_to_binary([16#1F600, 16#20, 16#1F600]),
            unicode:characters_to_binary([16#1F600]),
            <<":)"/utf8>>,
            all()
        ),
        string:replace(
            erlang:binary_to_list(<<"aaa"/utf8>>),
            <<"a"/utf8>>,
            <<"bb"/utf8>>,
            all()
        )].

-spec trims() -> list(bc_io:dynamic_()).
trims() ->
    S = unicode:characters_to_binary(
        [16#20, 16#09, 16#A0, 16#78, 16#20, 16#3000, 16#0A]
    ),
    [string:trim(S),
        string:trim(S, lead(), [bc_ffi:identity(16#20)]),
        string:trim(
            S,
            trail(),
            [bc_ffi:identity(16#0A),
                bc_ffi:identity(16#3000),
                bc_ffi:identity(16#20)]
        ),
        string:trim(
            <<"--==x==--"/utf8>>,
            both(),
            [bc_ffi:identity(16#2D), bc_ffi:identity(16#3D)]
        ),
        string:trim(
            unicode:characters_to_binary([16#78, 16#0D, 16#0A, 16#0D, 16#0A]),
            trail(),
            [bc_ffi:identity([16#0D, 16#0A])]
        ),
        string:trim(
            unicode:characters_to_binary([16#78, 16#0D, 16#0A]),
            trail(),
            [bc_ffi:identity(16#0A)]
        ),
        string:trim(
            unicode:characters_to_binary([16#61, 16#65, 16#301]),
            trail(),
            [bc_ffi:identity(16#65)]
        ),
        string:trim(<<""/utf8>>, both(), [bc_ffi:identity(16#20)])].

-spec pads() -> list(bc_io:dynamic_()).
pads() ->
    S = unicode:characters_to_binary([16#65, 16#301, 16#74, 16#65]),
    [string:pad(S, 6, lead(), 16#2E),
        string:pad(S, 6, trail(), 16#2E),
        string:pad(S, 7, both(), 16#2A),
        string:pad(S, 2, trail(), 16#2E),
        string:pad(<<"ab"/utf8>>, 5, both(), 16#2500)].

-spec finds() -> list(bc_io:dynamic_()).
finds() ->
    S = <<"key=value=more"/utf8>>,
    [string:find(S, <<"="/utf8>>, lead()),
        string:find(S, <<"="/utf8>>, trail()),
        string:find(S, <<"missing"/utf8>>, lead()),
        string:find(S, <<""/utf8>>, lead()),
        string:find(
            unicode:characters_to_binary(
                [16#61, 16#62, 16#2603, 16#63, 16#2603]
            ),
            unicode:characters_to_binary([16#2603]),
            trail()
        ),
        string:find(
            unicode:characters_to_binary([16#65, 16#301, 16#65]),
            <<"e"/utf8>>,
            lead()
        )].

-spec lexeme_splits() -> list(bc_io:dynamic_()).
lexeme_splits() ->
    [string:lexemes(
            <<"  a  b\tc  "/utf8>>,
            [bc_ffi:identity(16#20), bc_ffi:identity(16#09)]
        ),
        string:lexemes(
            unicode:characters_to_binary(
                [16#61, 16#0D, 16#0A, 16#62, 16#0A, 16#63]
            ),
            [bc_ffi:identity([16#0D, 16#0A]), bc_ffi:identity(16#0A)]
        ),
        string:lexemes(
            unicode:characters_to_binary([16#61, 16#0D, 16#0A, 16#62]),
            [bc_ffi:identity(16#0A)]
        ),
        string:lexemes(<<""/utf8>>, [bc_ffi:identity(16#20)]),
        string:nth_lexeme(<<"a,b,,c"/utf8>>, 3, [16#2C])].

-spec prefixes() -> list(bc_io:dynamic_()).
prefixes() ->
    [string:prefix(<<"prefix-rest"/utf8>>, <<"prefix"/utf8>>),
        string:prefix(<<"prefix"/utf8>>, <<"prefix-rest"/utf8>>),
        string:prefix(
            unicode:characters_to_binary([16#65, 16#301]),
            <<"e"/utf8>>
        ),
        string:prefix([<<"ab"/utf8>>, <<"cd"/utf8>>], <<"abc"/utf8>>),
        string:prefix(<<"x"/utf8>>, <<""/utf8>>)].

-spec each(list(CF), fun((CF) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec case_functions() -> nil.
case_functions() ->
    Texts = [bc_ffi:identity(<<"Hello World"/utf8>>),
        bc_ffi:identity(erlang:binary_to_list(<<"MiXeD"/utf8>>)),
        bc_ffi:identity(
            unicode:characters_to_binary(
                [16#130, 16#53, 16#54, 16#41, 16#4E, 16#42, 16#55, 16#4C]
            )
        ),
        bc_ffi:identity(
            unicode:characters_to_binary([16#3C3, 16#3C4, 16#3B9, 16#3C2])
        ),
        bc_ffi:identity(
            unicode:characters_to_binary([16#44, 16#17D, 16#20, 16#1C4])
        ),
        bc_ffi:identity(unicode:characters_to_binary([16#FB00, 16#20, 16#DF]))],
    each(
        Texts,
        fun(T) ->
            bc_io:format(
                <<"~w ~w ~w ~w~n"/utf8>>,
                [string:lowercase(T),
                    string:uppercase(T),
                    string:titlecase(T),
                    string:casefold(T)]
            )
        end
    ).

-spec map(list(CH), fun((CH) -> CJ)) -> list(CJ).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec to_floats() -> list(bc_io:dynamic_()).
to_floats() ->
    map(
        [<<"1.5"/utf8>>,
            <<"-2.5e3rest"/utf8>>,
            <<"1.0E-2"/utf8>>,
            <<"3"/utf8>>,
            <<"3."/utf8>>,
            <<".5"/utf8>>,
            <<"1,5"/utf8>>,
            <<"1.5e"/utf8>>,
            <<"1e10"/utf8>>,
            <<"+0.0"/utf8>>,
            <<"-0.0x"/utf8>>,
            <<"1.7976931348623157e309"/utf8>>],
        fun string:to_float/1
    ).

-spec append(list(CN), list(CN)) -> list(CN).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec to_integers() -> list(bc_io:dynamic_()).
to_integers() ->
    _pipe = map(
        [<<"42"/utf8>>,
            <<"-17abc"/utf8>>,
            <<"+3"/utf8>>,
            <<"  12"/utf8>>,
            <<"0x1F"/utf8>>,
            <<"12.5"/utf8>>,
            <<""/utf8>>,
            <<"-"/utf8>>,
            <<"99999999999999999999999 tail"/utf8>>,
            <<"007"/utf8>>],
        fun string:to_integer/1
    ),
    append(
        _pipe,
        [string:to_integer(erlang:binary_to_list(<<"55 rest"/utf8>>)),
            string:to_integer(
                [bc_ffi:identity(<<"1"/utf8>>),
                    bc_ffi:identity([16#32]),
                    bc_ffi:identity(<<"3x"/utf8>>)]
            )]
    ).

-spec chomps() -> list(bc_io:dynamic_()).
chomps() ->
    [string:chomp(<<"line\n"/utf8>>),
        string:chomp(<<"line\r\n"/utf8>>),
        string:chomp(<<"line\n\n"/utf8>>),
        string:chomp(erlang:binary_to_list(<<"x\r"/utf8>>)),
        string:chomp(<<""/utf8>>)].

-spec old_api() -> list(bc_io:dynamic_()).
old_api() ->
    [string:tokens(
            erlang:binary_to_list(<<"  the quick,brown  fox "/utf8>>),
            erlang:binary_to_list(<<" ,"/utf8>>)
        ),
        string:join(
            [erlang:binary_to_list(<<"a"/utf8>>),
                erlang:binary_to_list(<<"bc"/utf8>>),
                [],
                erlang:binary_to_list(<<"d"/utf8>>)],
            erlang:binary_to_list(<<", "/utf8>>)
        ),
        string:substr(erlang:binary_to_list(<<"Hello World"/utf8>>), 7, 3),
        string:centre(erlang:binary_to_list(<<"mid"/utf8>>), 9),
        string:centre(erlang:binary_to_list(<<"toolong"/utf8>>), 3),
        string:left(erlang:binary_to_list(<<"ab"/utf8>>), 5, 16#2E),
        string:right(erlang:binary_to_list(<<"ab"/utf8>>), 5, 16#2E),
        string:right(erlang:binary_to_list(<<"abcdef"/utf8>>), 3, 16#2E),
        bc_ffi:identity(
            string:chr(erlang:binary_to_list(<<"hello"/utf8>>), 16#6C)
        ),
        bc_ffi:identity(
            string:rstr(
                erlang:binary_to_list(<<"abcabc"/utf8>>),
                erlang:binary_to_list(<<"bc"/utf8>>)
            )
        ),
        bc_ffi:identity(
            string:str(
                erlang:binary_to_list(<<"abcabc"/utf8>>),
                erlang:binary_to_list(<<"ca"/utf8>>)
            )
        ),
        bc_ffi:identity(
            string:words(
                erlang:binary_to_list(<<"  one two  three "/utf8>>),
                16#20
            )
        ),
        string:sub_word(
            erlang:binary_to_list(<<"one two three"/utf8>>),
            2,
            16#20
        ),
        string:copies(erlang:binary_to_list(<<"ab"/utf8>>), 3),
        bc_ffi:identity(
            string:span(
                erlang:binary_to_list(<<"aabbcd"/utf8>>),
                erlang:binary_to_list(<<"ab"/utf8>>)
            )
        ),
        bc_ffi:identity(
            string:cspan(
                erlang:binary_to_list(<<"aabbcd"/utf8>>),
                erlang:binary_to_list(<<"dc"/utf8>>)
            )
        ),
        string:to_lower(erlang:binary_to_list(<<"ÀB"/utf8>>))].

-spec old_api_errors() -> list(bc_try:outcome()).
old_api_errors() ->
    [bc_ffi:try_call(
            fun() ->
                string:substr(erlang:binary_to_list(<<"abc"/utf8>>), 0, 1)
            end
        ),
        bc_ffi:try_call(
            fun() ->
                string:substr(erlang:binary_to_list(<<"abc"/utf8>>), 2, 5)
            end
        ),
        bc_ffi:try_call(
            fun() -> string:copies(erlang:binary_to_list(<<"ab"/utf8>>), -1) end
        ),
        bc_ffi:try_call(
            fun() ->
                string:sub_word(erlang:binary_to_list(<<"a b"/utf8>>), 0, 16#20)
            end
        )].

-spec pad_bad_direction() -> bc_io:dynamic_().
pad_bad_direction() ->
    string:pad(<<"x"/utf8>>, 3, erlang:binary_to_atom(<<"middle"/utf8>>), 16#20).

-spec split_bad_direction() -> bc_io:dynamic_().
split_bad_direction() ->
    string:split(
        <<"a,b"/utf8>>,
        <<","/utf8>>,
        erlang:binary_to_atom(<<"everywhere"/utf8>>)
    ).

-spec length_of_bad_utf8() -> bc_io:dynamic_().
length_of_bad_utf8() ->
    string:trim(<<16#61, 16#FF, 16#20>>).
