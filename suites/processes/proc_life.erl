%% Process lifecycle: spawn variants, exit/1 and exit/2 with every kind of
%% reason, links and monitors with and without trap_exit, unlink and
%% demonitor. Results never contain pids or references, and every process a
%% function starts has finished (or been waited for) before it returns.
-module(proc_life).
-export([spawn_variants/0, spawn_mfa/0, spawn_opt_link/0, spawn_opt_monitor/0,
         spawn_opt_priority/0, spawn_bad_fun/0, spawn_undef/0,
         link_observe/2, monitor_observe/1, exit2_observe/2, behave/1,
         exit_self_normal/1, exit_self_kill_trapped/0,
         monitor_dead/0, monitor_twice/0, monitor_self/0,
         link_dead/1, link_self/0, unlink_then_exit/0, unlink_flushless/0,
         demonitor_plain/0, demonitor_flush/0, demonitor_info/0,
         demonitor_flush_info/0, demonitor_after_down_info/0,
         is_alive_cycle/0, is_alive_badarg/0, exit2_badarg/0, link_badarg/0,
         die_with_linked/1, die_killed_by_child/0, die_normal_self/0,
         exit_raised/1, chain_of_links/1, kill_chain_trapped/0,
         monitor_many/1, spawn_many/1, down_message_shape/0]).

%% ---- helpers ----

%% Waits for the process to finish and returns its exit reason.
await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% For a process that may already be gone when the monitor is set up.
finished(normal) -> finished;
finished(noproc) -> finished;
finished(Other) -> {unexpected, Other}.

%% Sends go to a process monitored beforehand and returns its exit reason.
go_and_await(Pid) ->
    Ref = monitor(process, Pid),
    Pid ! go,
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% A child that does what Behaviour says.
behave({exit, R}) -> exit(R);
behave({error, R}) -> erlang:error(R);
behave({throw, R}) -> throw(R);
behave({return, V}) -> V;
behave(wait) -> receive go -> ok end;
behave(wait_trapping) -> process_flag(trap_exit, true), receive go -> ok end.

%% ---- spawning ----

spawn_variants() ->
    Self = self(),
    P1 = spawn(fun() -> Self ! {one, 1} end),
    R1 = receive {one, V1} -> V1 end,
    %% P1 may or may not have finished exiting by now: normal or noproc.
    D1 = finished(await(P1)),
    {P2, M2} = spawn_monitor(fun() -> exit(two) end),
    D2 = receive {'DOWN', M2, process, P2, Why2} -> Why2 end,
    process_flag(trap_exit, true),
    P3 = spawn_link(fun() -> exit(three) end),
    D3 = receive {'EXIT', P3, Why3} -> Why3 end,
    process_flag(trap_exit, false),
    {R1, D1, D2, D3}.

%% spawn/3 runs an exported function; its initial_call names it.
spawn_mfa() ->
    Pid = spawn(?MODULE, behave, [wait]),
    {initial_call, Init} = process_info(Pid, initial_call),
    Reason = go_and_await(Pid),
    {Init, Reason}.

spawn_opt_link() ->
    process_flag(trap_exit, true),
    Pid = spawn_opt(fun() -> exit(linked_exit) end, [link]),
    R = receive {'EXIT', Pid, Why} -> Why end,
    process_flag(trap_exit, false),
    R.

spawn_opt_monitor() ->
    {Pid, Ref} = spawn_opt(fun() -> exit(monitored_exit) end, [monitor]),
    {Pid2, Ref2} = spawn_opt(fun() -> ok end, [{monitor, []}]),
    A = receive {'DOWN', Ref, process, Pid, W1} -> W1 end,
    B = receive {'DOWN', Ref2, process, Pid2, W2} -> W2 end,
    {is_reference(Ref), A, B}.

spawn_opt_priority() ->
    Pid = spawn_opt(?MODULE, behave, [wait], [{priority, low}]),
    {priority, P} = process_info(Pid, priority),
    Pid ! go,
    _ = await(Pid),
    P.

spawn_bad_fun() ->
    try spawn(not_a_fun) catch error:E -> {error, E} end.

%% spawn/3 of a missing function: the spawn succeeds, the process dies
%% with undef.
spawn_undef() ->
    {Pid, Ref} = spawn_monitor(?MODULE, no_such_function, [1, 2]),
    case receive {'DOWN', Ref, process, Pid, Why} -> Why end of
        {undef, [{?MODULE, no_such_function, [1, 2], _} | _]} -> undef_with_args;
        Other -> {unexpected, Other}
    end.

%% ---- the link / monitor / exit matrix ----

