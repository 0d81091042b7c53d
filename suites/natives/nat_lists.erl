%% Native list functions that no other suite calls: the merge family used
%% by lists:sort/usort, three-way zips, zf/2, enumerate/3, append/2 and
%% subtract/2, each over normal, empty, unicode, huge and wrong-typed input.
-module(nat_lists).
-export([id/1, append2/0, subtract2/0, enumerate3/0, merge3/0, rmerge3/0,
         rmerge3_3/0, umerge1/0, umerge3/0, umerge3_3/0, rumerge/0,
         rumerge3_3/0, keymerges/0, zf2/0, zip3_4/0, zipwith4/0,
         zipwith3_5/0, zipwith3_fail/0, zip3_fail/0, enumerate_fail/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

append2() ->
    A = ?MODULE:id([1, 2]),
    [t(fun() -> lists:append(A, [3]) end),
     t(fun() -> lists:append([], ?MODULE:id([])) end),
     t(fun() -> lists:append(?MODULE:id("héllo"), [8364]) end),
     t(fun() -> lists:append(A, ?MODULE:id(tail)) end),
     t(fun() -> lists:append(?MODULE:id(notalist), A) end),
     t(fun() -> lists:append(?MODULE:id([1 | 2]), A) end),
     t(fun() -> length(lists:append(lists:seq(1, 50000), A)) end)].

subtract2() ->
    A = ?MODULE:id([1, 2, 3, 2, 1, a, 1.0]),
    [t(fun() -> lists:subtract(A, [2, 1]) end),
     t(fun() -> lists:subtract(A, [1.0]) end),
     t(fun() -> lists:subtract(A, [1]) end),
     t(fun() -> lists:subtract([], ?MODULE:id([x])) end),
     t(fun() -> lists:subtract(?MODULE:id("ünïcode"), "ï") end),
     t(fun() -> lists:subtract(A, ?MODULE:id(x)) end),
     t(fun() -> lists:subtract(?MODULE:id([a | b]), [a]) end),
     t(fun() -> A -- ?MODULE:id([a, 3]) end),
     t(fun() -> erlang:'--'(?MODULE:id([1, 1, 1]), [1]) end),
     t(fun() -> erlang:'--'(?MODULE:id(bad), [1]) end),
     t(fun() -> length(lists:subtract(lists:seq(1, 20000), lists:seq(2, 20000, 2))) end)].

enumerate3() ->
    [t(fun() -> lists:enumerate(?MODULE:id(0), 1, [a, b, c]) end),
     t(fun() -> lists:enumerate(?MODULE:id(10), -3, [a, b, c]) end),
     t(fun() -> lists:enumerate(?MODULE:id(-5), 2, "äö") end),
     t(fun() -> lists:enumerate(?MODULE:id(1), 1, []) end),
     t(fun() -> lists:enumerate(?MODULE:id(1 bsl 70), 1, [x, y]) end),
     t(fun() -> lists:enumerate(?MODULE:id(a), 1, [x]) end),
     t(fun() -> lists:enumerate(?MODULE:id(1), b, [x]) end),
     t(fun() -> lists:enumerate(?MODULE:id(1), 1, x) end)].

merge3() ->
    Le = fun(A, B) -> A =< B end,
    Ge = fun(A, B) -> A >= B end,
    [t(fun() -> lists:merge(Le, ?MODULE:id([1, 3, 5]), [2, 3, 4]) end),
     t(fun() -> lists:merge(Ge, ?MODULE:id([5, 3, 1]), [4, 3, 2]) end),
     t(fun() -> lists:merge(Le, ?MODULE:id([]), []) end),
     t(fun() -> lists:merge(Le, ?MODULE:id([{1, a}, {2, a}]), [{1, b}, {2, b}]) end),
     t(fun() -> lists:merge(fun(A, B) -> element(1, A) =< element(1, B) end,
                            ?MODULE:id([{1, a}, {2, a}]), [{1, b}, {2, b}]) end),
     t(fun() -> lists:merge(Le, ?MODULE:id(x), [1]) end),
     t(fun() -> lists:merge(Le, [1], ?MODULE:id(x)) end),
     t(fun() -> lists:merge(?MODULE:id(nofun), [1], [2]) end)].

rmerge3() ->
    Le = fun(A, B) -> A =< B end,
    [t(fun() -> lists:rmerge(Le, ?MODULE:id([5, 3, 1]), [4, 3, 2]) end),
     t(fun() -> lists:rmerge(Le, ?MODULE:id([]), [3, 2]) end),
     t(fun() -> lists:rmerge(?MODULE:id([1, 4]), [2, 3]) end),
     t(fun() -> lists:rmerge(?MODULE:id([5, 2]), [4, 3]) end),
     t(fun() -> lists:rmerge(?MODULE:id([]), []) end),
     t(fun() -> lists:rmerge(?MODULE:id(x), [1]) end)].

rmerge3_3() ->
    [t(fun() -> lists:rmerge3(?MODULE:id([9, 6, 3]), [8, 5, 2], [7, 4, 1]) end),
     t(fun() -> lists:rmerge3(?MODULE:id([]), [], [3, 1]) end),
     t(fun() -> lists:rmerge3(?MODULE:id([2, 1]), [2, 1], [2, 1]) end),
     t(fun() -> lists:merge3(?MODULE:id([1, 4]), [2, 5], [3, 6]) end),
     t(fun() -> lists:rmerge3(?MODULE:id(x), [], []) end)].

umerge1() ->
    [t(fun() -> lists:umerge(?MODULE:id([[1, 2, 3], [2, 3, 4], [0, 5]])) end),
     t(fun() -> lists:umerge(?MODULE:id([])) end),
     t(fun() -> lists:umerge(?MODULE:id([[], [], []])) end),
     t(fun() -> lists:umerge(?MODULE:id([[1, 1.0], [1]])) end),
     t(fun() -> lists:umerge(?MODULE:id(["abc", "äbc"])) end),
     t(fun() -> lists:umerge(?MODULE:id([[1], x])) end),
     t(fun() -> lists:umerge(?MODULE:id(x)) end)].

umerge3() ->
    Le = fun(A, B) -> A =< B end,
    KLe = fun({A, _}, {B, _}) -> A =< B end,
    [t(fun() -> lists:umerge(Le, ?MODULE:id([1, 2, 4]), [2, 3, 4]) end),
     t(fun() -> lists:umerge(KLe, ?MODULE:id([{1, a}, {2, a}]), [{1, b}, {3, b}]) end),
     t(fun() -> lists:umerge(Le, ?MODULE:id([]), [1]) end),
     t(fun() -> lists:umerge(?MODULE:id(x), [1], [2]) end)].

umerge3_3() ->
    [t(fun() -> lists:umerge3(?MODULE:id([1, 4, 7]), [1, 5, 7], [2, 4, 9]) end),
     t(fun() -> lists:umerge3(?MODULE:id([]), [], []) end),
     t(fun() -> lists:umerge3(?MODULE:id([a]), [1], ["s"]) end),
     t(fun() -> lists:umerge3(?MODULE:id(x), [1], [2]) end)].

rumerge() ->
    Le = fun(A, B) -> A =< B end,
    [t(fun() -> lists:rumerge(?MODULE:id([5, 3, 1]), [4, 3, 2]) end),
     t(fun() -> lists:rumerge(?MODULE:id([]), [2]) end),
     t(fun() -> lists:rumerge(Le, ?MODULE:id([5, 3, 1]), [4, 3, 2]) end),
     t(fun() -> lists:rumerge(Le, ?MODULE:id([]), []) end),
     t(fun() -> lists:rumerge(?MODULE:id(x), [1]) end)].

rumerge3_3() ->
    [t(fun() -> lists:rumerge3(?MODULE:id([9, 5, 1]), [9, 6, 2], [7, 5, 3]) end),
     t(fun() -> lists:rumerge3(?MODULE:id([]), [], [1]) end),
     t(fun() -> lists:rumerge3(?MODULE:id(x), [], []) end)].

keymerges() ->
    A = ?MODULE:id([{1, a}, {3, c}, {5, e}]),
    B = ?MODULE:id([{1, z}, {4, d}, {5, y}]),
    RA = lists:reverse(A),
    RB = lists:reverse(B),
    [t(fun() -> lists:ukeymerge(1, A, B) end),
     t(fun() -> lists:ukeymerge(2, A, B) end),
     t(fun() -> lists:ukeymerge(1, [], B) end),
     t(fun() -> lists:rkeymerge(1, RA, RB) end),
     t(fun() -> lists:rkeymerge(1, RA, []) end),
     t(fun() -> lists:rukeymerge(1, RA, RB) end),
     t(fun() -> lists:rukeymerge(2, [], RB) end),
     t(fun() -> lists:ukeymerge(?MODULE:id(0), A, B) end),
     t(fun() -> lists:ukeymerge(3, A, B) end),
     t(fun() -> lists:rkeymerge(1, ?MODULE:id(x), RB) end),
     t(fun() -> lists:rukeymerge(?MODULE:id(a), RA, RB) end)].

zf2() ->
    F = fun(X) when is_integer(X), X > 2 -> {true, X * 10};
           (X) when is_integer(X) -> X rem 2 =:= 0;
           (_) -> false end,
    [t(fun() -> lists:zf(F, ?MODULE:id([1, 2, 3, 4, a])) end),
     t(fun() -> lists:zf(F, ?MODULE:id([])) end),
     t(fun() -> lists:zf(fun(X) -> X end, ?MODULE:id([true, false, {true, "ü"}])) end),
     t(fun() -> lists:zf(fun(_) -> maybe end, ?MODULE:id([1])) end),
     t(fun() -> lists:zf(F, ?MODULE:id(x)) end),
     t(fun() -> lists:zf(?MODULE:id(nofun), [1]) end)].

zip3_4() ->
    [t(fun() -> lists:zip3(?MODULE:id([1, 2]), [a, b], "xy", fail) end),
     t(fun() -> lists:zip3(?MODULE:id([1, 2, 3]), [a], "xy", trim) end),
     t(fun() -> lists:zip3(?MODULE:id([1, 2, 3]), [a], "xy", {pad, {p1, p2, p3}}) end),
     t(fun() -> lists:zip3(?MODULE:id([]), [], [], {pad, {p1, p2, p3}}) end),
     t(fun() -> lists:zip3(?MODULE:id([1, 2]), [a], "x", fail) end),
     t(fun() -> lists:zip3(?MODULE:id([1]), [a], "x", bogus) end)].

zipwith4() ->
    F = fun(A, B) -> {A, B} end,
    [t(fun() -> lists:zipwith(F, ?MODULE:id([1, 2]), [a, b], fail) end),
     t(fun() -> lists:zipwith(F, ?MODULE:id([1, 2, 3]), [a], trim) end),
     t(fun() -> lists:zipwith(F, ?MODULE:id([1]), [a, b, c], {pad, {x, y}}) end),
     t(fun() -> lists:zipwith(F, ?MODULE:id([]), [], trim) end),
     t(fun() -> lists:zipwith(F, ?MODULE:id([1]), [], fail) end),
     t(fun() -> lists:zipwith(fun erlang:'+'/2, ?MODULE:id([1, 2]), [3, x], fail) end)].

zipwith3_5() ->
    F = fun(A, B, C) -> A + B * C end,
    [t(fun() -> lists:zipwith3(F, ?MODULE:id([1, 2]), [3, 4], [5, 6], fail) end),
     t(fun() -> lists:zipwith3(F, ?MODULE:id([1, 2]), [3], [5, 6, 7], trim) end),
     t(fun() -> lists:zipwith3(F, ?MODULE:id([1]), [3], [5, 6, 7], {pad, {0, 0, 0}}) end),
     t(fun() -> lists:zipwith3(F, ?MODULE:id([1 bsl 64]), [1 bsl 64], [2], fail) end),
     t(fun() -> lists:zipwith3(F, ?MODULE:id([1]), [a], [2], fail) end),
     t(fun() -> lists:zipwith3(F, ?MODULE:id([1]), [], [2], fail) end)].

%% These let the exception escape so the stack trace is compared.
zipwith3_fail() ->
    lists:zipwith3(fun(A, B, C) -> {A, B, C} end, ?MODULE:id([1, 2]), [3], [4, 5], fail).

zip3_fail() ->
    lists:zip3(?MODULE:id([1]), [2], [3], bogus).

enumerate_fail() ->
    lists:enumerate(?MODULE:id(1), 1, improper).
