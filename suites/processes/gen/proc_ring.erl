-module(proc_ring).
-compile([no_auto_import, nowarn_unused_vars]).

-export([ring/2, spawn_many/1, counter_actor/1, parallel_fib/2, pipeline/2, ordered_from_sender/1]).
-export_type([pid_/0, msg/0]).

-type pid_() :: any().

-type msg() :: {token, integer()} |
    stop |
    {value, integer(), integer()} |
    {add, integer()} |
    {get, pid_()} |
    {total, integer()} |
    {compute, integer(), pid_()} |
    {done, integer()}.

-spec relay(pid_()) -> nil.
relay(Next) ->
    case proc_ring_ffi:receive_any() of
        {token, N} ->
            erlang:send(Next, {token, N + 1}),
            relay(Next);

        stop ->
            erlang:send(Next, stop),
            nil;

        _ ->
            relay(Next)
    end.

-spec build_chain(integer(), pid_()) -> pid_().
build_chain(K, Last) ->
    case K of
        0 ->
            Last;

        _ ->
            Next = erlang:spawn(fun() -> relay(Last) end),
            build_chain(K - 1, Next)
    end.

-spec laps(pid_(), integer(), integer()) -> integer().
laps(Head, Remaining, Value) ->
    case Remaining of
        0 ->
            Value;

        _ ->
            erlang:send(Head, {token, Value}),
            case proc_ring_ffi:receive_any() of
                {token, V} ->
                    laps(Head, Remaining - 1, V);

                _ ->
                    -1
            end
    end.

-spec ring(integer(), integer()) -> integer().
ring(N, Rounds) ->
    Head = build_chain(N - 1, erlang:self()),
    Result = laps(Head, Rounds, 0),
    erlang:send(Head, stop),
    case proc_ring_ffi:receive_any() of
        stop ->
            Result;

        _ ->
            -1
    end.

-spec spawn_reporters(integer(), integer(), pid_()) -> nil.
spawn_reporters(I, N, Parent) ->
    case I > N of
        true ->
            nil;

        false ->
            erlang:spawn(
                fun() ->
                    erlang:send(Parent, {value, I, I * I}),
                    nil
                end
            ),
            spawn_reporters(I + 1, N, Parent)
    end.

-spec collect_values(integer(), integer(), integer()) -> {integer(), integer()}.
collect_values(Left, Count, Sum) ->
    case Left of
        0 ->
            {Count, Sum};

        _ ->
            case proc_ring_ffi:receive_any() of
                {value, _, Sq} ->
                    collect_values(Left - 1, Count + 1, Sum + Sq);

                _ ->
                    collect_values(Left, Count, Sum)
            end
    end.

-spec spawn_many(integer()) -> {integer(), integer()}.
spawn_many(N) ->
    spawn_reporters(1, N, erlang:self()),
    collect_values(N, 0, 0).

-spec send_range(pid_(), integer(), integer()) -> nil.
send_range(To, I, N) ->
    case I > N of
        true ->
            nil;

        false ->
            erlang:send(To, {token, I}),
            send_range(To, I + 1, N)
    end.

-spec counter(integer()) -> nil.
counter(Total) ->
    case proc_ring_ffi:receive_any() of
        {add, N} ->
            counter(Total + N);

        {get, From} ->
            erlang:send(From, {total, Total}),
            counter(Total);

        stop ->
            nil;

        _ ->
            counter(Total)
    end.

-spec add_all(pid_(), list(integer())) -> nil.
add_all(To, Items) ->
    case Items of
        [] ->
            nil;

        [X | Rest] ->
            erlang:send(To, {add, X}),
            add_all(To, Rest)
    end.

-spec ask_total(pid_()) -> integer().
ask_total(Actor) ->
    erlang:send(Actor, {get, erlang:self()}),
    case proc_ring_ffi:receive_any() of
        {total, T} ->
            T;

        _ ->
            -1
    end.