%% An observer process links to a child that behaves as told. With Trap the
%% observer reports the 'EXIT' message; without, either the observer
%% survives (normal exit) and reports that, or it dies with the child's
%% reason. Result: {report, What} or {observer_died, Reason}.
link_observe(Behaviour, Trap) ->
    Self = self(),
    Observer = spawn(fun() ->
                             process_flag(trap_exit, Trap),
                             Child = spawn_link(fun() -> behave(Behaviour) end),
                             Got = receive {'EXIT', Child, Why} -> {exit_message, Why}
                                   after 200 -> no_message
                                   end,
                             Self ! {self(), Got}
                     end),
    Ref = monitor(process, Observer),
    receive
        {Observer, Got} ->
            receive {'DOWN', Ref, process, Observer, _} -> ok end,
            {report, Got};
        {'DOWN', Ref, process, Observer, Reason} ->
            {observer_died, Reason}
    end.

monitor_observe(Behaviour) ->
    {Pid, Ref} = spawn_monitor(fun() -> behave(Behaviour) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% exit(Target, Reason) sent to a waiting child that traps exits or not.
%% Result: the child's exit reason, or the message it received.
exit2_observe(Reason, Trap) ->
    Self = self(),
    Child = spawn(fun() ->
                          process_flag(trap_exit, Trap),
                          Self ! ready,
                          receive
                              {'EXIT', From, Why} ->
                                  Self ! {got, From =:= Self, Why}
                          after 300 -> Self ! {got, nothing}
                          end
                  end),
    Ref = monitor(process, Child),
    receive ready -> ok end,
    true = exit(Child, Reason),
    Msg = receive {got, _, _} = G -> G; {got, nothing} -> nothing
          after 1000 -> no_report
          end,
    Down = receive {'DOWN', Ref, process, Child, D} -> D end,
    {Msg, Down}.

%% exit(self(), normal) ends a process that does not trap exits.
exit_self_normal(Trap) ->
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() ->
                        process_flag(trap_exit, Trap),
                        exit(self(), normal),
                        Got = receive M -> {message, M} after 50 -> nothing end,
                        Self ! {survived, strip(Got)}
                end),
    Reason = receive {'DOWN', Ref, process, Pid, Why} -> Why end,
    Report = receive {survived, R} -> R after 0 -> none end,
    {Report, Reason}.

strip({message, {'EXIT', _, Why}}) -> {exit_message, Why};
strip(X) -> X.

%% exit(self(), kill) is untrappable even for the caller itself.
exit_self_kill_trapped() ->
    {Pid, Ref} = spawn_monitor(fun() -> process_flag(trap_exit, true), exit(self(), kill), receive _ -> ok end end),
    receive {'DOWN', Ref, process, Pid, Why} -> Why end.

%% ---- monitors ----

monitor_dead() ->
    Pid = spawn(fun() -> ok end),
    _ = await(Pid),
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Why} -> Why after 1000 -> no_down end.

%% Two monitors on one process give two DOWN messages.
monitor_twice() ->
    Pid = spawn(fun() -> receive go -> exit(twice) end end),
    R1 = monitor(process, Pid),
    R2 = monitor(process, Pid),
    Pid ! go,
    A = receive {'DOWN', R1, process, Pid, W1} -> W1 end,
    B = receive {'DOWN', R2, process, Pid, W2} -> W2 end,
    {R1 =/= R2, A, B}.

%% Monitoring yourself is allowed and never fires while you live.
monitor_self() ->
    Ref = monitor(process, self()),
    Got = receive {'DOWN', Ref, _, _, _} -> fired after 20 -> not_fired end,
    {Got, demonitor(Ref, [info])}.

%% ---- links ----

%% link/1 to a process that has already exited: noproc error when not
%% trapping, an {'EXIT', Pid, noproc} message when trapping.
link_dead(Trap) ->
    Pid = spawn(fun() -> ok end),
    _ = await(Pid),
    Old = process_flag(trap_exit, Trap),
    R = try link(Pid) of
            true -> receive {'EXIT', Pid, Why} -> {linked, {exit_message, Why}}
                    after 100 -> {linked, no_message}
                    end
        catch error:E -> {error, E}
        end,
    process_flag(trap_exit, Old),
    R.

link_self() -> link(self()).

unlink_then_exit() ->
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> receive go -> exit(after_unlink) end end),
    true = unlink(Pid),
    Reason = go_and_await(Pid),
    Msg = receive {'EXIT', Pid, _} -> got_exit_message after 50 -> no_exit_message end,
    process_flag(trap_exit, false),
    {Reason, Msg}.

%% unlink also removes an 'EXIT' message that arrived before it.
unlink_flushless() ->
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> exit(early) end),
    _ = await(Pid),
    {links, Links} = process_info(self(), links),
    true = unlink(Pid),
    Left = receive {'EXIT', Pid, W} -> {still_queued, W} after 0 -> gone end,
    process_flag(trap_exit, false),
    {length(Links), Left}.

%% ---- demonitor ----

