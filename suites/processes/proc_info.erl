%% Registered names, the process dictionary, process_info items that are
%% deterministic, process flags and group leaders. Results never contain
%% pids or references; names registered here are unregistered (or their
%% owner has exited) before a function returns.
-module(proc_info).
-export([register_basic/0, register_duplicate_name/0, register_second_name/0,
         register_undefined/0, register_dead/0, register_not_atom/0,
         unregister_unknown/0, whereis_unknown/0, send_to_name/0,
         send_to_unknown_name/0, send_to_name_tuple_unknown/0, name_released/0,
         registered_list/0, registered_name_info/0,
         monitor_name/0, monitor_unknown_name/0, monitor_name_tuple/0,
         dict_basic/0, dict_get_all/0, dict_get_keys_value/0, dict_erase_all/0,
         dict_in_info/0, dict_of_other/0, dict_complex_keys/0,
         info_status_waiting/0, info_status_self/0, info_queue_len/1,
         info_links/1, info_trap_exit/0, info_list/0, info_dead/0,
         info_bad_item/0, info_current_function/0, info_initial_call_fun/0,
         info_monitors_count/0, info_monitored_by_count/0, info_heap_item_kinds/0,
         flag_trap_exit/0, flag_priority/0, flag_bad/0, flag_bad_value/0,
         group_leader_inherited/0, group_leader_redirect/0, group_leader_badarg/0,
         processes_contains_self/0, self_identity/0]).

await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% A process that waits until told to stop.
sleeper() -> spawn(fun() -> receive stop -> ok end end).

stop(Pid) -> Pid ! stop, await(Pid).

catching(F) -> try F() catch C:R -> {C, R} end.

%% ---- registration ----

register_basic() ->
    P = sleeper(),
    R = register(proc_info_basic, P),
    Same = whereis(proc_info_basic) =:= P,
    U = unregister(proc_info_basic),
    After = whereis(proc_info_basic),
    stop(P),
    {R, Same, U, After}.

register_duplicate_name() ->
    A = sleeper(), B = sleeper(),
    true = register(proc_info_dup, A),
    R = catching(fun() -> register(proc_info_dup, B) end),
    Owner = whereis(proc_info_dup) =:= A,
    stop(A), stop(B),
    {R, Owner}.

register_second_name() ->
    P = sleeper(),
    true = register(proc_info_first, P),
    R = catching(fun() -> register(proc_info_second, P) end),
    stop(P),
    {R, whereis(proc_info_first), whereis(proc_info_second)}.

register_undefined() ->
    P = sleeper(),
    R = catching(fun() -> register(undefined, P) end),
    stop(P),
    R.

register_dead() ->
    P = sleeper(),
    stop(P),
    catching(fun() -> register(proc_info_dead, P) end).

register_not_atom() ->
    catching(fun() -> register("name", self()) end).

unregister_unknown() ->
    catching(fun() -> unregister(proc_info_never_registered) end).

whereis_unknown() -> whereis(proc_info_never_registered).

send_to_name() ->
    Self = self(),
    P = spawn(fun() -> receive {ping, N} -> Self ! {pong, N + 1} end end),
    true = register(proc_info_echo, P),
    Msg = (proc_info_echo ! {ping, 41}),
    R = receive {pong, V} -> V end,
    _ = await(P),
    {Msg, R, whereis(proc_info_echo)}.

send_to_unknown_name() ->
    catching(fun() -> proc_info_nobody ! hello end).

%% {Name, node()} for a local unregistered name: the send is silently dropped.
send_to_name_tuple_unknown() ->
    catching(fun() -> {proc_info_nobody, node()} ! hello end).

name_released() ->
    P = sleeper(),
    true = register(proc_info_released, P),
    Before = is_pid(whereis(proc_info_released)),
    stop(P),
    {Before, whereis(proc_info_released),
     catching(fun() -> proc_info_released ! late end)}.

registered_list() ->
    P = sleeper(),
    true = register(proc_info_listed, P),
    In = lists:member(proc_info_listed, registered()),
    stop(P),
    {In, lists:member(proc_info_listed, registered())}.

registered_name_info() ->
    P = sleeper(),
    None = process_info(P, registered_name),
    true = register(proc_info_named, P),
    Named = process_info(P, registered_name),
    stop(P),
    {None, Named}.

