%% Native io_lib and io functions no other suite calls: io_lib:fwrite/2,
%% io_lib:nl/0, io_lib:print/1, and io's device-taking and query functions
%% against the case's group leader (output requests are captured, input
%% and geometry requests get the capture's fixed replies).
-module(nat_io_lib).
-export([id/1, io_lib_fwrite/0, io_lib_nl_print/0, io_format3/0, io_fwrite1/0,
         io_write2/0, io_nl_put_chars/0, io_queries/0, io_input/0,
         io_opts/0, fwrite_badarg_escapes/0, format3_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

io_lib_fwrite() ->
    F = fun(Fmt, Args) -> t(fun() -> lists:flatten(io_lib:fwrite(?MODULE:id(Fmt), Args)) end) end,
    [F("~p ~w ~s~n", [{a, "b"}, [1, 2], "str"]),
     F("~ts|~10.3f|~-6b|~.16B", ["ü€", 3.14159, 42, 255]),
     F("~e ~g ~c ~i~~", [1.5, 0.25, $x, ignored]),
     F("", []),
     F("~tp", [[<<"ü"/utf8>>, "日本"]]),
     F("~P", [lists:seq(1, 20), 5]),
     F("~8x|~s", [-255, [<<"io">>, "list"]]),
     F(<<"bin ~w">>, [1 bsl 70]),
     F(atom_fmt, []),
     F("~w ~w", [one]),
     F("~d", [notint]),
     F("~z", [1]),
     F(["~", "w"], [deep])].

io_lib_nl_print() ->
    Big = lists:seq(1, 40),
    [io_lib:nl(),
     lists:flatten(io_lib:print({a, [1, 2], "str", <<"b">>, #{k => v}})),
     lists:flatten(io_lib:print(Big)),
     lists:flatten(io_lib:print(?MODULE:id({lists:duplicate(12, abcdefgh), "x"}))),
     lists:flatten(io_lib:print(?MODULE:id([]))),
     lists:flatten(io_lib:print(?MODULE:id("üñí")))].

io_format3() ->
    R1 = io:format(standard_io, "one ~p~n", [1]),
    R2 = io:format(group_leader(), "two ~s~n", ["ü"]),
    R3 = io:format(standard_io, "~ts~n", [<<"ü€"/utf8>>]),
    R4 = t(fun() -> io:format(standard_io, ?MODULE:id("~w ~w~n"), [only_one]) end),
    R5 = t(fun() -> io:format(standard_io, ?MODULE:id(42), []) end),
    R6 = t(fun() -> io:format(no_such_registered_device, "x", []) end),
    [R1, R2, R3, R4, R5, R6].

io_fwrite1() ->
    R1 = io:fwrite(?MODULE:id("plain line\n")),
    R2 = io:fwrite(?MODULE:id("tilde ~~ and ~n")),
    R3 = t(fun() -> io:fwrite(?MODULE:id("~p~n")) end),
    R4 = io:fwrite(standard_io, "three-arg ~w~n", [[a, b]]),
    R5 = t(fun() -> io:fwrite(standard_io, ?MODULE:id("~q~n"), [1]) end),
    [R1, R2, R3, R4, R5].

io_write2() ->
    R1 = io:write(standard_io, ?MODULE:id({term, [1, 2], "ab", <<"c">>})),
    io:nl(standard_io),
    R2 = io:write(standard_io, ?MODULE:id(-1 bsl 80)),
    io:nl(standard_io),
    R3 = io:write(standard_io, ?MODULE:id("ü")),
    io:nl(standard_io),
    R4 = t(fun() -> io:write(no_such_registered_device, x) end),
    [R1, R2, R3, R4].

io_nl_put_chars() ->
    R1 = io:put_chars(standard_io, ?MODULE:id("chars ")),
    R2 = io:put_chars(standard_io, ?MODULE:id([<<"bin">>, $\s, "ü", [$\n]])),
    R3 = io:nl(standard_io),
    R4 = io:put_chars(standard_io, ?MODULE:id(<<"é€\n"/utf8>>)),
    R5 = t(fun() -> io:put_chars(standard_io, ?MODULE:id(notchars)) end),
    R6 = t(fun() -> io:nl(no_such_registered_device) end),
    [R1, R2, R3, R4, R5, R6].

io_queries() ->
    [t(fun() -> io:columns() end),
     t(fun() -> io:columns(standard_io) end),
     t(fun() -> io:rows() end),
     t(fun() -> io:printable_range() end),
     t(fun() -> io:columns(no_such_registered_device) end)].

io_input() ->
    [t(fun() -> io:get_line("prompt> ") end),
     t(fun() -> io:get_line(standard_io, "p2> ") end),
     t(fun() -> io:get_chars("chars> ", 3) end),
     t(fun() -> io:get_chars(standard_io, "c2> ", 0) end)].

io_opts() ->
    [t(fun() -> io:getopts() end),
     t(fun() -> io:setopts([{binary, true}]) end),
     t(fun() -> io:setopts(standard_io, [{encoding, unicode}]) end),
     t(fun() -> io:setopts(?MODULE:id(notalist)) end)].

fwrite_badarg_escapes() -> io_lib:fwrite(?MODULE:id("~w ~w"), [one]).

format3_escapes() -> io:format(standard_io, ?MODULE:id("~s~n"), [{not_a_string}]).