demonitor_plain() ->
    Pid = spawn(fun() -> receive go -> ok end end),
    Ref = monitor(process, Pid),
    T = demonitor(Ref),
    Pid ! go,
    _ = await(Pid),
    Got = receive {'DOWN', Ref, _, _, _} -> down after 20 -> no_down end,
    {T, Got}.

demonitor_flush() ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(gone) end),
    _ = await(Pid),
    T = demonitor(Ref, [flush]),
    Got = receive {'DOWN', Ref, _, _, _} -> down after 0 -> flushed end,
    {T, Got}.

demonitor_info() ->
    Pid = spawn(fun() -> receive go -> ok end end),
    Ref = monitor(process, Pid),
    Active = demonitor(Ref, [info]),
    Again = demonitor(Ref, [info]),
    Pid ! go,
    _ = await(Pid),
    {Active, Again}.

demonitor_flush_info() ->
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    _ = await(Pid),
    %% The monitor already fired: info says false, flush removes the DOWN.
    I = demonitor(Ref, [flush, info]),
    Got = receive {'DOWN', Ref, _, _, _} -> down after 0 -> flushed end,
    {I, Got}.

demonitor_after_down_info() ->
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    D = receive {'DOWN', Ref, process, Pid, W} -> W end,
    {D, demonitor(Ref, [info]), demonitor(Ref)}.

%% ---- is_process_alive ----

is_alive_cycle() ->
    Pid = spawn(fun() -> receive go -> ok end end),
    A = is_process_alive(Pid),
    Pid ! go,
    _ = await(Pid),
    {A, is_process_alive(Pid), is_process_alive(self())}.

is_alive_badarg() -> is_process_alive(not_a_pid).

exit2_badarg() -> exit(not_a_pid, boom).

link_badarg() -> link(42).

%% ---- the entry process itself dies ----

%% Linked to a child that exits abnormally, without trapping: the entry
%% process is killed by the exit signal (the case's outcome is an exit).
die_with_linked(Reason) ->
    _ = spawn_link(fun() -> exit(Reason) end),
    receive never -> ok after 200 -> survived end.

die_killed_by_child() ->
    Self = self(),
    _ = spawn(fun() -> exit(Self, kill) end),
    receive never -> ok end.

die_normal_self() ->
    exit(self(), normal),
    receive never -> ok after 1000 -> still_alive end.

%% exit/1 in the entry is an exception, not an exit signal.
exit_raised(Reason) -> exit(Reason).

%% ---- propagation ----

%% N processes linked in a chain; the last exits with boom, and the exit
%% propagates to the first, which traps and reports.
chain_of_links(N) ->
    Self = self(),
    Head = spawn(fun() ->
                         process_flag(trap_exit, true),
                         Next = spawn_link(fun() -> chain(N - 1) end),
                         Self ! {head, receive {'EXIT', Next, Why} -> Why end}
                 end),
    R = receive {head, Why} -> Why end,
    _ = await(Head),
    R.

chain(0) -> exit(boom);
chain(N) -> spawn_link(fun() -> chain(N - 1) end), receive never -> ok end.

%% kill is converted to killed when it propagates along a link.
kill_chain_trapped() ->
    Self = self(),
    Top = spawn(fun() ->
                        process_flag(trap_exit, true),
                        Mid = spawn_link(fun() ->
                                                 _ = spawn_link(fun() -> receive never -> ok end end),
                                                 receive never -> ok end
                                         end),
                        Self ! {mid, Mid},
                        Self ! {top_saw, receive {'EXIT', Mid, W} -> W end}
                end),
    Mid = receive {mid, M} -> M end,
    exit(Mid, kill),
    Saw = receive {top_saw, W} -> W end,
    _ = await(Top),
    Saw.

monitor_many(N) ->
    Pids = [spawn(fun() -> receive {go, R} -> exit(R) end end) || _ <- lists:seq(1, N)],
    Refs = [monitor(process, P) || P <- Pids],
    [P ! {go, {done, I}} || {P, I} <- lists:zip(Pids, lists:seq(1, N))],
    [receive {'DOWN', R, process, P, W} -> W end || {R, P} <- lists:zip(Refs, Pids)].

%% Many short-lived processes, each sending back its index.
spawn_many(N) ->
    Self = self(),
    [spawn(fun() -> Self ! {idx, I} end) || I <- lists:seq(1, N)],
    Sum = collect_idx(N, 0),
    {N, Sum}.

collect_idx(0, Acc) -> Acc;
collect_idx(N, Acc) -> receive {idx, I} -> collect_idx(N - 1, Acc + I) end.

down_message_shape() ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(shape) end),
    receive
        {'DOWN', Ref, Type, Pid2, Reason} = Msg ->
            {tuple_size(Msg), Type, Pid2 =:= Pid, Reason}
    end.
