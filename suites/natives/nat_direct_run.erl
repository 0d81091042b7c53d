%% Drives nat_direct (hand-written assembly that calls operator BIFs,
%% maps:get/is_key/size/new and math:pi through real imports) over normal,
%% mixed-type, huge and wrong-typed inputs.
-module(nat_direct_run).
-export([compare/0, send/0, divide/0, maps_get/0, maps_misc/0, pi/0,
         map_get2_escapes/0, map_get_escapes/0]).

t(F) -> try F() catch C:R -> {caught, C, R} end.

compare() ->
    Pairs = [{2, 1.5}, {1, 1.0}, {1.0, 1}, {a, 1}, {1, a}, {<<1>>, "z"}, {{1, 2}, [1]},
             {#{a => 1}, {x}}, {1 bsl 64, 1.0e19}, {-(1 bsl 64), -1.0e19}, {[], []},
             {"abc", "abd"}, {fun t/1, a}, {make_ref, self}],
    [[nat_direct:gt(A, B) || {A, B} <- Pairs],
     [nat_direct:le(A, B) || {A, B} <- Pairs]].

send() ->
    Self = self(),
    R1 = nat_direct:send(Self, {direct, 1}),
    R2 = t(fun() -> nat_direct:send(no_such_registered_name_xq, x) end),
    R3 = t(fun() -> nat_direct:send(42, x) end),
    R4 = t(fun() -> nat_direct:send({no_such_registered_name_xq, node()}, x) end),
    M = receive {direct, _} = X -> X end,
    [R1, R2, R3, R4, M].

divide() ->
    [t(fun() -> nat_direct:fdiv(A, B) end)
     || {A, B} <- [{7, 2}, {-1, 3.0}, {1 bsl 80, 1 bsl 40}, {1, 3}, {0, -5}, {1, 0}, {1.0, 0.0},
                   {0, 0.0}, {a, 1}, {1, "2"}, {1.0e308, 1.0e-308}]].

maps_get() ->
    M = #{a => 1, 1 => int, 1.0 => float, "ü" => u, {} => t},
    [[t(fun() -> nat_direct:map_get2(K, M) end) || K <- [a, 1, 1.0, "ü", {}, missing]],
     t(fun() -> nat_direct:map_get2(a, [{a, 1}]) end),
     [t(fun() -> nat_direct:map_get3(K, M, dflt) end) || K <- [a, 1.0, missing]],
     t(fun() -> nat_direct:map_get3(a, notamap, dflt) end)].

maps_misc() ->
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 64)]),
    [nat_direct:map_new(), nat_direct:map_size(nat_direct:map_new()),
     nat_direct:map_size(#{a => 1}), nat_direct:map_size(Big),
     t(fun() -> nat_direct:map_size([]) end),
     nat_direct:map_is_key(a, #{a => 1}), nat_direct:map_is_key(1.0, #{1 => x}),
     nat_direct:map_is_key(64, Big), nat_direct:map_is_key(65, Big),
     t(fun() -> nat_direct:map_is_key(a, {a, 1}) end)].

pi() -> [nat_direct:pi(), nat_direct:pi() / 2].

map_get2_escapes() -> nat_direct:map_get2(nokey, #{k => v}).

map_get_escapes() -> nat_direct:map_get3(k, not_a_map, default).
