%% Native proplists functions: lookup, values, booleans, keys, deletion,
%% expansion, aliases/negations, normalisation, splitting, compaction and
%% conversion to and from maps.
-module(nat_proplists).
-export([id/1, property/0, lookup/0, get_value3/0, get_all_values/0,
         append_values/0, get_bool/0, get_keys/0, is_defined/0, delete/0,
         expand/0, substitutions/0, normalize/0, split/0, compact_unfold/0,
         to_map/0, from_map/0, lookup_escapes/0, to_map_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

pl() -> ?MODULE:id([{a, 1}, b, {c, 2, extra}, {a, 3}, {"ü", x}, {b, false}, {d, true}, 7, {a}]).

property() ->
    [t(fun() -> proplists:property(?MODULE:id({a, true})) end),
     t(fun() -> proplists:property(?MODULE:id({a, 1})) end),
     t(fun() -> proplists:property(?MODULE:id(a)) end),
     t(fun() -> proplists:property(?MODULE:id({a, b, c})) end),
     t(fun() -> proplists:property(?MODULE:id(k), true) end),
     t(fun() -> proplists:property(?MODULE:id(k), false) end),
     t(fun() -> proplists:property(?MODULE:id("str"), true) end),
     t(fun() -> proplists:property(?MODULE:id(42), v) end)].

lookup() ->
    P = pl(),
    [t(fun() -> proplists:lookup(a, P) end),
     t(fun() -> proplists:lookup(b, P) end),
     t(fun() -> proplists:lookup(c, P) end),
     t(fun() -> proplists:lookup("ü", P) end),
     t(fun() -> proplists:lookup(zz, P) end),
     t(fun() -> proplists:lookup(a, []) end),
     t(fun() -> proplists:lookup_all(a, P) end),
     t(fun() -> proplists:lookup_all(b, P) end),
     t(fun() -> proplists:lookup_all(zz, P) end),
     t(fun() -> proplists:lookup_all(a, ?MODULE:id(notalist)) end)].

get_value3() ->
    P = pl(),
    [t(fun() -> proplists:get_value(a, P, none) end),
     t(fun() -> proplists:get_value(b, P, none) end),
     t(fun() -> proplists:get_value(c, P, none) end),
     t(fun() -> proplists:get_value(7, P, none) end),
     t(fun() -> proplists:get_value(zz, P, none) end),
     t(fun() -> proplists:get_value(a, [], 0) end),
     t(fun() -> proplists:get_value(a, ?MODULE:id(x), 0) end)].

get_all_values() ->
    P = pl(),
    [t(fun() -> proplists:get_all_values(a, P) end),
     t(fun() -> proplists:get_all_values(b, P) end),
     t(fun() -> proplists:get_all_values(zz, P) end),
     t(fun() -> proplists:get_all_values(a, ?MODULE:id(x)) end)].

append_values() ->
    P = ?MODULE:id([{a, [1, 2]}, {a, 3}, a, {b, "ü"}, {a, []}, {a, [x | y]}]),
    [t(fun() -> proplists:append_values(a, P) end),
     t(fun() -> proplists:append_values(b, P) end),
     t(fun() -> proplists:append_values(zz, P) end),
     t(fun() -> proplists:append_values(a, ?MODULE:id(x)) end)].

get_bool() ->
    P = pl(),
    [t(fun() -> proplists:get_bool(b, P) end),
     t(fun() -> proplists:get_bool(d, P) end),
     t(fun() -> proplists:get_bool(a, P) end),
     t(fun() -> proplists:get_bool(zz, P) end),
     t(fun() -> proplists:get_bool(b, ?MODULE:id([{b, false}, b])) end),
     t(fun() -> proplists:get_bool(b, ?MODULE:id(bad)) end)].

get_keys() ->
    [t(fun() -> lists:sort(proplists:get_keys(pl())) end),
     t(fun() -> proplists:get_keys(?MODULE:id([])) end),
     t(fun() -> proplists:get_keys(?MODULE:id(bad)) end)].

is_defined() ->
    P = pl(),
    [t(fun() -> proplists:is_defined(K, P) end) || K <- [a, b, c, d, "ü", 7, zz]]
        ++ [t(fun() -> proplists:is_defined(a, ?MODULE:id(bad)) end)].

delete() ->
    P = pl(),
    [t(fun() -> proplists:delete(a, P) end),
     t(fun() -> proplists:delete(b, P) end),
     t(fun() -> proplists:delete(zz, P) end),
     t(fun() -> proplists:delete(a, []) end),
     t(fun() -> proplists:delete(a, ?MODULE:id(bad)) end)].

expand() ->
    P = ?MODULE:id([a, {b, 1}, c, {a, false}]),
    [t(fun() -> proplists:expand([{a, [x, y]}], P) end),
     t(fun() -> proplists:expand([{{b, 1}, [{b, one}, z]}], P) end),
     t(fun() -> proplists:expand([{{a, true}, [q]}, {c, []}], P) end),
     t(fun() -> proplists:expand([], P) end),
     t(fun() -> proplists:expand([{a, [x]}], []) end),
     t(fun() -> proplists:expand(?MODULE:id(bad), P) end)].

substitutions() ->
    P = ?MODULE:id([colour, {colour, red}, {no_debug, true}, no_warn, {other, 1}]),
    [t(fun() -> proplists:substitute_aliases([{colour, color}], P) end),
     t(fun() -> proplists:substitute_aliases([], P) end),
     t(fun() -> proplists:substitute_negations([{no_debug, debug}, {no_warn, warn}], P) end),
     t(fun() -> proplists:substitute_negations([{other, o}], P) end),
     t(fun() -> proplists:substitute_negations([{no_warn, warn}], ?MODULE:id([{no_warn, false}])) end),
     t(fun() -> proplists:substitute_aliases(?MODULE:id(bad), P) end),
     t(fun() -> proplists:substitute_negations([{a, b}], ?MODULE:id(bad)) end)].

normalize() ->
    P = ?MODULE:id([colour, {no_debug, true}, {a, true}, {opt, x}, q]),
    [t(fun() -> proplists:normalize(P, [{aliases, [{colour, color}]},
                                        {negations, [{no_debug, debug}]},
                                        {expand, [{q, [{q1, 1}, q2]}]}]) end),
     t(fun() -> proplists:normalize(P, []) end),
     t(fun() -> proplists:normalize([], [{aliases, [{a, b}]}]) end),
     t(fun() -> proplists:normalize(P, ?MODULE:id([bogus])) end)].

split() ->
    P = pl(),
    [t(fun() -> proplists:split(P, [a, b]) end),
     t(fun() -> proplists:split(P, []) end),
     t(fun() -> proplists:split([], [a]) end),
     t(fun() -> proplists:split(P, [zz, "ü", 7]) end),
     t(fun() -> proplists:split(?MODULE:id(bad), [a]) end)].

compact_unfold() ->
    P = ?MODULE:id([{a, true}, {b, 1}, c, {d, false}, {e, true, x}, "s"]),
    [t(fun() -> proplists:compact(P) end),
     t(fun() -> proplists:unfold(P) end),
     t(fun() -> proplists:compact([]) end),
     t(fun() -> proplists:unfold([]) end),
     t(fun() -> proplists:compact(?MODULE:id(bad)) end),
     t(fun() -> proplists:unfold(?MODULE:id(bad)) end)].

to_map() ->
    P = ?MODULE:id([{a, 1}, b, {a, 2}, {c, 3, 4}, {"ü", <<"v">>}, 9]),
    [t(fun() -> proplists:to_map(P) end),
     t(fun() -> proplists:to_map([]) end),
     t(fun() -> proplists:to_map(?MODULE:id([colour, {no_x, true}]),
                                 [{aliases, [{colour, color}]}, {negations, [{no_x, x}]}]) end),
     t(fun() -> proplists:to_map(P, []) end),
     t(fun() -> proplists:to_map(?MODULE:id(bad)) end),
     t(fun() -> proplists:to_map(P, ?MODULE:id([bogus])) end)].

from_map() ->
    [t(fun() -> lists:sort(proplists:from_map(?MODULE:id(#{a => 1, b => true, "ü" => [1]}))) end),
     t(fun() -> proplists:from_map(?MODULE:id(#{})) end),
     t(fun() -> proplists:from_map(?MODULE:id([{a, 1}])) end)].

lookup_escapes() -> proplists:lookup(a, ?MODULE:id(bad)).

to_map_escapes() -> proplists:get_value(a, ?MODULE:id([{a, 1} | tail]), none) =:= 1 andalso proplists:get_all_values(a, ?MODULE:id([{b, 1} | tail])).
