%% Erlang side of proc_ring: the few process primitives Gleam without its
%% standard library cannot express (receive, monitors).
-module(proc_ring_ffi).
-export([receive_any/0, await_exit/1]).

%% Takes the oldest message, whatever it is. Gleam code using it only ever
%% receives messages of its own message type.
receive_any() -> receive M -> M end.

%% Waits until the process has exited (monitor, then its DOWN message).
await_exit(Pid) ->
    Ref = erlang:monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, _} -> nil end.
