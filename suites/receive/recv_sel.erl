%% Receive semantics: selective receive over a mailbox, guards, the order
%% in which clauses and messages are tried, after 0 / after N / after
%% infinity, a reference-tagged receive behind 100,000 queued messages,
%% message ordering between processes, and send edge cases.
-module(recv_sel).
-export([out_of_order/0, message_order_beats_clause_order/0, guards/0,
         guard_with_bound_var/1, after_zero_empty/0, after_zero_hit/0,
         after_n/1, after_infinity/0, after_variable/1, after_bad_timeout/1,
         after_negative/0, after_float/0, nested_receive/0,
         ref_tag_behind_100k/1, drain_count/1, two_senders_order/1,
         pair_order/1, relay_chain/1, send_returns_message/0, send_to_dead/0,
         erlang_send_opts/0, send_bad_destination/0, big_message/0,
         fun_in_message/0, map_pattern_receive/0, binary_pattern_receive/0,
         queue_len_after_selective/0, catch_all_keeps_order/0,
         receive_in_loop_with_state/1, timeout_then_late_message/0,
         self_send_many/1, sync_calls/1]).

await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

out_of_order() ->
    [self() ! M || M <- [{c, 3}, {a, 1}, {b, 2}, {a, 4}]],
    A = receive {a, X} -> X end,
    B = receive {b, Y} -> Y end,
    C = receive {c, Z} -> Z end,
    D = receive {a, W} -> W end,
    [A, B, C, D].

%% The first message (in arrival order) that matches any clause wins, not
%% the first clause.
message_order_beats_clause_order() ->
    [self() ! M || M <- [second, first]],
    R1 = receive first -> first; second -> second end,
    R2 = receive first -> first; second -> second end,
    [R1, R2].

guards() ->
    [self() ! {n, N} || N <- [1, 20, 3, 40, 5]],
    Big = receive {n, N} when N > 10 -> N end,
    Odd = receive {n, M} when M rem 2 =:= 1, M > 1 -> M end,
    Rest = [receive {n, K} -> K end || _ <- [1, 2, 3]],
    {Big, Odd, Rest}.

%% A variable bound before the receive acts as a literal in the pattern.
guard_with_bound_var(Want) ->
    [self() ! {tag, T} || T <- [x, Want, y]],
    Got = receive {tag, Want} -> Want end,
    Left = [receive {tag, T} -> T end || _ <- [1, 2]],
    {Got, Left}.

after_zero_empty() -> receive _ -> got after 0 -> empty end.

after_zero_hit() ->
    self() ! here,
    receive here -> got after 0 -> empty end.

after_n(Ms) ->
    T0 = erlang:monotonic_time(millisecond),
    R = receive never -> got after Ms -> timeout end,
    Elapsed = erlang:monotonic_time(millisecond) - T0,
    {R, Elapsed >= Ms}.

after_infinity() ->
    Self = self(),
    P = spawn(fun() -> Self ! {late, ok} end),
    R = receive {late, V} -> V after infinity -> never end,
    _ = await(P),
    R.

after_variable(T) -> receive never -> got after T -> {timeout, T} end.

after_bad_timeout(T) -> receive never -> got after T -> timeout end.

after_negative() -> after_bad_timeout(-1).

after_float() -> after_bad_timeout(1.5).

nested_receive() ->
    [self() ! M || M <- [outer, inner, other]],
    receive
        outer ->
            I = receive inner -> inner_got end,
            O = receive X -> X end,
            {outer, I, O}
    end.

%% The mailbox holds N other messages before the reply; a receive matching
%% a fresh reference must still find it, and every other message stays.
ref_tag_behind_100k(N) ->
    Self = self(),
    [Self ! {filler, I} || I <- lists:seq(1, N)],
    Ref = make_ref(),
    P = spawn(fun() -> Self ! {Ref, reply} end),
    Reply = receive {Ref, R} -> R end,
    _ = await(P),
    {message_queue_len, Left} = process_info(self(), message_queue_len),
    Count = drain_filler(0),
    {Reply, Left, Count}.

drain_filler(N) -> receive {filler, _} -> drain_filler(N + 1) after 0 -> N end.

drain_count(N) ->
    [self() ! I || I <- lists:seq(1, N)],
    drain_sum(0, 0).

drain_sum(C, S) -> receive I -> drain_sum(C + 1, S + I) after 0 -> {C, S} end.

%% Two senders interleave arbitrarily, but each one's messages keep their
%% order.
two_senders_order(N) ->
    Self = self(),
    Ps = [spawn(fun() -> [Self ! {S, I} || I <- lists:seq(1, N)] end) || S <- [a, b]],
    Msgs = [receive {S, I} -> {S, I} end || _ <- lists:seq(1, 2 * N)],
    [_ = await(P) || P <- Ps],
    As = [I || {a, I} <- Msgs],
    Bs = [I || {b, I} <- Msgs],
    {As =:= lists:seq(1, N), Bs =:= lists:seq(1, N)}.

