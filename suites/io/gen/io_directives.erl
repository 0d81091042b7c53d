-module(io_directives).
-compile([no_auto_import, nowarn_unused_vars]).

-export([w_every_kind/0, string_detection_latin1/0, s_variants/0, c_repeat/0, c_unicode_without_t/0, integer_bases_padding/0, misc_directives/0, format_string_unicode/0, k_modifier/0, atom_keyed_maps/0, atom_keyed_mixed/0, depth_limited/0, io_lib_results/0, io_lib_helpers/0, format_errors/0, io_format_bad_args/0, put_chars_bad/0]).

-spec f(binary(), list(bc_io:dynamic_())) -> nil.
f(Fmt, Args) ->
    bc_io:format(Fmt, Args).

-spec each(list(AW), fun((AW) -> nil)) -> nil.
each(Xs, G) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            G(X),
            each(Rest, G)
    end.

-spec w_every_kind() -> nil.
w_every_kind() ->
    Terms = [bc_ffi:identity(-42),
        bc_ffi:identity(123456789012345678901234567890),
        bc_ffi:identity(-0.5),
        bc_ffi:identity(erlang:binary_to_atom(<<"plain"/utf8>>)),
        bc_ffi:identity(erlang:binary_to_atom(<<"Quoted"/utf8>>)),
        bc_ffi:identity(erlang:binary_to_atom(<<"it's"/utf8>>)),
        bc_ffi:identity(erlang:binary_to_atom(<<"\n"/utf8>>)),
        bc_ffi:identity(<<"bin"/utf8>>),
        bc_ffi:identity(<<1, 2, 200>>),
        bc_ffi:identity(<<5:3>>),
        bc_ffi:identity(<<"é"/utf8>>),
        bc_ffi:identity([]),
        bc_ffi:identity([104, 105]),
        bc_ffi:identity(erlang:'++'([1, 2], 3)),
        bc_ffi:identity(erlang:'++'([], erlang:binary_to_atom(<<"x"/utf8>>))),
        bc_ffi:identity({}),
        bc_ffi:identity({1, {2}}),
        maps:from_list([{1, []}]),
        erlang:make_fun(
            erlang:binary_to_atom(<<"lists"/utf8>>),
            erlang:binary_to_atom(<<"map"/utf8>>),
            2
        ),
        bc_ffi:identity([bc_ffi:identity([]), bc_ffi:identity({})])],
    each(Terms, fun(T) -> f(<<"~w | ~p~n"/utf8>>, [T, T]) end).

