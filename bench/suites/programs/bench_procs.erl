%% Process benchmark programs: a message ring and mass spawning.
-module(bench_procs).
-export([ring/2, spawn_many/1]).

%% N processes (this one included) in a ring pass a token around Rounds times:
%% N * Rounds messages in all, which is what it returns.
ring(N, Rounds) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> node_loop(Next) end) end, Self, lists:seq(1, N - 1)),
    First ! {token, Rounds - 1},
    main_loop(First, N, N).

%% The token comes back once per round; the remaining count drops only here.
main_loop(First, N, Sent) ->
    receive
        {token, 0} ->
            First ! stop,
            receive stop -> Sent end;
        {token, K} ->
            First ! {token, K - 1},
            main_loop(First, N, Sent + N)
    end.

node_loop(Next) ->
    receive
        {token, K} ->
            Next ! {token, K},
            node_loop(Next);
        stop ->
            Next ! stop
    end.

%% Spawn N processes that each send one message back; wait for all of them.
spawn_many(N) ->
    Self = self(),
    [spawn(fun() -> Self ! {done, I} end) || I <- lists:seq(1, N)],
    collect(N, 0).

collect(0, Acc) -> Acc;
collect(N, Acc) ->
    receive {done, I} -> collect(N - 1, Acc + I) end.