%% A sends N messages to B; B returns them in the order it got them.
pair_order(N) ->
    Self = self(),
    B = spawn(fun() -> Self ! {got, [receive {m, I} -> I end || _ <- lists:seq(1, N)]} end),
    A = spawn(fun() -> [B ! {m, I} || I <- lists:seq(1, N)] end),
    L = receive {got, X} -> X end,
    _ = await(A), _ = await(B),
    L =:= lists:seq(1, N).

%% Messages relayed through N processes arrive in order.
relay_chain(N) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, lists:seq(1, N)),
    [First ! {item, I} || I <- lists:seq(1, 20)],
    First ! stop,
    Items = collect_items([]),
    Items.

relay(Next) ->
    receive
        stop -> Next ! stop;
        M -> Next ! M, relay(Next)
    end.

collect_items(Acc) ->
    receive
        {item, I} -> collect_items([I | Acc]);
        stop -> lists:reverse(Acc)
    end.

send_returns_message() ->
    M = (self() ! {payload, [1, 2, 3]}),
    R = receive X -> X end,
    {M, R, M =:= R}.

send_to_dead() ->
    P = spawn(fun() -> ok end),
    _ = await(P),
    P ! lost.

erlang_send_opts() ->
    A = erlang:send(self(), one),
    B = erlang:send(self(), two, [nosuspend]),
    C = erlang:send(self(), three, [noconnect]),
    Got = [receive X -> X end || _ <- [1, 2, 3]],
    {A, B, C, Got}.

send_bad_destination() ->
    [try D ! x catch error:E -> {error, E} end || D <- [42, "name", {a, b, c}, 1.0]].

big_message() ->
    Self = self(),
    Big = {lists:seq(1, 10000), binary:copy(<<"ab">>, 50000), #{k => lists:duplicate(100, x)}},
    P = spawn(fun() -> receive {From, T} -> From ! {echo, T} end end),
    P ! {Self, Big},
    R = receive {echo, T} -> T end,
    _ = await(P),
    {R =:= Big, erlang:phash2(R)}.

fun_in_message() ->
    Self = self(),
    K = 7,
    P = spawn(fun() -> receive {F, From} -> From ! {result, F(6)} end end),
    P ! {fun(X) -> X * K end, Self},
    R = receive {result, V} -> V end,
    _ = await(P),
    R.

map_pattern_receive() ->
    [self() ! M || M <- [#{type => b, v => 1}, #{type => a, v => 2}, #{type => a}]],
    A = receive #{type := a, v := V} -> V end,
    B = receive #{type := b} = M1 -> maps:get(v, M1) end,
    C = receive #{type := T} -> T end,
    {A, B, C}.

binary_pattern_receive() ->
    [self() ! B || B <- [<<"noise">>, <<1, 2, 3>>, <<"cmd:go">>]],
    Cmd = receive <<"cmd:", C/binary>> -> C end,
    Three = receive <<X, Y, Z>> -> X + Y + Z end,
    Noise = receive N -> N end,
    {Cmd, Three, Noise}.

queue_len_after_selective() ->
    [self() ! M || M <- [a, b, c, d]],
    receive c -> ok end,
    {message_queue_len, L} = process_info(self(), message_queue_len),
    {messages, Ms} = process_info(self(), messages),
    [receive M -> M end || M <- Ms],
    {L, Ms}.

catch_all_keeps_order() ->
    [self() ! I || I <- [5, 4, 3, 2, 1]],
    receive 3 -> ok end,
    [receive X -> X end || _ <- [1, 2, 3, 4]].

%% A small server with state, driven by messages.
receive_in_loop_with_state(N) ->
    Self = self(),
    P = spawn(fun() -> stack_server([]) end),
    [P ! {push, I} || I <- lists:seq(1, N)],
    P ! {pop, Self},
    P ! {pop, Self},
    P ! {dump, Self},
    Popped = [receive {popped, V} -> V end || _ <- [1, 2]],
    Dump = receive {dump, D} -> D end,
    _ = await(P),
    {Popped, Dump}.

stack_server(S) ->
    receive
        {push, X} -> stack_server([X | S]);
        {pop, From} -> [H | T] = S, From ! {popped, H}, stack_server(T);
        {dump, From} -> From ! {dump, S}
    end.

%% A message that arrives after a timeout stays for the next receive.
timeout_then_late_message() ->
    Self = self(),
    P = spawn(fun() -> receive go -> Self ! late end end),
    First = receive late -> early after 10 -> timed_out end,
    P ! go,
    Second = receive late -> got_late end,
    _ = await(P),
    {First, Second}.

self_send_many(N) ->
    [self() ! {i, I} || I <- lists:seq(1, N)],
    lists:sum([receive {i, I} -> I end || _ <- lists:seq(1, N)]).

%% Request/reply with a fresh reference per call.
sync_calls(N) ->
    Server = spawn(fun() -> square_server() end),
    Rs = [call(Server, I) || I <- lists:seq(1, N)],
    Server ! stop,
    _ = await(Server),
    Rs.

call(Server, X) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, X},
    receive {Ref, R} -> R end.

square_server() ->
    receive
        {call, From, Ref, X} -> From ! {Ref, X * X}, square_server();
        stop -> ok
    end.