-spec string_detection_latin1() -> nil.
string_detection_latin1() ->
    f(
        <<"~p ~p ~p~n"/utf8>>,
        [bc_ffi:identity([233, 116, 233]),
            bc_ffi:identity([955]),
            bc_ffi:identity([72, 10, 9, 27])]
    ),
    f(
        <<"~tp ~tp ~tp~n"/utf8>>,
        [bc_ffi:identity([233, 116, 233]),
            bc_ffi:identity([955]),
            bc_ffi:identity([72, 10, 9, 27])]
    ),
    f(
        <<"~p ~tp~n"/utf8>>,
        [bc_ffi:identity(unicode:characters_to_binary([16#3BB, 16#3BC])),
            bc_ffi:identity(unicode:characters_to_binary([16#3BB, 16#3BC]))]
    ),
    f(
        <<"~p ~tp ~lp ~ltp~n"/utf8>>,
        [bc_ffi:identity(unicode:characters_to_binary([16#E9])),
            bc_ffi:identity(unicode:characters_to_binary([16#E9])),
            bc_ffi:identity([97, 98]),
            bc_ffi:identity([955])]
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                [bc_ffi:identity(<<"ok"/utf8>>),
                    bc_ffi:identity([127]),
                    bc_ffi:identity([8, 7, 11, 12, 13]),
                    bc_ffi:identity([160, 255]),
                    bc_ffi:identity([128])]
            )]
    ).

-spec s_variants() -> nil.
s_variants() ->
    f(
        <<"[~s] [~s] [~s] [~s]~n"/utf8>>,
        [bc_ffi:identity(erlang:binary_to_atom(<<"an_atom"/utf8>>)),
            bc_ffi:identity(<<"binary"/utf8>>),
            bc_ffi:identity(
                [bc_ffi:identity(<<"io"/utf8>>),
                    bc_ffi:identity([108, 105]),
                    bc_ffi:identity(<<"st"/utf8>>)]
            ),
            bc_ffi:identity([])]
    ),
    f(
        <<"[~12s] [~-12s] [~.3s] [~-8.3s] [~8.3s]~n"/utf8>>,
        [bc_ffi:identity(<<"abcdef"/utf8>>),
            bc_ffi:identity(<<"abcdef"/utf8>>),
            bc_ffi:identity(<<"abcdef"/utf8>>),
            bc_ffi:identity(<<"abcdef"/utf8>>),
            bc_ffi:identity(<<"abcdef"/utf8>>)]
    ),
    f(
        <<"[~ts] [~10ts] [~-10ts] [~.2ts]~n"/utf8>>,
        [bc_ffi:identity(unicode:characters_to_binary([16#3BB, 16#3BC, 16#3BD])),
            bc_ffi:identity(unicode:characters_to_binary([16#3BB])),
            bc_ffi:identity(unicode:characters_to_binary([16#1F600])),
            bc_ffi:identity(
                unicode:characters_to_binary([16#3BB, 16#3BC, 16#3BD])
            )]
    ),
    f(
        <<"[~3s] [~s]~n"/utf8>>,
        [bc_ffi:identity(<<"toolong"/utf8>>),
            bc_ffi:identity(
                [bc_ffi:identity([97]), bc_ffi:identity(<<"b"/utf8>>)]
            )]
    ).

-spec c_repeat() -> nil.
c_repeat() ->
    f(
        <<"[~c] [~5c] [~.3c] [~6.2c] [~-6.2c] [~6.2.-c]~n"/utf8>>,
        [bc_ffi:identity(65),
            bc_ffi:identity(66),
            bc_ffi:identity(67),
            bc_ffi:identity(68),
            bc_ffi:identity(69),
            bc_ffi:identity(70)]
    ),
    f(
        <<"[~tc] [~3tc] [~c]~n"/utf8>>,
        [bc_ffi:identity(16#3BB),
            bc_ffi:identity(16#1F600),
            bc_ffi:identity(233)]
    ).

-spec c_unicode_without_t() -> nil.
c_unicode_without_t() ->
    f(<<"[~c]~n"/utf8>>, [bc_ffi:identity(16#3BB)]).

-spec integer_bases_padding() -> nil.
integer_bases_padding() ->
    f(
        <<"[~10.16B] [~-10.16B] [~10.16.0B] [~10.2.0b]~n"/utf8>>,
        [bc_ffi:identity(48879),
            bc_ffi:identity(48879),
            bc_ffi:identity(48879),
            bc_ffi:identity(-5)]
    ),
    f(
        <<"[~.36B] [~.36b] [~12.36.*B]~n"/utf8>>,
        [bc_ffi:identity(123456789012345678901234567890),
            bc_ffi:identity(-1295),
            bc_ffi:identity(46),
            bc_ffi:identity(1295)]
    ),
    f(
        <<"[~.16#] [~10.16+] [~.8X] [~.8x]~n"/utf8>>,
        [bc_ffi:identity(-255),
            bc_ffi:identity(255),
            bc_ffi:identity(8),
            bc_ffi:identity([48, 111]),
            bc_ffi:identity(-8),
            bc_ffi:identity([48, 111])]
    ),
    f(
        <<"[~3B] [~3.10.0B] [~B]~n"/utf8>>,
        [bc_ffi:identity(12345), bc_ffi:identity(7), bc_ffi:identity(-0)]
    ).

-spec misc_directives() -> nil.
misc_directives() ->
    f(
        <<"a~nb~n~~~i~w~n"/utf8>>,
        [bc_ffi:identity(erlang:binary_to_atom(<<"ignored"/utf8>>)),
            bc_ffi:identity(1)]
    ),
    f(<<"~5n|~n"/utf8>>, []),
    f(<<"plain text only~n"/utf8>>, []),
    io:format(<<"format/1 call~n"/utf8>>),
    io:fwrite(<<"fwrite ~w~n"/utf8>>, [bc_ffi:identity(2)]),
    io:write({1, <<"x"/utf8>>}),
    io:nl(),
    io:put_chars(
        [bc_ffi:identity(unicode:characters_to_binary([16#3BB])),
            bc_ffi:identity([16#3BC]),
            bc_ffi:identity(10)]
    ),
    nil.

-spec format_string_unicode() -> nil.
format_string_unicode() ->
    f(
        unicode:characters_to_binary(
            [16#3BB,
                16#3A,
                16#20,
                16#7E,
                16#77,
                16#20,
                16#7E,
                16#74,
                16#73,
                16#7E,
                16#6E]
        ),
        [bc_ffi:identity(1),
            bc_ffi:identity(unicode:characters_to_binary([16#3BC]))]
    ).

-spec map(list(AY), fun((AY) -> BA)) -> list(BA).
map(Xs, G) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [G(X) | map(Rest, G)]
    end.

-spec k_modifier() -> nil.
k_modifier() ->
    M = maps:from_list(
        [{3, <<"c"/utf8>>}, {1, <<"a"/utf8>>}, {2, <<"b"/utf8>>}]
    ),
    Big = maps:from_list(map(lists:seq(1, 34), fun(I) -> {I, I} end)),
    f(<<"~p~n~kp~n"/utf8>>, [bc_ffi:identity(M), bc_ffi:identity(M)]),
    f(<<"~w~n~kw~n"/utf8>>, [bc_ffi:identity(Big), bc_ffi:identity(Big)]),
    f(<<"~kP~n"/utf8>>, [bc_ffi:identity(Big), bc_ffi:identity(5)]).

-spec atom_keyed_maps() -> nil.
atom_keyed_maps() ->
    M = maps:from_list(
        [{erlang:binary_to_atom(<<"zulu"/utf8>>), 1},
            {erlang:binary_to_atom(<<"alpha"/utf8>>), 2},
            {erlang:binary_to_atom(<<"mike"/utf8>>), 3},
            {erlang:binary_to_atom(<<"bravo"/utf8>>), 4}]
    ),
    f(<<"~p~n~w~n~kp~n"/utf8>>, [M, M, M]).

-spec atom_keyed_mixed() -> nil.
atom_keyed_mixed() ->
    M = maps:from_list(
        [{bc_ffi:identity(erlang:binary_to_atom(<<"ok"/utf8>>)), 1},
            {bc_ffi:identity(1), 2},
            {bc_ffi:identity(<<"k"/utf8>>), 3},
            {bc_ffi:identity(erlang:binary_to_atom(<<"error"/utf8>>)), 4},
            {bc_ffi:identity(1.5), 5}]
    ),
    f(<<"~p~n"/utf8>>, [M]).

-spec depth_limited() -> nil.
depth_limited() ->
    T = {1,
        [2, 3, 4, 5],
        maps:from_list([{1, {2, {3}}}]),
        <<"binary text"/utf8>>,
        <<1, 2, 3, 4, 5>>},
    f(
        <<"~P~n~W~n~P~n~W~n"/utf8>>,
        [bc_ffi:identity(T),
            bc_ffi:identity(2),
            bc_ffi:identity(T),
            bc_ffi:identity(3),
            bc_ffi:identity(T),
            bc_ffi:identity(5),
            bc_ffi:identity(T),
            bc_ffi:identity(8)]
    ),
    f(<<"~P~n"/utf8>>, [bc_ffi:identity(lists:seq(1, 20)), bc_ffi:identity(-1)]).

-spec io_lib_results() -> list(bc_io:dynamic_()).
io_lib_results() ->
    [io_lib:format(<<"~w"/utf8>>, [bc_ffi:identity(1)]),
        io_lib:format(<<"a~sb"/utf8>>, [bc_ffi:identity(<<"x"/utf8>>)]),
        io_lib:format(<<"~5w|"/utf8>>, [bc_ffi:identity(12)]),
        io_lib:format(
            <<"~ts"/utf8>>,
            [bc_ffi:identity(unicode:characters_to_binary([16#3BB]))]
        ),
        io_lib:format(<<"~p"/utf8>>, [bc_ffi:identity([1, 2])]),
        io_lib:format([126, 99], [bc_ffi:identity(65)]),
        io_lib:format(erlang:binary_to_atom(<<"plain"/utf8>>), []),
        lists:flatten(
            io_lib:format(
                <<"~10.3f|~-6w|~c"/utf8>>,
                [bc_ffi:identity(3.14159),
                    bc_ffi:identity(erlang:binary_to_atom(<<"a"/utf8>>)),
                    bc_ffi:identity(66)]
            )
        )].

-spec io_lib_helpers() -> list(bc_io:dynamic_()).
io_lib_helpers() ->
    [io_lib:write_string([104, 34, 105, 10]),
        io_lib:write_atom(erlang:binary_to_atom(<<"needs quote"/utf8>>)),
        io_lib:write_atom(erlang:binary_to_atom(<<"fine"/utf8>>)),
        bc_ffi:identity(
            io_lib:quote_atom(
                erlang:binary_to_atom(<<"Upper"/utf8>>),
                bc_ffi:identity([85])
            )
        ),
        io_lib:write_char(97),
        io_lib:write_char(10),
        bc_ffi:identity(io_lib:printable_list([104, 105])),
        bc_ffi:identity(io_lib:printable_list([233])),
        bc_ffi:identity(io_lib:printable_latin1_list([233])),
        bc_ffi:identity(io_lib:printable_unicode_list([955])),
        bc_ffi:identity(io_lib:printable_unicode_list([1])),
        bc_ffi:identity(io_lib:char_list([97, 98])),
        bc_ffi:identity(io_lib:char_list(bc_ffi:identity([97, -1]))),
        bc_ffi:identity(
            io_lib:deep_char_list(
                [bc_ffi:identity([97]), bc_ffi:identity([[98]])]
            )
        ),
        bc_ffi:identity(io_lib:indentation([97, 9, 98, 10, 99], 0)),
        io_lib:write([1, 2, 3, 4, 5], 3)].

-spec format_errors() -> list(bc_try:outcome()).
format_errors() ->
    [bc_ffi:try_call(
            fun() -> io_lib:format(<<"~z"/utf8>>, [bc_ffi:identity(1)]) end
        ),
        bc_ffi:try_call(fun() -> io_lib:format(<<"~"/utf8>>, []) end),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~w ~w"/utf8>>, [bc_ffi:identity(1)]) end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(
                    <<"~w"/utf8>>,
                    [bc_ffi:identity(1), bc_ffi:identity(2)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~w"/utf8>>, bc_ffi:identity(1)) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~c"/utf8>>, [bc_ffi:identity(-1)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~.1B"/utf8>>, [bc_ffi:identity(10)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~.37B"/utf8>>, [bc_ffi:identity(10)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~B"/utf8>>, [bc_ffi:identity(1.0)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~P"/utf8>>, [bc_ffi:identity(1)]) end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(
                    <<"~*w"/utf8>>,
                    [bc_ffi:identity(erlang:binary_to_atom(<<"x"/utf8>>)),
                        bc_ffi:identity(1)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(<<"~ls"/utf8>>, [bc_ffi:identity(<<"x"/utf8>>)])
            end
        )].

-spec io_format_bad_args() -> nil.
io_format_bad_args() ->
    f(<<"~w ~w~n"/utf8>>, [bc_ffi:identity(1)]).

-spec put_chars_bad() -> bc_io:dynamic_().
put_chars_bad() ->
    io:put_chars(bc_ffi:identity({1, 2})).
