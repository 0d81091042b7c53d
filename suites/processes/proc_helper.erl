%% Erlang side of proc_msgs: spawning, sending and receiving, which Gleam
%% without its standard library cannot express. Every function waits for
%% the processes it starts, so nothing outlives the call.
-module(proc_helper).
-export([ping_pong/1, fifo/1, selective/0, pmap/2, concurrent_print/2,
         trapped_exit/1, receive_timeout/1, dictionary/0, registered/0,
         queue_length/1, counter_server/1]).

%% Bounces a counter between this process and a child N times.
ping_pong(N) ->
    Parent = self(),
    Child = spawn(fun() -> pong_loop(Parent) end),
    Result = ping_loop(Child, N, 0),
    Ref = monitor(process, Child),
    Child ! stop,
    receive {'DOWN', Ref, process, _, _} -> ok end,
    Result.

ping_loop(_Child, 0, Acc) -> Acc;
ping_loop(Child, N, Acc) ->
    Child ! {ping, self(), Acc},
    receive {pong, Acc1} -> ping_loop(Child, N - 1, Acc1) end.

pong_loop(Parent) ->
    receive
        {ping, From, X} -> From ! {pong, X + 1}, pong_loop(Parent);
        stop -> ok
    end.

%% Messages from one sender arrive in the order they were sent.
fifo(N) ->
    Parent = self(),
    Tag = make_ref(),
    spawn(fun() -> [Parent ! {Tag, I} || I <- lists:seq(1, N)] end),
    [receive {Tag, I} -> I end || _ <- lists:seq(1, N)].

%% Selective receive takes the first matching message, leaving others queued.
selective() ->
    self() ! {b, 1},
    self() ! {a, 2},
    self() ! {b, 3},
    self() ! {c, 4},
    First = receive {a, X} -> {a, X} end,
    Second = receive {c, Y} -> {c, Y} end,
    Third = receive {b, Z} -> {b, Z} end,
    Fourth = receive {b, W} -> {b, W} end,
    [First, Second, Third, Fourth].

%% Runs F on every element in its own process; results keep list order.
pmap(F, List) ->
    Parent = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Parent ! {Ref, F(X)} end),
                Ref
            end || X <- List],
    [receive {Ref, V} -> V end || Ref <- Refs].

%% Workers print lines concurrently through the inherited group leader.
concurrent_print(Workers, Lines) ->
    Parent = self(),
    Pids = [spawn(fun() ->
                      [io:format("worker ~w line ~w~n", [W, L]) || L <- lists:seq(1, Lines)],
                      Parent ! {done, self()}
                  end) || W <- lists:seq(1, Workers)],
    [receive {done, P} -> ok end || P <- Pids],
    Workers * Lines.

%% A linked process exits; with trap_exit set the exit becomes a message.
trapped_exit(Reason) ->
    Old = process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> exit(Reason) end),
    Got = receive {'EXIT', Pid, Why} -> {exit_message, Why} after 5000 -> timeout end,
    process_flag(trap_exit, Old),
    Got.

receive_timeout(Ms) ->
    receive never_sent_message -> got_it after Ms -> timed_out end.

%% Process dictionary put/get/erase. Only our own keys are inspected: the
%% process running the entry may already hold entries of its own.
dictionary() ->
    Keys = [alpha, beta, {tuple, key}],
    First = put(alpha, 1),
    Second = put(alpha, 2),
    put(beta, [x]),
    put({tuple, key}, <<"v">>),
    Beta = get(beta),
    Missing = get(gamma),
    Erased = erase(alpha),
    Mine = [{K, get(K)} || K <- Keys],
    erase(beta),
    erase({tuple, key}),
    {First, Second, Beta, Missing, Erased, Mine, [get(K) || K <- Keys]}.

%% Sending to a registered name, then unregistering it.
registered() ->
    Parent = self(),
    Pid = spawn(fun() -> receive {hello, From} -> From ! {reply, world} end end),
    true = register(proc_msgs_echo, Pid),
    Known = whereis(proc_msgs_echo) =:= Pid,
    proc_msgs_echo ! {hello, Parent},
    Reply = receive {reply, R} -> R end,
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    {Known, Reply, whereis(proc_msgs_echo)}.

%% Queue growth is measured relative to whatever was queued before.
queue_length(N) ->
    {message_queue_len, Before} = process_info(self(), message_queue_len),
    [self() ! {queued, I} || I <- lists:seq(1, N)],
    {message_queue_len, After} = process_info(self(), message_queue_len),
    Received = [receive {queued, I} -> I end || I <- lists:seq(1, N)],
    {After - Before, Received}.

%% A stateful server process: N increments, then a synchronous read.
counter_server(N) ->
    Server = spawn(fun() -> counter_loop(0) end),
    [Server ! {incr, I} || I <- lists:seq(1, N)],
    Server ! {get, self()},
    receive {count, C} -> C end.

counter_loop(Count) ->
    receive
        {incr, I} -> counter_loop(Count + I);
        {get, From} -> From ! {count, Count}
    end.
