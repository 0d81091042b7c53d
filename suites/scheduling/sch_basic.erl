%% Scheduling behaviour that OTP 26 shows whatever the timing: a busy
%% process does not starve others, message order between a pair of
%% processes holds, yield/bump_reductions/priority flags return what they
%% should, reductions grow, timers fire in timeout order, and a ring passes
%% a counter exactly. Only values and booleans are returned, never times,
%% pids or references.
-module(sch_basic).
-export([busy_does_not_starve/1, many_busy_pingers/2, pair_order/1,
         yield_returns_true/0, yield_in_loop/1, priority_flag/0,
         priority_flag_bad/0, spawn_opt_priority/0, priority_flag_max/0,
         bump_reductions/0, bump_reductions_bad/0, reductions_increase/0,
         after_zero_no_block/0, timers_in_order/0, send_after_in_order/0,
         ring/2, high_priority_reply/1, low_priority_completes/1,
         spawn_order_first_message/1, interleaved_workers/2]).

await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

spin(0) -> done;
spin(N) -> spin(N - 1).

%% One process spins for N iterations; another still answers a ping
%% before the spinner finishes or after, but it does answer.
busy_does_not_starve(N) ->
    Self = self(),
    Busy = spawn(fun() -> Self ! {spun, spin(N)} end),
    Ponger = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    Ponger ! {ping, Self},
    Pong = receive pong -> true after 30000 -> false end,
    Spun = receive {spun, S} -> S end,
    _ = await(Busy), _ = await(Ponger),
    {Pong, Spun}.

%% K spinners and a pinger that sends M pings; all pings are answered.
many_busy_pingers(K, M) ->
    Self = self(),
    Spinners = [spawn(fun() -> Self ! {spun, spin(3000000)} end) || _ <- lists:seq(1, K)],
    Echo = spawn(fun Loop() ->
                         receive
                             {ping, I, From} -> From ! {pong, I}, Loop();
                             stop -> ok
                         end
                 end),
    Pongs = [begin Echo ! {ping, I, Self}, receive {pong, I} -> I end end
             || I <- lists:seq(1, M)],
    Echo ! stop,
    Done = [receive {spun, S} -> S end || _ <- Spinners],
    [_ = await(P) || P <- [Echo | Spinners]],
    {Pongs =:= lists:seq(1, M), lists:usort(Done)}.

pair_order(N) ->
    Self = self(),
    B = spawn(fun() -> Self ! {got, [receive {m, I} -> I end || _ <- lists:seq(1, N)]} end),
    A = spawn(fun() -> [begin B ! {m, I}, (I rem 100 =:= 0) andalso erlang:yield() end
                        || I <- lists:seq(1, N)] end),
    L = receive {got, X} -> X end,
    _ = await(A), _ = await(B),
    L =:= lists:seq(1, N).

yield_returns_true() -> erlang:yield().

yield_in_loop(N) -> lists:all(fun(_) -> erlang:yield() end, lists:seq(1, N)).

%% process_flag(priority, P) returns the previous priority.
priority_flag() ->
    Self = self(),
    P = spawn(fun() ->
                      Seq = [process_flag(priority, X) || X <- [low, high, normal, low, normal]],
                      {priority, Now} = process_info(self(), priority),
                      Self ! {prios, Seq, Now}
              end),
    R = receive {prios, Seq, Now} -> {Seq, Now} end,
    _ = await(P),
    R.

priority_flag_bad() ->
    [try process_flag(priority, X) catch error:E -> {error, E} end
     || X <- [urgent, 1, "high"]].

spawn_opt_priority() ->
    [begin
         P = spawn_opt(fun() -> receive stop -> ok end end, [{priority, Prio}]),
         {priority, Got} = process_info(P, priority),
         P ! stop, _ = await(P),
         Got
     end || Prio <- [low, normal, high, max]].

%% process_flag accepts max as well, returning the old priority.
priority_flag_max() ->
    Self = self(),
    P = spawn(fun() ->
                      R = try process_flag(priority, max) catch error:E -> {error, E} end,
                      Self ! {r, R}
              end),
    R = receive {r, X} -> X end,
    _ = await(P),
    R.

%% bump_reductions returns true for any non-negative small count; how many
%% reductions are then reported depends on where the time slice ends, so
%% only the growth is checked.
bump_reductions() ->
    {reductions, R0} = process_info(self(), reductions),
    Rs = [erlang:bump_reductions(N) || N <- [0, 1, 100, 4000, 10000, 1 bsl 40]],
    {reductions, R1} = process_info(self(), reductions),
    {Rs, R1 > R0}.

