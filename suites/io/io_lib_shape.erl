%% The exact deep character lists io_lib and io_lib_format return (compared with
%% =:=, so the nesting OTP builds is part of the result, not just the characters):
%% padded and adjusted fields, ~p with line breaks, ~P / ~W depth, binaries,
%% improper lists, maps, unicode, the chars_limit option, and io_lib_format's
%% exports.
-module(io_lib_shape).
-export([id/1, fields/0, pretty_breaks/0, depth_limits/0, binaries/0, improper_lists/0,
         maps/0, unicode/0, strings/0, chars_limit/0, writers/0, lib_format/0,
         lib_format_exports/0, chars_limit_terms/0,
         scan_build/0, format_lists/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

%% io_lib:format/2 through id/1 so the compiler cannot fold anything.
f(Fmt, Args) -> t(fun() -> io_lib:format(?MODULE:id(Fmt), ?MODULE:id(Args)) end).

long(N) -> lists:seq(1, N).

fields() ->
    [f("~5w|~-5w|~5.2w|~.3w", [12, ab, 123456, {x, y}]),
     f("~10.4.*s|~-8s|~3s", [$-, "abcdef", "ab", "abcdef"]),
     f("~7p|~12w", [{a, b}, [1, 2, 3]]),
     f("~c~5c~-3.2.xc|~~~3~", [$a, $b, $c]),
     f("~10.3f|~-10.2e|~g|~8.3.0b|~.16#|~x", [3.14159, 2.5, 0.1, 5, 255, 10, "0x"]),
     f("~n~3n~i", [ignored])].

pretty_breaks() ->
    [f("~p", [long(40)]),
     f("~p", [{tag, long(30), {inner, long(25)}}]),
     f("~p", [{a_rather_long_tag_name_for_indentation, long(30)}]),
     f("x = ~p, y = ~p~n", [long(30), [{k, long(20)}, {k2, long(20)}]]),
     f("~30p", [{rec, long(12), "string"}]),
     f("~10.5p", [[{a, 1}, {b, 2}, {c, [x, y, z]}]]),
     f("~lp", [[long(30), "abc"]]),
     t(fun() -> io_lib:print(?MODULE:id({long(30), long(30)})) end),
     t(fun() -> io_lib:print(?MODULE:id([{k, long(30)}]), 20, 50, -1) end)].

depth_limits() ->
    [f("~P", [{a, [1, 2, 3, 4], "str", <<1, 2, 3, 4, 5>>}, 4]),
     f("~W", [{a, [1, 2, 3, 4], "str", <<1, 2, 3, 4, 5>>}, 4]),
     f("~P|~W", [long(20), 6, long(20), 6]),
     f("~P", [#{1 => long(10), 2 => {x, long(10)}}, 3]),
     f("~P", [[a | b], 1]),
     f("~P", [x, 0]),
     t(fun() -> io_lib:write(?MODULE:id({a, [b, [c, [d]]]}), 3) end),
     t(fun() -> io_lib:write(?MODULE:id({a, [b, [c, [d]]]}), [{depth, 4}, {encoding, unicode}]) end),
     t(fun() -> io_lib:print(?MODULE:id(long(50)), 1, 80, 10) end)].

binaries() ->
    [f("~p|~w", [<<1, 2, 3:3>>, <<1, 2, 3:3>>]),
     f("~p", [<<"printable text">>]),
     f("~p", [list_to_binary(lists:seq(0, 60))]),
     f("~tp|~p", [<<"h\x{e9}llo"/utf8>>, <<"h\x{e9}llo"/utf8>>]),
     f("~P", [<<"a long enough binary of text">>, 3]),
     f("~s|~ts", [<<"bin">>, <<"\x{3bb}"/utf8>>]),
     f("~w", [<<>>])].

improper_lists() ->
    [f("~p|~w", [[1, 2 | 3], [1, 2 | 3]]),
     f("~p", [[long(20) | tail_atom_that_is_long_enough_to_break_the_line_here]]),
     f("~p", [[a, b | long(30)]]),
     f("~s", [[$a, "bc", [], <<"de">> | <<"f">>]])].

maps() ->
    [f("~p|~w", [#{1 => a, 2 => [b]}, #{1 => a, 2 => [b]}]),
     f("~p", [#{1 => long(30), 2 => {x, long(30)}}]),
     f("~p", [#{[1, 2] => long(30)}]),
     f("~kp|~kw", [#{3 => c, 1 => a, 2 => b}, #{3 => c, 1 => a, 2 => b}]),
     f("~Kp", [reversed, #{3 => c, 1 => a, 2 => b}]),
     f("~w", [#{}])].

unicode() ->
    [f("~ts|~tw|~tp", [[955, 956], '\x{3bb}', [955, 956]]),
     f("~w|~p|~s", ['\x{3bb}', '\x{3bb}x', '\x{e9}t\x{e9}']),
     f("~6ts|~-6ts|~2ts", [[955], [955], [955, 956, 957]]),
     f("~tc~c", [955, 955 + 256]),
     f(<<"~w \x{e9}"/utf8>>, [1])].

strings() ->
    [f("a~sb", ["x"]),
     f("~s", [["x", [[$y]], <<"z">>]]),
     f("~5.2s|~.2s|~2s", ["abcdef", "abcdef", "abcdef"]),
     f("~-10.4s|", ["ab"]),
     f("~s", [some_atom]),
     f("~10s|", [some_atom])].

chars_limit() ->
    L = fun(Fmt, Args, N) ->
                t(fun() -> io_lib:format(?MODULE:id(Fmt), Args, [{chars_limit, N}]) end)
        end,
    [L("~s", ["abcdefghij"], 5),
     L("~s", [[<<"abcdef">>, "xyz"]], 5),
     L("~s~s", ["abcdef", "ghijkl"], 8),
     L("~10s|", ["abcdefghij"], 4),
     L("abc~sdef", ["xyz"], 3),
     L("~ts", [[955, 956, 957, 958, 959]], 4),
     L("~w~p", [x, y], 0),
     L("~p", [[1, 2]], -1),
     L("~b ~s", [12345, "abcdefgh"], 9),
     t(fun() -> io_lib:fwrite(?MODULE:id("~s"), ["abcdefgh"], [{chars_limit, 6}]) end)].

writers() ->
    [t(fun() -> io_lib:write(?MODULE:id({a, [1, 2], "s", #{1 => 2}, <<7>>})) end),
     t(fun() -> io_lib:write(?MODULE:id([1 | 2]), 5) end),
     t(fun() -> io_lib:write_atom(?MODULE:id('needs quote')) end),
     t(fun() -> io_lib:write_atom_as_latin1(?MODULE:id('\x{3bb}')) end),
     t(fun() -> io_lib:write_string(?MODULE:id("h\"i\n")) end),
     t(fun() -> io_lib:write_string(?MODULE:id("it's"), $') end),
     t(fun() -> io_lib:write_string_as_latin1(?MODULE:id([955, $a])) end),
     t(fun() -> io_lib:write_latin1_string(?MODULE:id("caf\x{e9}")) end),
     t(fun() -> [io_lib:write_char(C) || C <- ?MODULE:id([$a, $\s, $\n, 955])] end),
     t(fun() -> [io_lib:write_char_as_latin1(C) || C <- ?MODULE:id([$\s, 955])] end),
     t(fun() -> io_lib:chars_length(?MODULE:id([$a, [955, $b], "cd"])) end),
     t(fun() -> io_lib:indentation(?MODULE:id([$a, $\t, [$b, $\n, $c]]), 3) end)].

lib_format() ->
    [t(fun() -> io_lib_format:fwrite(?MODULE:id("~p~n~5w|"), [{a, "b"}, 42]) end),
     t(fun() -> io_lib_format:fwrite(?MODULE:id("~s"), [["abcdefgh"]], [{chars_limit, 4}]) end),
     t(fun() -> [io_lib_format:fwrite_g(X) || X <- ?MODULE:id([0.1, 1.0e-300, 1.0e22, -0.0, 3.14159])] end),
     t(fun() -> io_lib_format:indentation(?MODULE:id("ab\tc\nde"), 5) end)].

lib_format_exports() ->
    lists:sort(io_lib_format:module_info(exports)).

chars_limit_terms() ->
    L = fun(Fmt, Args, N) ->
                t(fun() -> io_lib:format(?MODULE:id(Fmt), Args, [{chars_limit, N}]) end)
        end,
    [L("~p", [long(30)], 20),
     L("~w|~p", [{a, long(30)}, long(30)], 30),
     L("~P", [{tag, long(10), <<"binary text">>}, 5], 25),
     t(fun() -> io_lib:write(?MODULE:id({a, long(20)}), [{chars_limit, 12}]) end)].

scan_build() ->
    Scanned = io_lib_format:scan(?MODULE:id("a~5.3.xKp~-4.*tlw~n"), [ordered, 1, 7, z]),
    [Scanned,
     t(fun() -> io_lib_format:unscan(Scanned) end),
     t(fun() -> io_lib_format:build(Scanned) end),
     t(fun() -> io_lib_format:build(io_lib_format:scan(?MODULE:id("~s|~s"), ["abcdefgh", "ijk"]),
                                    [{chars_limit, 5}]) end),
     t(fun() -> io_lib_format:scan(?MODULE:id('~w'), [1]) end),
     t(fun() -> io_lib_format:build(?MODULE:id([$a, $b])) end)].

format_lists() ->
    [f(["ab", $c, [$d]], []),
     f([[$a, [$b]], $~, $w], [ok]),
     f('~w~n', [atom_format]),
     f(<<"~w|~5w">>, [1, 2]),
     f("", [])].