-spec counter_actor(list(integer())) -> {integer(), integer()}.
counter_actor(Items) ->
    Actor = erlang:spawn(fun() -> counter(0) end),
    add_all(Actor, Items),
    First = ask_total(Actor),
    add_all(Actor, Items),
    Second = ask_total(Actor),
    erlang:send(Actor, stop),
    proc_ring_ffi:await_exit(Actor),
    {First, Second}.

-spec fib_seq(integer()) -> integer().
fib_seq(N) ->
    case N < 2 of
        true ->
            N;

        false ->
            fib_seq(N - 1) + fib_seq(N - 2)
    end.

-spec wait_done() -> integer().
wait_done() ->
    case proc_ring_ffi:receive_any() of
        {done, V} ->
            V;

        _ ->
            wait_done()
    end.

-spec fib_worker(integer(), integer(), pid_()) -> nil.
fib_worker(N, Cutoff, Reply_to) ->
    case N > Cutoff of
        false ->
            erlang:send(Reply_to, {done, fib_seq(N)}),
            nil;

        true ->
            Me = erlang:self(),
            erlang:spawn(fun() -> fib_worker(N - 1, Cutoff, Me) end),
            erlang:spawn(fun() -> fib_worker(N - 2, Cutoff, Me) end),
            A = wait_done(),
            B = wait_done(),
            erlang:send(Reply_to, {done, A + B}),
            nil
    end.

-spec parallel_fib(integer(), integer()) -> integer().
parallel_fib(N, Cutoff) ->
    Me = erlang:self(),
    erlang:spawn(fun() -> fib_worker(N, Cutoff, Me) end),
    wait_done().

-spec stage(integer(), pid_()) -> nil.
stage(Factor, Next) ->
    case proc_ring_ffi:receive_any() of
        {compute, V, _} ->
            erlang:send(Next, {compute, V * Factor, Next}),
            stage(Factor, Next);

        stop ->
            erlang:send(Next, stop),
            nil;

        _ ->
            stage(Factor, Next)
    end.

-spec build_pipeline(list(integer()), pid_()) -> pid_().
build_pipeline(Factors, Last) ->
    case Factors of
        [] ->
            Last;

        [F | Rest] ->
            Next = build_pipeline(Rest, Last),
            erlang:spawn(fun() -> stage(F, Next) end)
    end.

-spec feed(pid_(), list(integer())) -> nil.
feed(Head, Items) ->
    case Items of
        [] ->
            nil;

        [X | Rest] ->
            erlang:send(Head, {compute, X, Head}),
            feed(Head, Rest)
    end.

-spec reverse(list(integer()), list(integer())) -> list(integer()).
reverse(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec receive_tokens(integer(), list(integer())) -> list(integer()).
receive_tokens(Left, Acc) ->
    case Left of
        0 ->
            reverse(Acc, []);

        _ ->
            case proc_ring_ffi:receive_any() of
                {token, I} ->
                    receive_tokens(Left - 1, [I | Acc]);

                _ ->
                    receive_tokens(Left, Acc)
            end
    end.

-spec drain_pipeline(list(integer())) -> list(integer()).
drain_pipeline(Acc) ->
    case proc_ring_ffi:receive_any() of
        {compute, V, _} ->
            drain_pipeline([V | Acc]);

        stop ->
            reverse(Acc, []);

        _ ->
            drain_pipeline(Acc)
    end.

-spec pipeline(list(integer()), list(integer())) -> list(integer()).
pipeline(Factors, Items) ->
    Head = build_pipeline(Factors, erlang:self()),
    feed(Head, Items),
    erlang:send(Head, stop),
    drain_pipeline([]).

-spec range_acc(integer(), integer(), list(integer())) -> list(integer()).
range_acc(I, Low, Acc) ->
    case I < Low of
        true ->
            Acc;

        false ->
            range_acc(I - 1, Low, [I | Acc])
    end.

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    range_acc(B, A, []).

-spec ordered_from_sender(integer()) -> boolean().
ordered_from_sender(N) ->
    Me = erlang:self(),
    Sender = erlang:spawn(fun() -> send_range(Me, 1, N) end),
    Got = receive_tokens(N, []),
    proc_ring_ffi:await_exit(Sender),
    Got =:= range(1, N).
