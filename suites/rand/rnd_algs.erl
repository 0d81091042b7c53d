%% rand conformance: explicit seeds only, so every sequence is reproducible.
%% States are shown through export_seed/export_seed_s (the algorithm handler
%% holds funs, which differ between implementations).
-module(rnd_algs).
-export([seeds/1, floats/1, integers/1, wide_ranges/1, reals/1, normals/1,
         bytes/1, jumps/1, process_seed/1, import_state/1, errors/0,
         normal_params/0, helpers/0, no_seed/0, default_alg/0]).

c(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.

exp(S) -> rand:export_seed_s(S).

seeds(Alg) ->
    [exp(rand:seed_s(Alg, 42)), exp(rand:seed_s(Alg, 0)), exp(rand:seed_s(Alg, -7)),
     exp(rand:seed_s(Alg, 1 bsl 80)), exp(rand:seed_s(Alg, {1, 2, 3})),
     exp(rand:seed_s(Alg, {0, 0, 0})), exp(rand:seed_s(Alg, {-1, 1 bsl 70, 99})),
     c(fun() -> exp(rand:seed_s(Alg, [1, 2])) end),
     c(fun() -> exp(rand:seed_s(Alg, [5])) end)].

take(0, _Next, _S, Acc) -> lists:reverse(Acc);
take(N, Next, S, Acc) ->
    {X, S1} = Next(S),
    take(N - 1, Next, S1, [X | Acc]).

floats(Alg) ->
    S = rand:seed_s(Alg, 20231123),
    Xs = take(20, fun rand:uniform_s/1, S, []),
    {_, S2} = rand:uniform_s(S),
    [Xs, exp(S2)].

integers(Alg) ->
    S = rand:seed_s(Alg, {7, 8, 9}),
    [take(10, fun(St) -> rand:uniform_s(N, St) end, S, [])
     || N <- [1, 2, 6, 10, 100, 1000003, 1 bsl 32, (1 bsl 57) + 5]].

wide_ranges(Alg) ->
    S = rand:seed_s(Alg, 99),
    [take(4, fun(St) -> rand:uniform_s(N, St) end, S, [])
     || N <- [(1 bsl 58) - 1, 1 bsl 58, (1 bsl 58) + 1, 1 bsl 64, (1 bsl 64) + 3,
              1 bsl 100, 7 * (1 bsl 90) + 1, 1000000000000000000000000000000]].

reals(Alg) ->
    S = rand:seed_s(Alg, 31337),
    take(20, fun rand:uniform_real_s/1, S, []).

normals(Alg) ->
    S = rand:seed_s(Alg, 5),
    Xs = take(200, fun rand:normal_s/1, S, []),
    {lists:sublist(Xs, 20), lists:sum(Xs), lists:max(Xs), lists:min(Xs),
     take(5, fun(St) -> rand:normal_s(10, 4, St) end, S, [])}.

bytes(Alg) ->
    S = rand:seed_s(Alg, 77),
    {B0, S0} = rand:bytes_s(0, S),
    [B0, exp(S0)] ++ [element(1, rand:bytes_s(N, S)) || N <- [1, 5, 7, 8, 9, 28, 29, 64]].

jumps(Alg) ->
    S = rand:seed_s(Alg, 1234),
    c(fun() ->
              J1 = rand:jump(S),
              J2 = rand:jump(J1),
              [exp(J1), exp(J2), element(1, rand:uniform_s(J2))]
      end).

process_seed(Alg) ->
    R = rand:seed(Alg, 2024),
    Exported = exp(R) =:= rand:export_seed(),
    Xs = [rand:uniform() || _ <- lists:seq(1, 5)],
    Ns = [rand:uniform(1000) || _ <- lists:seq(1, 5)],
    Rs = [rand:uniform_real() || _ <- lists:seq(1, 3)],
    Gs = [rand:normal() || _ <- lists:seq(1, 3)],
    Bs = rand:bytes(6),
    After = rand:export_seed(),
    rand:seed(After),
    Again = rand:uniform(),
    rand:seed(exp(R)),
    Replay = rand:uniform(),
    [Exported, Xs, Ns, Rs, Gs, Bs, After, Again, Replay].

import_state(Alg) ->
    S = rand:seed_s(Alg, 555),
    {_, S1} = rand:uniform_s(S),
    E = exp(S1),
    Imported = rand:seed_s(E),
    Same = rand:seed_s(S1),
    [element(1, rand:uniform_s(Imported)) =:= element(1, rand:uniform_s(S1)),
     exp(Same) =:= E, exp(Imported)].

errors() ->
    [c(fun() -> rand:seed_s(no_such_alg, 1) end),
     c(fun() -> rand:seed_s(exsss, [0, 0]) end),
     c(fun() -> rand:seed_s(exsss, [1, 2, 3]) end),
     c(fun() -> rand:seed_s(exsss, [1, a]) end),
     c(fun() -> rand:seed_s(exsss, []) end),
     c(fun() -> rand:seed_s(exsss, 1.5) end),
     c(fun() -> rand:seed_s(exsss, {a, 1, 2}) end),
     c(fun() -> rand:uniform_s(0, rand:seed_s(exsss, 1)) end),
     c(fun() -> rand:uniform_s(1.5, rand:seed_s(exsss, 1)) end),
     c(fun() -> rand:uniform_s(-3, rand:seed_s(exs64, 1)) end),
     c(fun() -> rand:normal_s(0, 0, rand:seed_s(exsss, 1)) end),
     c(fun() -> rand:normal_s(0, -1, rand:seed_s(exsss, 1)) end),
     c(fun() -> rand:jump(rand:seed_s(exs64, 1)) end),
     c(fun() -> rand:bytes_s(-1, rand:seed_s(exsss, 1)) end),
     c(fun() -> rand:export_seed_s(not_a_state) end),
     c(fun() -> rand:seed_s(exsss, 1, extra) end)].

normal_params() ->
    rand:seed(exsss, 17),
    A = [rand:normal(100, 25) || _ <- lists:seq(1, 5)],
    B = [rand:normal(0.5, 1) || _ <- lists:seq(1, 3)],
    E = [c(fun() -> rand:normal(0, -1) end), c(fun() -> rand:normal(x, 1) end)],
    [A, B, E].

helpers() ->
    [rand:splitmix64_next(0), rand:splitmix64_next(1 bsl 63), rand:splitmix64_next(-1),
     rand:exsp_next([1 | 2]), rand:exsp_jump([1 | 2]),
     rand:mwc59(1), rand:mwc59(123456789), rand:mwc59_value32(987654321),
     rand:mwc59_value(987654321), rand:mwc59_float(987654321), rand:mwc59_seed(42),
     c(fun() -> rand:mwc59(0) end), c(fun() -> rand:mwc59_seed(-1) end)].

no_seed() ->
    rand:export_seed().

default_alg() ->
    [exp(rand:seed_s(default, 9)), exp(rand:seed(default, 9)) =:= rand:export_seed(),
     element(1, rand:uniform_s(rand:seed_s(default, 9)))].
