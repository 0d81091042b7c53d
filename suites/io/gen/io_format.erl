-module(io_format).
-compile([no_auto_import, nowarn_unused_vars]).

-export([widths/0, padding/0, bases/0, chars_and_misc/0, pretty_nested/0, pretty_column/0, depth_limits/0, string_detection/0, atoms_quoting/0, put_chars_iolist/0, io_lib_result/0, too_few_args/0, hex_prefix_binary/0, bad_string_arg/0, table/0]).
-export_type([colour/0]).

-type colour() :: red | green | blue | {rgb, integer(), integer(), integer()}.

-spec f(binary(), list(bc_io:dynamic_())) -> nil.
f(Fmt, Args) ->
    bc_io:format(Fmt, Args).

-spec widths() -> nil.
widths() ->
    f(
        <<"[~w] [~5w] [~-5w] [~.2w]~n"/utf8>>,
        [bc_ffi:identity(42),
            bc_ffi:identity(42),
            bc_ffi:identity(42),
            bc_ffi:identity(12345)]
    ),
    f(
        <<"[~10s] [~-10s] [~.4s] [~10.3s]~n"/utf8>>,
        [bc_ffi:identity(<<"abc"/utf8>>),
            bc_ffi:identity(<<"abc"/utf8>>),
            bc_ffi:identity(<<"abcdef"/utf8>>),
            bc_ffi:identity(<<"abcdef"/utf8>>)]
    ),
    f(<<"[~3w]~n"/utf8>>, [bc_ffi:identity(123456)]),
    f(
        <<"[~*w] [~-*w]~n"/utf8>>,
        [bc_ffi:identity(6),
            bc_ffi:identity(7),
            bc_ffi:identity(6),
            bc_ffi:identity(7)]
    ),
    f(<<"[~10p]~n"/utf8>>, [bc_ffi:identity({1, 2})]).

-spec padding() -> nil.
padding() ->
    f(<<"[~8..0w]~n"/utf8>>, [bc_ffi:identity(42)]),
    f(<<"[~-8..+w]~n"/utf8>>, [bc_ffi:identity(42)]),
    f(<<"[~8.2.xs]~n"/utf8>>, [bc_ffi:identity(<<"abcdef"/utf8>>)]),
    f(<<"[~6.. s]~n"/utf8>>, [bc_ffi:identity(<<"ab"/utf8>>)]),
    f(<<"[~10..=s]~n"/utf8>>, [bc_ffi:identity(<<""/utf8>>)]).

-spec bases() -> nil.
bases() ->
    f(
        <<"~.16B ~.16b ~.2B ~.36B ~.8B~n"/utf8>>,
        [bc_ffi:identity(255),
            bc_ffi:identity(255),
            bc_ffi:identity(10),
            bc_ffi:identity(1295),
            bc_ffi:identity(-8)]
    ),
    f(<<"~8.16.0B~n"/utf8>>, [bc_ffi:identity(48879)]),
    f(
        <<"~.16X ~.16x~n"/utf8>>,
        [bc_ffi:identity(255),
            bc_ffi:identity([48, 120]),
            bc_ffi:identity(-255),
            bc_ffi:identity([35])]
    ),
    f(
        <<"~.16# ~.2# ~.10#~n"/utf8>>,
        [bc_ffi:identity(255), bc_ffi:identity(5), bc_ffi:identity(-7)]
    ),
    f(
        <<"~B ~b~n"/utf8>>,
        [bc_ffi:identity(1000000000000000000000), bc_ffi:identity(-3)]
    ).

-spec chars_and_misc() -> nil.
chars_and_misc() ->
    f(
        <<"~c~c~c|~5c|~-3c.~n"/utf8>>,
        [bc_ffi:identity(72),
            bc_ffi:identity(105),
            bc_ffi:identity(33),
            bc_ffi:identity(42),
            bc_ffi:identity(45)]
    ),
    f(
        <<"~i~w ~~ 100~~~n"/utf8>>,
        [bc_ffi:identity(<<"ignored"/utf8>>), bc_ffi:identity(1)]
    ),
    f(<<"tab[~c] quote[~c]~n"/utf8>>, [bc_ffi:identity(9), bc_ffi:identity(34)]),
    f(<<"~ts~n"/utf8>>, [bc_ffi:identity(<<"ünïcödé"/utf8>>)]).

-spec pretty_nested() -> nil.
pretty_nested() ->
    Data = {erlang:binary_to_atom(<<"config"/utf8>>),
        [{erlang:binary_to_atom(<<"database"/utf8>>),
                [{erlang:binary_to_atom(<<"host"/utf8>>),
                        bc_ffi:identity(<<"db.internal.example.com"/utf8>>)},
                    {erlang:binary_to_atom(<<"port"/utf8>>),
                        bc_ffi:identity(5432)}]},
            {erlang:binary_to_atom(<<"cache"/utf8>>),
                [{erlang:binary_to_atom(<<"ttl_seconds"/utf8>>),
                        bc_ffi:identity(3600)},
                    {erlang:binary_to_atom(<<"max_entries"/utf8>>),
                        bc_ffi:identity(100000)}]},
            {erlang:binary_to_atom(<<"features"/utf8>>),
                [{erlang:binary_to_atom(<<"flags"/utf8>>),
                        bc_ffi:identity([red, green, blue])},
                    {erlang:binary_to_atom(<<"colour"/utf8>>),
                        bc_ffi:identity({rgb, 255, 128, 0})}]}]},
    f(<<"~p~n"/utf8>>, [bc_ffi:identity(Data)]),
    f(<<"~w~n"/utf8>>, [bc_ffi:identity(Data)]).