%% ---- monitoring a registered name ----

monitor_name() ->
    P = sleeper(),
    true = register(proc_info_mon, P),
    Ref = monitor(process, proc_info_mon),
    P ! stop,
    receive {'DOWN', Ref, process, Who, Why} -> {Who, Why} end.

monitor_unknown_name() ->
    Ref = monitor(process, proc_info_not_there),
    receive {'DOWN', Ref, process, Who, Why} -> {Who, Why} after 1000 -> no_down end.

monitor_name_tuple() ->
    P = sleeper(),
    true = register(proc_info_mon2, P),
    Ref = monitor(process, {proc_info_mon2, node()}),
    P ! stop,
    receive {'DOWN', Ref, process, Who, Why} -> {Who, Why} end.

%% ---- the process dictionary (in fresh processes, so it starts empty) ----

in_fresh(F) ->
    Self = self(),
    P = spawn(fun() -> Self ! {self(), F()} end),
    receive {P, V} -> _ = await(P), V end.

dict_basic() ->
    in_fresh(fun() ->
                     A = put(k, 1),
                     B = put(k, 2),
                     C = get(k),
                     D = get(missing),
                     E = erase(k),
                     F = erase(k),
                     {A, B, C, D, E, F, get()}
             end).

dict_get_all() ->
    in_fresh(fun() ->
                     [put(K, V) || {K, V} <- [{b, 2}, {a, 1}, {c, 3}, {{t}, [x]}]],
                     lists:sort(get())
             end).

dict_get_keys_value() ->
    in_fresh(fun() ->
                     [put(K, V) || {K, V} <- [{x, same}, {y, other}, {z, same}]],
                     {lists:sort(get_keys(same)), get_keys(none), lists:sort(get_keys())}
             end).

dict_erase_all() ->
    in_fresh(fun() ->
                     put(a, 1), put(b, 2),
                     Old = lists:sort(erase()),
                     {Old, get(), get_keys()}
             end).

dict_in_info() ->
    in_fresh(fun() ->
                     put(color, blue),
                     {dictionary, D} = process_info(self(), dictionary),
                     D
             end).

