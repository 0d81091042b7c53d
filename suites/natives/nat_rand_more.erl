%% rand functions that other suites do not call: jump/0 on the process state, normal_s/1,
%% uniform_real_s/1 for every algorithm, and mwc59_seed/0 (a time-based seed: only its
%% range is checked).
-module(nat_rand_more).
-export([jump0/0, normal_s1/0, uniform_real_s1/0, mwc59_seed0/0, errors/0]).

algs() -> [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024].

take(_, 0, _, Acc) -> lists:reverse(Acc);
take(F, N, S, Acc) -> {X, S1} = F(S), take(F, N - 1, S1, [X | Acc]).

jump0() ->
    [begin
         rand:seed(A, {1, 2, 3}),
         rand:jump(),
         V = [rand:uniform(1000) || _ <- lists:seq(1, 5)],
         J = rand:jump(),
         {A, V, element(1, rand:uniform_s(J)) =:= rand:uniform()}
     end || A <- [exsss, exro928ss, exrop, exs1024s, exsp, exsplus, exs1024]].

normal_s1() ->
    [{A, take(fun rand:normal_s/1, 6, rand:seed_s(A, {7, 8, 9}), [])} || A <- algs()].

uniform_real_s1() ->
    [{A, take(fun rand:uniform_real_s/1, 6, rand:seed_s(A, 12345), [])} || A <- algs()].

mwc59_seed0() ->
    S = rand:mwc59_seed(),
    [is_integer(S), S >= 1, S < 1 bsl 58, is_integer(rand:mwc59(S))].

errors() ->
    T = fun(F) -> try F() catch C:R -> {caught, C, R} end end,
    [T(fun() -> rand:seed(exs64, 1), rand:jump() end),
     T(fun() -> rand:normal_s(not_a_state) end),
     T(fun() -> rand:uniform_real_s({#{}, bad}) end)].
