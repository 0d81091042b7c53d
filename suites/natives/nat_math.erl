%% Native math functions no other suite calls: hyperbolic, inverse,
%% error functions, log2, floor/ceil and pi, on integers, floats,
%% negatives, huge values, out-of-domain and non-numbers.
-module(nat_math).
-export([id/1, pi0/0, hyperbolic/0, atan_family/0, erf_family/0, log2_1/0,
         floor_ceil/0, log2_escapes/0, atan2_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

each(F, Xs) -> [t(fun() -> F(X) end) || X <- Xs].

inputs() -> ?MODULE:id([0, 0.0, 1, -1, 0.5, -2.5, 10, 1.0e10, -1.0e300, 1 bsl 100, a, "1"]).

pi0() -> [math:pi(), math:pi() * 2, math:pi() == 3.141592653589793].

hyperbolic() ->
    [each(fun(X) -> math:sinh(X) end, inputs()),
     each(fun(X) -> math:cosh(X) end, inputs()),
     each(fun(X) -> math:tanh(X) end, inputs()),
     each(fun(X) -> math:asinh(X) end, inputs())].

atan_family() ->
    [each(fun(X) -> math:atan(X) end, inputs()),
     [t(fun() -> math:atan2(Y, X) end) ||
         {Y, X} <- ?MODULE:id([{0, 0}, {1, 0}, {-1, 0}, {0, -1}, {0.0, -1}, {-0.0, -1.0},
                              {1, 1}, {-3, -4}, {1 bsl 200, 1}, {a, 1}, {1, "x"}])]].

erf_family() ->
    [each(fun(X) -> math:erf(X) end, inputs()),
     each(fun(X) -> math:erfc(X) end, inputs())].

log2_1() ->
    each(fun(X) -> math:log2(X) end, ?MODULE:id([1, 2, 1024, 0.5, 3, 1.0e-300, 1 bsl 1000, 0, -1, 0.0, x])).

floor_ceil() ->
    Xs = ?MODULE:id([0, 1.5, -1.5, 2.0, -0.0, 1.0e20, -1.0e-20, 7, -7, 1 bsl 70, 4503599627370495.5, z]),
    [each(fun(X) -> math:floor(X) end, Xs), each(fun(X) -> math:ceil(X) end, Xs)].

log2_escapes() -> math:log2(?MODULE:id(-8)).

atan2_escapes() -> math:atan2(?MODULE:id(1), nope).
