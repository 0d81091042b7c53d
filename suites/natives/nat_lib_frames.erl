%% The frames of OTP library code that natives stand in for: proplists walkers on
%% improper lists (body-recursive call sites included), unicode's re-raised errors with
%% error_info, and timer's unit conversions.
-module(nat_lib_frames).
-export([id/1, proplists_tail/0, proplists_body/0, unicode_info/0, timer_units/0]).

id(X) -> X.

%% Class, reason and the frames of OTP's library modules (callers are left out).
st(F) ->
    try F() catch C:R:S -> {caught, C, R, [Fr || {M, _, _, _} = Fr <- S, lists:member(M, [proplists, unicode, timer, erlang])]} end.

proplists_tail() ->
    L = ?MODULE:id([x, {y, 1} | tail]),
    [st(fun() -> proplists:lookup(a, L) end),
     st(fun() -> proplists:is_defined(a, L) end),
     st(fun() -> proplists:get_value(a, L) end),
     st(fun() -> proplists:get_value(a, L, dflt) end),
     st(fun() -> proplists:get_bool(a, L) end),
     st(fun() -> proplists:lookup(x, L) end)].

proplists_body() ->
    L = ?MODULE:id([a, {a, 1}, {a, 1, 2}, b, {a, [1]}, {a, 2}, a | tail]),
    [st(fun() -> proplists:unfold(L) end),
     st(fun() -> proplists:lookup_all(a, L) end),
     st(fun() -> proplists:get_all_values(a, L) end),
     st(fun() -> proplists:append_values(a, L) end),
     st(fun() -> proplists:delete(a, L) end),
     st(fun() -> proplists:delete(b, L) end),
     st(fun() -> proplists:lookup_all(zz, L) end),
     st(fun() -> proplists:unfold(?MODULE:id(notalist)) end)].

unicode_info() ->
    [st(fun() -> unicode:characters_to_binary(?MODULE:id([$a, {}])) end),
     st(fun() -> unicode:characters_to_list(?MODULE:id(atom)) end),
     st(fun() -> unicode:characters_to_list(?MODULE:id([-1])) end),
     st(fun() -> unicode:characters_to_binary(?MODULE:id(<<"x">>), utf8, ?MODULE:id(bogus)) end),
     st(fun() -> unicode:characters_to_nfc_binary(?MODULE:id([a])) end),
     st(fun() -> unicode:characters_to_nfkd_list(?MODULE:id(3)) end),
     st(fun() -> unicode:characters_to_nfkc_binary(?MODULE:id({x})) end)].

timer_units() ->
    [st(fun() -> timer:seconds(?MODULE:id(x)) end),
     st(fun() -> timer:minutes(?MODULE:id("m")) end),
     st(fun() -> timer:hours(?MODULE:id(h)) end),
     st(fun() -> timer:hms(1, ?MODULE:id(x), 0) end),
     st(fun() -> timer:hms(1, 2, ?MODULE:id(x)) end),
     timer:hms(1, 2, 3), timer:seconds(1.5)].