bump_reductions_bad() ->
    [try erlang:bump_reductions(X) catch error:E -> {error, E} end
     || X <- [-1, a, 1.0, 1 bsl 64]].

reductions_increase() ->
    {reductions, R0} = process_info(self(), reductions),
    _ = lists:sum(lists:seq(1, 1000)),
    {reductions, R1} = process_info(self(), reductions),
    R1 > R0.

after_zero_no_block() ->
    A = receive nothing -> got after 0 -> empty end,
    self() ! something,
    B = receive something -> got after 0 -> empty end,
    C = receive _ -> got after 0 -> empty end,
    {A, B, C}.

timers_in_order() ->
    Self = self(),
    Ts = [50, 10, 40, 0, 30, 20],
    [erlang:start_timer(T, Self, T) || T <- Ts],
    [receive {timeout, _, V} -> V end || _ <- Ts].

send_after_in_order() ->
    Ts = [35, 5, 25, 15],
    [erlang:send_after(T, self(), {t, T}) || T <- Ts],
    [receive {t, V} -> V end || _ <- Ts].

%% N processes in a ring pass a counter around M times; each hop adds one.
ring(N, M) ->
    Self = self(),
    First = spawn(fun() -> ring_head(Self) end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> ring_node(Next) end) end,
                       First, lists:seq(1, N - 1)),
    First ! {link_to, Last},
    First ! {count, 0, M},
    R = receive {ring_done, C} -> C end,
    R.

ring_head(Parent) ->
    receive {link_to, Next} -> ring_head_loop(Parent, Next) end.

ring_head_loop(Parent, Next) ->
    receive
        {count, C, 0} -> Next ! stop, Parent ! {ring_done, C};
        {count, C, Left} -> Next ! {count, C + 1, Left - 1}, ring_head_loop(Parent, Next)
    end.

ring_node(Next) ->
    receive
        stop -> Next ! stop;
        {count, C, Left} -> Next ! {count, C + 1, Left}, ring_node(Next)
    end.

%% A high-priority echo answers while normal-priority spinners run.
high_priority_reply(K) ->
    Self = self(),
    Spinners = [spawn(fun() -> Self ! {spun, spin(2000000)} end) || _ <- lists:seq(1, K)],
    Echo = spawn_opt(fun() -> receive {ping, From} -> From ! pong end end, [{priority, high}]),
    Echo ! {ping, Self},
    Pong = receive pong -> true end,
    Done = [receive {spun, S} -> S end || _ <- Spinners],
    [_ = await(P) || P <- [Echo | Spinners]],
    {Pong, lists:usort(Done)}.

%% A low-priority process still completes while normal ones run.
low_priority_completes(K) ->
    Self = self(),
    Low = spawn_opt(fun() -> Self ! {low, spin(1000000)} end, [{priority, low}]),
    Spinners = [spawn(fun() -> Self ! {spun, spin(1000000)} end) || _ <- lists:seq(1, K)],
    L = receive {low, X} -> X end,
    Done = [receive {spun, S} -> S end || _ <- Spinners],
    [_ = await(P) || P <- [Low | Spinners]],
    {L, lists:usort(Done)}.

%% Each spawned process sends its index first thing; all arrive, and each
%% process's single message is intact.
spawn_order_first_message(N) ->
    Self = self(),
    Ps = [spawn(fun() -> Self ! {hello, I} end) || I <- lists:seq(1, N)],
    Got = [receive {hello, I} -> I end || _ <- Ps],
    [_ = await(P) || P <- Ps],
    {length(Got), lists:sort(Got) =:= lists:seq(1, N)}.

%% K workers each send M numbered messages while yielding; each worker's
%% stream keeps its order, whatever the interleaving.
interleaved_workers(K, M) ->
    Self = self(),
    Ws = [spawn(fun() -> [begin Self ! {w, W, I}, erlang:yield() end || I <- lists:seq(1, M)] end)
          || W <- lists:seq(1, K)],
    Msgs = [receive {w, W, I} -> {W, I} end || _ <- lists:seq(1, K * M)],
    [_ = await(P) || P <- Ws],
    lists:all(fun(W) -> [I || {W1, I} <- Msgs, W1 =:= W] =:= lists:seq(1, M) end,
              lists:seq(1, K)).
