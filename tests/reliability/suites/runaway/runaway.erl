%% Cases that never finish on their own: the reference target must stop each one at
%% its timeout or a resource limit, record it, and go on to the next case.
-module(runaway).
-export([loop_forever/0, spawn_forever/0, allocate_forever/0, deadlock/0, fine/0, print_then_loop/0]).

loop_forever() -> loop_forever().

spawn_forever() ->
    spawn(fun() -> receive never -> ok end end),
    spawn_forever().

allocate_forever() -> allocate([]).

allocate(Acc) -> allocate([{Acc, Acc} | Acc]).

%% Waits for a message nobody sends: every process is blocked forever.
deadlock() ->
    receive never_sent -> ok end.

print_then_loop() ->
    io:format("before the loop~n"),
    loop_forever().

fine() -> ok.
