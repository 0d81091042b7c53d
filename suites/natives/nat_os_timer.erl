%% Native os and timer functions no other suite calls, plus ets:all/0.
%% Environment and clock readings are checked for shape only; only a
%% variable this module sets itself is returned by value.
-module(nat_os_timer).
-export([id/1, env_roundtrip/0, env_listing/0, os_type_time/0,
         timer_units/0, now_diff/0, timer_tc/0, ets_all/0,
         putenv_escapes/0, hms_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

-define(VAR, "NAT_OS_TIMER_TEST_VAR").

env_roundtrip() ->
    R0 = os:getenv(?VAR),
    R1 = os:putenv(?VAR, ?MODULE:id("välue 1")),
    R2 = os:getenv(?VAR),
    R3 = os:getenv(?VAR, "default"),
    R4 = os:putenv(?VAR, ""),
    R5 = os:getenv(?VAR),
    R6 = os:unsetenv(?VAR),
    R7 = os:getenv(?VAR),
    R8 = os:getenv(?VAR, "default"),
    R9 = os:unsetenv(?VAR),
    [R0, R1, R2, R3, R4, R5, R6, R7, R8, R9,
     t(fun() -> os:getenv(?MODULE:id(atom_name)) end),
     t(fun() -> os:getenv(?MODULE:id("A=B")) end),
     t(fun() -> os:putenv(?MODULE:id("BAD=NAME"), "x") end),
     t(fun() -> os:putenv(?MODULE:id(1), "x") end),
     t(fun() -> os:unsetenv(?MODULE:id(1)) end),
     t(fun() -> os:getenv(?MODULE:id(1), "d") end)].

env_listing() ->
    os:putenv(?VAR, "listed"),
    Strings = os:getenv(),
    Pairs = os:env(),
    Found = [lists:member(?VAR ++ "=listed", Strings),
             lists:member({?VAR, "listed"}, Pairs)],
    os:unsetenv(?VAR),
    Gone = [lists:member(?VAR ++ "=listed", os:getenv()),
            lists:keymember(?VAR, 1, os:env())],
    [is_list(Strings), lists:all(fun is_list/1, Strings),
     lists:all(fun({K, V}) -> is_list(K) andalso is_list(V) end, Pairs),
     Found, Gone].

os_type_time() ->
    {Family, Name} = os:type(),
    T0 = os:system_time(),
    T1 = os:system_time(second),
    T2 = os:system_time(millisecond),
    {A, B, C} = os:timestamp(),
    [Family, is_atom(Name), is_integer(T0), T1 > 1700000000, T2 div 1000 >= T1,
     is_integer(A) andalso is_integer(B) andalso is_integer(C) andalso C < 1000000,
     t(fun() -> os:system_time(?MODULE:id(bogus)) end)].

timer_units() ->
    [t(fun() -> timer:hms(?MODULE:id(1), 2, 3) end),
     t(fun() -> timer:hms(?MODULE:id(0), 0, 0) end),
     t(fun() -> timer:hms(?MODULE:id(1000000), 0, 1) end),
     t(fun() -> timer:hours(?MODULE:id(2)) end),
     t(fun() -> timer:minutes(?MODULE:id(3)) end),
     t(fun() -> timer:seconds(?MODULE:id(4)) end),
     t(fun() -> timer:seconds(?MODULE:id(1 bsl 60)) end),
     t(fun() -> timer:minutes(?MODULE:id(1.5)) end),
     t(fun() -> timer:seconds(?MODULE:id(-1)) end),
     t(fun() -> timer:hours(?MODULE:id(a)) end),
     t(fun() -> timer:hms(?MODULE:id(1), 2, "3") end)].

now_diff() ->
    [t(fun() -> timer:now_diff(?MODULE:id({1, 2, 3}), {0, 0, 0}) end),
     t(fun() -> timer:now_diff(?MODULE:id({0, 0, 0}), {1, 2, 3}) end),
     t(fun() -> timer:now_diff(?MODULE:id({1500, 0, 999999}), {1499, 999999, 1}) end),
     t(fun() -> timer:now_diff(?MODULE:id({a, 0, 0}), {0, 0, 0}) end),
     t(fun() -> timer:now_diff(?MODULE:id({0, 0}), {0, 0, 0}) end)].

timer_tc() ->
    Shape = fun({T, V}) when is_integer(T), T >= 0 -> {time, V}; (Other) -> {bad, Other} end,
    [Shape(timer:tc(fun() -> done end)),
     Shape(timer:tc(fun(X, Y) -> X + Y end, [1, 2])),
     Shape(timer:tc(fun() -> ms end, millisecond)),
     Shape(timer:tc(lists, reverse, [[1, 2, 3]])),
     Shape(timer:tc(fun(X) -> {x, X} end, [1], nanosecond)),
     Shape(timer:tc(lists, seq, [1, 3], second)),
     t(fun() -> timer:tc(fun() -> error(inner) end) end),
     case t(fun() -> timer:tc(fun(_) -> ok end, [a, b]) end) of
         {caught, error, {badarity, {F, Args}}} when is_function(F) -> {badarity, Args};
         Other -> Other
     end,
     t(fun() -> timer:tc(lists, no_such_fun_xq, []) end),
     t(fun() -> timer:tc(fun() -> ok end, bogus_unit) end)].

ets_all() ->
    Before = ets:all(),
    T = ets:new(nat_os_timer_tab, [named_table]),
    After = ets:all(),
    ets:delete(T),
    Final = ets:all(),
    [is_list(Before), lists:member(nat_os_timer_tab, Before), lists:member(nat_os_timer_tab, After),
     lists:member(nat_os_timer_tab, Final)].

putenv_escapes() -> os:putenv(?MODULE:id(name), "v").

hms_escapes() -> timer:hms(?MODULE:id(x), 0, 0).
