%% Native string functions no other suite calls: the obsolete flat-list API
%% (centre, chars, concat, left, right, len, rchr, strip, sub_string,
%% sub_word, substr, words), to_upper/1, list_to_integer/1,
%% list_to_float/1, and the unicode-aware pad, replace, take, trim, equal.
-module(nat_string).
-export([id/1, centre_left_right/0, chars/0, concat_len/0, equal2/0,
         list_to_number/0, pad/0, rchr/0, replace3/0, strip/0,
         sub_string/0, sub_word_words/0, substr2/0, take/0, to_upper1/0,
         trim2/0, left_escapes/0, sub_string_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

centre_left_right() ->
    S = ?MODULE:id("abc"),
    [t(fun() -> string:centre(S, 7) end),
     t(fun() -> string:centre(S, 8, $*) end),
     t(fun() -> string:centre(S, 2, $*) end),
     t(fun() -> string:centre("", 3, $é) end),
     t(fun() -> string:centre(S, 0, $-) end),
     t(fun() -> string:left(S, 5) end),
     t(fun() -> string:left("héllo", 2) end),
     t(fun() -> string:left(S, 0) end),
     t(fun() -> string:right(S, 5) end),
     t(fun() -> string:right("héllo", 3) end),
     t(fun() -> string:right("", 2) end),
     t(fun() -> string:centre(S, ?MODULE:id(-1), $x) end),
     t(fun() -> string:left(S, ?MODULE:id(a)) end),
     t(fun() -> string:right(?MODULE:id(abc), 3) end)].

chars() ->
    [t(fun() -> string:chars(?MODULE:id($a), 3) end),
     t(fun() -> string:chars(?MODULE:id(8364), 2, "end") end),
     t(fun() -> string:chars(?MODULE:id($a), 0) end),
     t(fun() -> string:chars(?MODULE:id($a), 0, tail) end),
     t(fun() -> length(string:chars(?MODULE:id($z), 10000)) end),
     t(fun() -> string:chars(?MODULE:id($a), -1) end),
     t(fun() -> string:chars(?MODULE:id($a), x) end)].

concat_len() ->
    [t(fun() -> string:concat(?MODULE:id("ab"), "cd") end),
     t(fun() -> string:concat(?MODULE:id(""), "") end),
     t(fun() -> string:concat(?MODULE:id("ü"), "€") end),
     t(fun() -> string:concat(?MODULE:id(ab), "cd") end),
     t(fun() -> string:len(?MODULE:id("hello")) end),
     t(fun() -> string:len(?MODULE:id("")) end),
     t(fun() -> string:len(?MODULE:id("日本語")) end),
     t(fun() -> string:len(?MODULE:id(<<"bin">>)) end),
     t(fun() -> string:len(?MODULE:id(atom)) end)].

equal2() ->
    [t(fun() -> string:equal(?MODULE:id("abc"), "abc") end),
     t(fun() -> string:equal(?MODULE:id("abc"), <<"abc">>) end),
     t(fun() -> string:equal(?MODULE:id(["a", <<"b">>, $c]), "abc") end),
     t(fun() -> string:equal(?MODULE:id("abc"), "ABC") end),
     t(fun() -> string:equal(?MODULE:id(""), <<>>) end),
     t(fun() -> string:equal(?MODULE:id("é"), <<"é"/utf8>>) end),
     t(fun() -> string:equal(?MODULE:id(abc), "abc") end)].

list_to_number() ->
    I = fun(S) -> t(fun() -> string:list_to_integer(S) end) end,
    F = fun(S) -> t(fun() -> string:list_to_float(S) end) end,
    [I(?MODULE:id("123")), I("-45xyz"), I("+7"), I("0012 rest"),
     I("123456789012345678901234567890"), I("abc"), I(""), I("-"),
     I(?MODULE:id(123)), I([$1, 1 bsl 40]),
     F(?MODULE:id("1.5")), F("-2.25e3tail"), F("1.0e-5"), F("3"), F("1."),
     F(".5"), F(""), F("1.0e999"), F(?MODULE:id(1.5))].

pad() ->
    [t(fun() -> string:pad(?MODULE:id("abc"), 6) end),
     t(fun() -> string:pad(?MODULE:id(<<"abc">>), 6, leading) end),
     t(fun() -> string:pad(?MODULE:id("abc"), 6, both) end),
     t(fun() -> string:pad(?MODULE:id("abc"), 2) end),
     t(fun() -> string:pad(?MODULE:id("e\x{301}x"), 4, trailing) end),
     t(fun() -> string:pad(?MODULE:id(["a", <<"b">>]), 3, leading) end),
     t(fun() -> string:pad(?MODULE:id(""), 0) end),
     t(fun() -> string:pad(?MODULE:id("abc"), 6, sideways) end),
     t(fun() -> string:pad(?MODULE:id(abc), 6) end)].

rchr() ->
    [t(fun() -> string:rchr(?MODULE:id("hello"), $l) end),
     t(fun() -> string:rchr(?MODULE:id("hello"), $z) end),
     t(fun() -> string:rchr(?MODULE:id(""), $a) end),
     t(fun() -> string:rchr(?MODULE:id("aéaé"), $é) end),
     t(fun() -> string:rchr(?MODULE:id(hello), $l) end)].

replace3() ->
    [t(fun() -> string:replace(?MODULE:id("a-b-c"), "-", "+") end),
     t(fun() -> string:replace(?MODULE:id(<<"a-b-c">>), "-", "") end),
     t(fun() -> string:replace(?MODULE:id("abc"), "x", "y") end),
     t(fun() -> string:replace(?MODULE:id("ééé"), "é", "e") end),
     t(fun() -> string:replace(?MODULE:id(""), "a", "b") end),
     t(fun() -> string:replace(?MODULE:id("abc"), "", "y") end),
     t(fun() -> string:replace(?MODULE:id(abc), "a", "b") end)].

strip() ->
    [t(fun() -> string:strip(?MODULE:id("  ab c  ")) end),
     t(fun() -> string:strip(?MODULE:id("  ab  "), left) end),
     t(fun() -> string:strip(?MODULE:id("  ab  "), right) end),
     t(fun() -> string:strip(?MODULE:id("xxabxx"), both, $x) end),
     t(fun() -> string:strip(?MODULE:id("ééaé"), leading, $é) end),
     t(fun() -> string:strip(?MODULE:id("\tab\n")) end),
     t(fun() -> string:strip(?MODULE:id("")) end),
     t(fun() -> string:strip(?MODULE:id("ab"), sideways) end),
     t(fun() -> string:strip(?MODULE:id(ab)) end)].

sub_string() ->
    S = ?MODULE:id("hello world"),
    [t(fun() -> string:sub_string(S, 7) end),
     t(fun() -> string:sub_string(S, 1, 5) end),
     t(fun() -> string:sub_string(S, 7, 100) end),
     t(fun() -> string:sub_string(S, 12) end),
     t(fun() -> string:sub_string("日本語", 2, 2) end),
     t(fun() -> string:sub_string(S, 5, 2) end),
     t(fun() -> string:sub_string(S, 0) end),
     t(fun() -> string:sub_string(S, 13) end),
     t(fun() -> string:sub_string(?MODULE:id(abc), 1) end)].

sub_word_words() ->
    [t(fun() -> string:words(?MODULE:id("  one two  three ")) end),
     t(fun() -> string:words(?MODULE:id("")) end),
     t(fun() -> string:words(?MODULE:id("a,b,,c"), $,) end),
     t(fun() -> string:words(?MODULE:id("über öl")) end),
     t(fun() -> string:sub_word(?MODULE:id("  one two  three "), 2) end),
     t(fun() -> string:sub_word(?MODULE:id("a,b,,c"), 3, $,) end),
     t(fun() -> string:sub_word(?MODULE:id("one"), 5) end),
     t(fun() -> string:sub_word(?MODULE:id("one"), 0) end),
     t(fun() -> string:words(?MODULE:id(one)) end)].

substr2() ->
    [t(fun() -> string:substr(?MODULE:id("hello"), 2) end),
     t(fun() -> string:substr(?MODULE:id("hello"), 2, 3) end),
     t(fun() -> string:substr(?MODULE:id("hello"), 6) end),
     t(fun() -> string:substr(?MODULE:id("ÿÿÿ"), 3) end),
     t(fun() -> string:substr(?MODULE:id("hello"), 7) end),
     t(fun() -> string:substr(?MODULE:id("hello"), 0) end),
     t(fun() -> string:substr(?MODULE:id(<<"hello">>), 1) end)].

take() ->
    Digits = "0123456789",
    [t(fun() -> string:take(?MODULE:id("123abc"), Digits) end),
     t(fun() -> string:take(?MODULE:id(<<"123abc">>), Digits) end),
     t(fun() -> string:take(?MODULE:id("123abc"), Digits, true) end),
     t(fun() -> string:take(?MODULE:id("abc123"), Digits, false, trailing) end),
     t(fun() -> string:take(?MODULE:id("abc123"), Digits, true, trailing) end),
     t(fun() -> string:take(?MODULE:id(""), Digits) end),
     t(fun() -> string:take(?MODULE:id("ééx"), [$é]) end),
     t(fun() -> string:take(?MODULE:id("e\x{301}e"), [$e]) end),
     t(fun() -> string:take(?MODULE:id(abc), Digits) end)].

to_upper1() ->
    [t(fun() -> string:to_upper(?MODULE:id("Hello, World 1")) end),
     t(fun() -> string:to_upper(?MODULE:id("äöü ßÿ")) end),
     t(fun() -> string:to_upper(?MODULE:id("ǆ ω")) end),
     t(fun() -> string:to_upper(?MODULE:id($a)) end),
     t(fun() -> string:to_upper(?MODULE:id(233)) end),
     t(fun() -> string:to_upper(?MODULE:id("")) end),
     t(fun() -> string:to_upper(?MODULE:id(<<"abc">>)) end),
     t(fun() -> string:to_upper(?MODULE:id(abc)) end)].

trim2() ->
    [t(fun() -> string:trim(?MODULE:id("  ab  "), leading) end),
     t(fun() -> string:trim(?MODULE:id(<<"  ab  ">>), trailing) end),
     t(fun() -> string:trim(?MODULE:id("\r\n ab \r\n"), both) end),
     t(fun() -> string:trim(?MODULE:id("\x{a0}ab\x{2003}"), both) end),
     t(fun() -> string:trim(?MODULE:id(""), both) end),
     t(fun() -> string:trim(?MODULE:id("ab"), sideways) end),
     t(fun() -> string:trim(?MODULE:id(ab), both) end)].

left_escapes() -> string:left(?MODULE:id("abc"), -2).

sub_string_escapes() -> string:sub_string(?MODULE:id(notastring), 1, 2).
