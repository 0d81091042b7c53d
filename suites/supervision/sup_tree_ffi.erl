%% Erlang side of sup_tree: trapping exits, linked spawns, and the
%% selective receives a supervisor needs. Exit reasons are mapped to the
%% Gleam type ExitReason: normal, shutdown, killed, or {other, Reason}.
-module(sup_tree_ffi).
-export([trap_exits/0, spawn_link/1, receive_command/0, wait_exit/1,
         terminate/1, kill/1, exit_self/1, spawn_monitored/1, call/2,
         await_down/1, worker_loop/0]).

trap_exits() ->
    process_flag(trap_exit, true),
    nil.

spawn_link(F) -> erlang:spawn_link(F).

%% Only the supervisor's own commands (tuples tagged as the Gleam
%% constructors), never 'EXIT' messages.
receive_command() ->
    receive
        {crash, _, _} = C -> C;
        {kill, _} = C -> C;
        {quit, _} = C -> C;
        {report, _} = C -> C;
        {stop, _} = C -> C
    end.

%% Waits for the exit of one linked child.
wait_exit(Pid) ->
    receive {'EXIT', Pid, Reason} -> reason(Reason) end.

reason(normal) -> normal;
reason(shutdown) -> shutdown;
reason(killed) -> killed;
reason(Other) -> {other, Other}.

%% Asks a child to shut down and waits until it has.
terminate(Pid) ->
    exit(Pid, shutdown),
    wait_exit(Pid).

kill(Pid) ->
    exit(Pid, kill),
    wait_exit(Pid).

exit_self(Reason) -> exit(Reason).

spawn_monitored(F) ->
    {Pid, _Ref} = erlang:spawn_monitor(F),
    Pid.

%% Sends Msg (which carries our pid) and waits for a reply (the whole
%% Gleam Reply(Log) value), or for the process to go down:
%% {ok, {reply, Log}} | {error, Reason}.
call(Pid, Msg) ->
    Pid ! Msg,
    receive
        {reply, _} = R -> {ok, R};
        {'DOWN', _, process, Pid, Reason} -> {error, Reason}
    end.

%% Waits for the DOWN of a process started with spawn_monitored/1.
await_down(Pid) ->
    receive {'DOWN', _, process, Pid, Reason} -> Reason end.

%% A supervised worker: {die, Reason} (Gleam Die(Reason)) makes it exit with
%% Reason, leave (Gleam Leave) makes it return normally.
worker_loop() ->
    receive
        {die, Reason} -> exit(Reason);
        leave -> nil
    end.
