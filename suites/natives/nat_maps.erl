%% Native maps functions no other suite calls directly: get/2, get/3,
%% is_key/2, new/0, size/1 and is_iterator_valid/1.
-module(nat_maps).
-export([id/1, get2/0, get3/0, is_key2/0, new0/0, size1/0,
         iterator_valid/0, get_missing_escapes/0, size_badmap_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

big() -> maps:from_list([{I, I * I} || I <- lists:seq(1, 100)]).

get2() ->
    M = ?MODULE:id(#{a => 1, "ü" => <<"ü"/utf8>>, 1 => int, 1.0 => float, {} => tuple}),
    [t(fun() -> maps:get(a, M) end),
     t(fun() -> maps:get("ü", M) end),
     t(fun() -> maps:get(1, M) end),
     t(fun() -> maps:get(1.0, M) end),
     t(fun() -> maps:get({}, M) end),
     t(fun() -> maps:get(77, big()) end),
     t(fun() -> maps:get(missing, M) end),
     t(fun() -> maps:get(a, ?MODULE:id(#{})) end),
     t(fun() -> maps:get(a, ?MODULE:id([{a, 1}])) end),
     t(fun() -> maps:get(1 bsl 80, ?MODULE:id(#{1 bsl 80 => big})) end)].

get3() ->
    M = ?MODULE:id(#{a => 1, b => undefined}),
    [t(fun() -> maps:get(a, M, dflt) end),
     t(fun() -> maps:get(b, M, dflt) end),
     t(fun() -> maps:get(c, M, dflt) end),
     t(fun() -> maps:get(c, ?MODULE:id(#{}), [])end),
     t(fun() -> maps:get(500, big(), none) end),
     t(fun() -> maps:get(a, ?MODULE:id(notamap), dflt) end)].

is_key2() ->
    M = ?MODULE:id(#{a => 1, 2 => b, <<"k">> => v}),
    [t(fun() -> maps:is_key(a, M) end),
     t(fun() -> maps:is_key(2, M) end),
     t(fun() -> maps:is_key(2.0, M) end),
     t(fun() -> maps:is_key(<<"k">>, M) end),
     t(fun() -> maps:is_key(zz, M) end),
     t(fun() -> maps:is_key(100, big()) end),
     t(fun() -> maps:is_key(a, ?MODULE:id(#{})) end),
     t(fun() -> maps:is_key(a, ?MODULE:id({a, 1})) end)].

new0() ->
    M = maps:new(),
    [M, map_size(M), maps:put(k, v, M), M =:= #{}].

size1() ->
    [t(fun() -> maps:size(?MODULE:id(#{})) end),
     t(fun() -> maps:size(?MODULE:id(#{a => 1, b => 2})) end),
     t(fun() -> maps:size(big()) end),
     t(fun() -> maps:size(maps:remove(3, big())) end),
     t(fun() -> maps:size(?MODULE:id([])) end)].

iterator_valid() ->
    I = maps:iterator(?MODULE:id(#{a => 1})),
    {_, _, I2} = maps:next(I),
    [t(fun() -> maps:is_iterator_valid(I) end),
     t(fun() -> maps:is_iterator_valid(I2) end),
     t(fun() -> maps:is_iterator_valid(maps:iterator(big())) end),
     t(fun() -> maps:is_iterator_valid(maps:iterator(?MODULE:id(#{}), ordered)) end),
     t(fun() -> maps:is_iterator_valid(none) end),
     t(fun() -> maps:is_iterator_valid(?MODULE:id(#{a => 1})) end),
     t(fun() -> maps:is_iterator_valid(?MODULE:id({1, 2, 3})) end),
     t(fun() -> maps:is_iterator_valid(?MODULE:id(garbage)) end)].

get_missing_escapes() ->
    maps:get(?MODULE:id(nokey), #{a => 1}).

size_badmap_escapes() ->
    maps:size(?MODULE:id(<<"notamap">>)).