dict_of_other() ->
    Self = self(),
    P = spawn(fun() -> put(secret, 42), Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    {dictionary, D} = process_info(P, dictionary),
    stop(P),
    D.

dict_complex_keys() ->
    in_fresh(fun() ->
                     put({1, 2}, tuple), put([a], list), put(<<"b">>, bin), put(1.0, float), put(1, int),
                     [get({1, 2}), get([a]), get(<<"b">>), get(1.0), get(1), get(1.0000001)]
             end).

%% ---- process_info ----

info_status_waiting() ->
    P = sleeper(),
    S = wait_status(P, waiting, 100),
    stop(P),
    S.

%% A freshly spawned process may not have reached its receive yet.
wait_status(P, Want, 0) -> process_info(P, status) =:= {status, Want};
wait_status(P, Want, N) ->
    case process_info(P, status) of
        {status, Want} = S -> S;
        _ -> receive after 1 -> wait_status(P, Want, N - 1) end
    end.

info_status_self() -> process_info(self(), status).

info_queue_len(N) ->
    P = spawn(fun() -> receive stop -> ok end end),
    [P ! {msg, I} || I <- lists:seq(1, N)],
    {message_queue_len, L} = process_info(P, message_queue_len),
    stop(P),
    L.

info_links(N) ->
    process_flag(trap_exit, true),
    Ps = [spawn_link(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)],
    {links, Ls} = process_info(self(), links),
    Mine = length([L || L <- Ls, lists:member(L, Ps)]),
    [P ! stop || P <- Ps],
    [receive {'EXIT', P, _} -> ok end || P <- Ps],
    {links, After} = process_info(self(), links),
    process_flag(trap_exit, false),
    {Mine, length([L || L <- After, lists:member(L, Ps)])}.

info_trap_exit() ->
    A = process_info(self(), trap_exit),
    process_flag(trap_exit, true),
    B = process_info(self(), trap_exit),
    process_flag(trap_exit, false),
    {A, B}.

info_list() ->
    P = spawn(fun() -> process_flag(trap_exit, true), receive stop -> ok end end),
    _ = wait_status(P, waiting, 100),
    L = process_info(P, [status, trap_exit, message_queue_len, registered_name, priority]),
    stop(P),
    L.

info_dead() ->
    P = sleeper(),
    stop(P),
    {process_info(P, status), process_info(P, [status, trap_exit]), process_info(P)}.

info_bad_item() ->
    catching(fun() -> process_info(self(), not_an_item) end).

info_current_function() ->
    P = spawn(fun() -> idle() end),
    _ = wait_status(P, waiting, 100),
    C = process_info(P, current_function),
    P ! stop,
    _ = await(P),
    C.

idle() -> receive stop -> ok end.

info_initial_call_fun() ->
    P = sleeper(),
    I = process_info(P, initial_call),
    stop(P),
    I.

info_monitors_count() ->
    Ps = [sleeper() || _ <- lists:seq(1, 3)],
    Refs = [monitor(process, P) || P <- Ps],
    {monitors, Ms} = process_info(self(), monitors),
    Mine = length([x || {process, P} <- Ms, lists:member(P, Ps)]),
    [demonitor(R) || R <- Refs],
    [stop(P) || P <- Ps],
    Mine.

info_monitored_by_count() ->
    Self = self(),
    P = sleeper(),
    Watchers = [spawn(fun() -> monitor(process, P), Self ! watching, receive stop -> ok end end)
                || _ <- lists:seq(1, 4)],
    [receive watching -> ok end || _ <- Watchers],
    {monitored_by, By} = process_info(P, monitored_by),
    Count = length([W || W <- By, lists:member(W, Watchers)]),
    [stop(W) || W <- Watchers],
    stop(P),
    Count.

%% Non-deterministic items only checked for their type.
info_heap_item_kinds() ->
    [{K, is_integer(V)} || {K, V} <- process_info(self(), [memory, reductions, heap_size, stack_size])].

%% ---- flags ----

flag_trap_exit() ->
    A = process_flag(trap_exit, true),
    B = process_flag(trap_exit, false),
    C = process_flag(trap_exit, false),
    {A, B, C}.

flag_priority() ->
    in_fresh(fun() ->
                     A = process_flag(priority, high),
                     B = process_flag(priority, low),
                     C = process_flag(priority, normal),
                     {A, B, C}
             end).

flag_bad() -> catching(fun() -> process_flag(no_such_flag, true) end).

flag_bad_value() -> catching(fun() -> process_flag(trap_exit, maybe) end).

%% ---- group leaders ----

group_leader_inherited() ->
    Self = self(),
    Mine = group_leader(),
    P = spawn(fun() -> Self ! {gl, group_leader()} end),
    Theirs = receive {gl, G} -> G end,
    _ = await(P),
    Theirs =:= Mine.

%% A tiny io server of our own becomes a child's group leader, so the
%% child's io:format output is collected here instead of reaching stdout.
group_leader_redirect() ->
    Self = self(),
    Server = spawn(fun() -> io_collect([]) end),
    Child = spawn(fun() -> receive go -> ok end,
                           io:format("hidden ~p~n", [1]),
                           io:put_chars("line two\n"),
                           Self ! printed
                  end),
    true = group_leader(Server, Child),
    Child ! go,
    receive printed -> ok end,
    _ = await(Child),
    Server ! {give, Self},
    Text = receive {collected, T} -> T end,
    _ = await(Server),
    io:format("visible~n"),
    Text.

io_collect(Acc) ->
    receive
        {io_request, From, ReplyAs, {put_chars, Enc, Chars}} ->
            From ! {io_reply, ReplyAs, ok},
            io_collect([unicode:characters_to_binary(Chars, Enc) | Acc]);
        {io_request, From, ReplyAs, {put_chars, Enc, M, F, A}} ->
            From ! {io_reply, ReplyAs, ok},
            io_collect([unicode:characters_to_binary(apply(M, F, A), Enc) | Acc]);
        {io_request, From, ReplyAs, _} ->
            From ! {io_reply, ReplyAs, {error, request}},
            io_collect(Acc);
        {give, To} ->
            To ! {collected, iolist_to_binary(lists:reverse(Acc))}
    end.

group_leader_badarg() -> catching(fun() -> group_leader(not_a_pid, self()) end).

processes_contains_self() -> lists:member(self(), processes()).

self_identity() -> {self() =:= self(), node(self()) =:= node(), is_pid(self())}.
