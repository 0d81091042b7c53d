%% Native io_lib and io functions no other suite calls: io_lib:fwrite/2,
%% io_lib:nl/0, io_lib:print/1, and io's device-taking and query functions
%% against the case's group leader (output requests are captured, input
%% and geometry requests get the capture's fixed replies).
-module(nat_io_lib).
-export([id/1, io_lib_fwrite/0, io_lib_nl_print/0, io_format3/0, io_fwrite1/0,
         io_write2/0, io_nl_put_chars/0, io_queries/0, io_input/0,
         io_opts/0, fwrite_badarg_escapes/0, format3_escapes/0,
         char_list_tests/0, write_chars/0, write_strings/0, write3/0]).

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

%% io_lib's character-list predicates: flat and deep, latin1 and unicode, with
%% improper tails, out-of-range integers, binaries inside deep lists and non-lists.
char_list_tests() ->
    Inputs = ?MODULE:id([[], "abc", "h\x{e9}llo", [255], [256], "\x{1F600}", [-1],
                         [16#110000], [16#D800], ["ab", [$c, "d"]], ["ab", <<"c">>],
                         [$a | $b], [[[]]], abc, <<"bin">>, [1.0], [$a, [$b | tail]]]),
    [{io_lib:char_list(I), io_lib:latin1_char_list(I),
      io_lib:deep_char_list(I), io_lib:deep_latin1_char_list(I),
      io_lib:deep_unicode_char_list(I)} || I <- Inputs].

%% write_char/1, write_latin1_char/1, write_unicode_char/1 (the latter two only
%% differ from write_char for characters above 255).
write_chars() ->
    Chars = ?MODULE:id([$a, $\n, $\s, $\\, $$, $', $", 0, 127, 160, 233, 255, 256,
                        16#3B1, 16#1F600, 16#10FFFF]),
    [{C, t(fun() -> io_lib:write_char(C) end),
      t(fun() -> io_lib:write_latin1_char(C) end),
      t(fun() -> io_lib:write_unicode_char(C) end)} || C <- Chars]
        ++ [t(fun() -> io_lib:write_latin1_char(?MODULE:id(-1)) end),
            t(fun() -> io_lib:write_unicode_char(?MODULE:id(a)) end)].

%% The string writers: quoting and escapes for each flavour and quote character.
write_strings() ->
    Strs = ?MODULE:id(["", "plain", "q\"uote", "tab\tnl\n", "back\\slash", "h\x{e9}",
                       "\x{3B1}\x{3B2}", "\x{1F600}", [0, 7, 27, 127], "it's"]),
    [{S, flat(io_lib:write_string(S)),
      flat(io_lib:write_string(S, $')),
      t(fun() -> flat(io_lib:write_latin1_string(S)) end),
      t(fun() -> flat(io_lib:write_latin1_string(S, $')) end),
      flat(io_lib:write_unicode_string(S)),
      t(fun() -> flat(io_lib:write_string_as_latin1(S)) end),
      t(fun() -> flat(io_lib:write_string_as_latin1(S, $')) end)} || S <- Strs].

flat(X) -> lists:flatten(X).

%% write/3: write(Term, Depth, Pretty) - the depth limit, and pretty=true which
%% formats like ~p.
write3() ->
    Terms = ?MODULE:id([{a, [1, 2, 3, 4, 5], "str", #{k => [v, w]}},
                        lists:seq(1, 30), <<1, 2, 3, 4, 5>>, "text",
                        [{long_atom_name_number_one, 1}, {long_atom_name_number_two, 2},
                         {long_atom_name_number_three, 3}, {long_atom_name_number_four, 4}]]),
    [{flat(io_lib:write(T, D, P))} || T <- Terms, D <- [-1, 0, 1, 3], P <- [false, true]].