-spec pretty_column() -> nil.
pretty_column() ->
    L = lists:seq(1, 40),
    f(<<"numbers: ~p~n"/utf8>>, [bc_ffi:identity(L)]),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                [bc_ffi:identity(L), bc_ffi:identity(lists:seq(100, 110))]
            )]
    ).

-spec depth_limits() -> nil.
depth_limits() ->
    Deep = [bc_ffi:identity(1),
        bc_ffi:identity([2, 3, 4]),
        bc_ffi:identity([[5, 6], [7]]),
        bc_ffi:identity({8, {9, {10}}})],
    f(<<"~P~n"/utf8>>, [bc_ffi:identity(Deep), bc_ffi:identity(3)]),
    f(<<"~W~n"/utf8>>, [bc_ffi:identity(Deep), bc_ffi:identity(4)]),
    f(<<"~P~n"/utf8>>, [bc_ffi:identity(lists:seq(1, 30)), bc_ffi:identity(10)]),
    f(
        <<"~P~n"/utf8>>,
        [bc_ffi:identity(<<"a binary that is long"/utf8>>), bc_ffi:identity(3)]
    ).

-spec string_detection() -> nil.
string_detection() ->
    f(
        <<"~p ~lp ~w~n"/utf8>>,
        [bc_ffi:identity([72, 105]),
            bc_ffi:identity([72, 105]),
            bc_ffi:identity([72, 105])]
    ),
    f(
        <<"~p ~p~n"/utf8>>,
        [bc_ffi:identity([1, 2, 3]), bc_ffi:identity([104, 105, 0])]
    ),
    f(<<"~p~n"/utf8>>, [bc_ffi:identity([<<"abc"/utf8>>, <<"def"/utf8>>])]),
    f(<<"~p ~p~n"/utf8>>, [bc_ffi:identity([10, 9, 65]), bc_ffi:identity([])]).

-spec atoms_quoting() -> nil.
atoms_quoting() ->
    Atoms = [erlang:binary_to_atom(<<"ok"/utf8>>),
        erlang:binary_to_atom(<<"Capital"/utf8>>),
        erlang:binary_to_atom(<<"with space"/utf8>>),
        erlang:binary_to_atom(<<"quote'd"/utf8>>),
        erlang:binary_to_atom(<<""/utf8>>),
        erlang:binary_to_atom(<<"a@b"/utf8>>),
        erlang:binary_to_atom(<<"é"/utf8>>)],
    f(<<"~p~n~w~n"/utf8>>, [bc_ffi:identity(Atoms), bc_ffi:identity(Atoms)]).

-spec put_chars_iolist() -> nil.
put_chars_iolist() ->
    io:put_chars(
        bc_ffi:identity(
            [bc_ffi:identity(<<"bin "/utf8>>),
                bc_ffi:identity([104, 105, 32]),
                bc_ffi:identity(
                    [bc_ffi:identity(
                            [bc_ffi:identity(<<"deep"/utf8>>),
                                bc_ffi:identity(32)]
                        ),
                        bc_ffi:identity(<<"list"/utf8>>)]
                ),
                bc_ffi:identity(10)]
        )
    ),
    io:put_chars(bc_ffi:identity(<<"plain binary\n"/utf8>>)),
    nil.

-spec io_lib_result() -> {binary(), binary()}.
io_lib_result() ->
    Chars = io_lib:format(
        <<"~w-~s-~5.1f"/utf8>>,
        [bc_ffi:identity(7),
            bc_ffi:identity(<<"x"/utf8>>),
            bc_ffi:identity(2.25)]
    ),
    {unicode:characters_to_binary(Chars),
        unicode:characters_to_binary(
            io_lib:write(bc_ffi:identity({1, <<"two"/utf8>>, [3]}))
        )}.

-spec too_few_args() -> list(integer()).
too_few_args() ->
    lists:flatten(io_lib:format(<<"~w ~w"/utf8>>, [bc_ffi:identity(1)])).

-spec hex_prefix_binary() -> list(integer()).
hex_prefix_binary() ->
    lists:flatten(
        io_lib:format(
            <<"~.16X"/utf8>>,
            [bc_ffi:identity(255), bc_ffi:identity(<<"0x"/utf8>>)]
        )
    ).

-spec bad_string_arg() -> list(integer()).
bad_string_arg() ->
    lists:flatten(io_lib:format(<<"~s"/utf8>>, [bc_ffi:identity(42)])).

-spec cell(integer(), integer()) -> nil.
cell(I, J) ->
    case J > 6 of
        true ->
            nil;

        false ->
            f(<<"~4w"/utf8>>, [bc_ffi:identity(I * J)]),
            cell(I, J + 1)
    end.

-spec row(integer()) -> nil.
row(I) ->
    case I > 6 of
        true ->
            nil;

        false ->
            cell(I, 1),
            f(<<"~n"/utf8>>, []),
            row(I + 1)
    end.

-spec table() -> nil.
table() ->
    row(1).
