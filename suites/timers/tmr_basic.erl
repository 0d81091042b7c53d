%% Timers: erlang:send_after/3,4, start_timer/3,4, cancel_timer/1,2 and
%% read_timer/1,2. Remaining times are never returned (they depend on the
%% clock); only their type, or bounds, are. Every timer started here has
%% fired, or been cancelled, before a function returns.
-module(tmr_basic).
-export([send_after_delivers/0, start_timer_delivers/0, send_after_zero/0,
         cancel_active/0, cancel_fired/0, cancel_twice/0, cancel_async/0,
         cancel_no_info/0, read_active/0, read_fired/0, read_async/0,
         read_unknown/0, fire_order/0, to_registered_name/0,
         to_unregistered_name/0, to_dead_process/0, abs_timer/0,
         bad_time/1, bad_destination/0, bad_cancel/0, bad_read/0,
         bad_option/0, timer_in_child/0, many_timers/1, start_timer_ref_matches/0,
         cancel_then_no_message/0, timeout_message_shape/0, max_time/0]).

await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

catching(F) -> try F() catch C:R -> {C, R} end.

send_after_delivers() ->
    Ref = erlang:send_after(10, self(), ding),
    Got = receive ding -> ding end,
    {is_reference(Ref), Got}.

start_timer_delivers() ->
    Ref = erlang:start_timer(10, self(), dong),
    receive {timeout, R, Msg} -> {R =:= Ref, Msg} end.

send_after_zero() ->
    _ = erlang:send_after(0, self(), now),
    receive now -> got after 1000 -> missing end.

%% cancel_timer of a running timer returns the time left (an integer no
%% larger than the time set).
cancel_active() ->
    Ref = erlang:send_after(5000, self(), never),
    Left = erlang:cancel_timer(Ref),
    {is_integer(Left), Left =< 5000, Left > 0}.

cancel_fired() ->
    Ref = erlang:send_after(1, self(), fired),
    receive fired -> ok end,
    erlang:cancel_timer(Ref).

cancel_twice() ->
    Ref = erlang:send_after(5000, self(), never),
    A = erlang:cancel_timer(Ref),
    B = erlang:cancel_timer(Ref),
    {is_integer(A), B}.

%% With {async, true} the answer comes as a message.
cancel_async() ->
    Ref = erlang:send_after(5000, self(), never),
    Ok = erlang:cancel_timer(Ref, [{async, true}, {info, true}]),
    receive {cancel_timer, R, Left} -> {Ok, R =:= Ref, is_integer(Left)} end.

cancel_no_info() ->
    Ref = erlang:send_after(5000, self(), never),
    A = erlang:cancel_timer(Ref, [{info, false}]),
    B = erlang:cancel_timer(Ref, [{async, true}, {info, false}]),
    Msg = receive {cancel_timer, _, _} -> message after 20 -> no_message end,
    {A, B, Msg}.

read_active() ->
    Ref = erlang:start_timer(5000, self(), never),
    T = erlang:read_timer(Ref),
    _ = erlang:cancel_timer(Ref),
    {is_integer(T), T =< 5000}.

read_fired() ->
    Ref = erlang:start_timer(1, self(), x),
    receive {timeout, Ref, x} -> ok end,
    erlang:read_timer(Ref).

read_async() ->
    Ref = erlang:send_after(5000, self(), never),
    Ok = erlang:read_timer(Ref, [{async, true}]),
    R = receive {read_timer, Ref, T} -> is_integer(T) end,
    _ = erlang:cancel_timer(Ref),
    {Ok, R}.

read_unknown() -> {erlang:read_timer(make_ref()), erlang:cancel_timer(make_ref())}.

%% Timers set out of order fire in time order.
fire_order() ->
    _ = [erlang:send_after(T, self(), {t, T}) || T <- [60, 5, 30]],
    [receive {t, T} -> T end || _ <- [1, 2, 3]].

to_registered_name() ->
    Self = self(),
    P = spawn(fun() -> receive hello -> Self ! {relayed, hello} end end),
    true = register(tmr_basic_target, P),
    _ = erlang:send_after(5, tmr_basic_target, hello),
    R = receive {relayed, M} -> M end,
    _ = await(P),
    R.

%% A timer to a name that is not registered when it fires: nothing happens.
to_unregistered_name() ->
    Ref = erlang:send_after(5, tmr_basic_nobody, hello),
    receive _ -> unexpected after 50 -> {is_reference(Ref), nothing} end.

%% A timer aimed at a process is cancelled when that process exits.
to_dead_process() ->
    P = spawn(fun() -> receive go -> ok end end),
    Ref = erlang:send_after(5000, P, late),
    P ! go,
    _ = await(P),
    erlang:cancel_timer(Ref).

abs_timer() ->
    At = erlang:monotonic_time(millisecond) + 10,
    _ = erlang:send_after(At, self(), absolute, [{abs, true}]),
    receive absolute -> ok end,
    erlang:monotonic_time(millisecond) >= At.

bad_time(T) -> catching(fun() -> erlang:send_after(T, self(), x) end).

bad_destination() ->
    [catching(fun() -> erlang:send_after(10, D, x) end) || D <- [42, "name", {a, b}]].

bad_cancel() -> catching(fun() -> erlang:cancel_timer(not_a_ref) end).

bad_read() -> catching(fun() -> erlang:read_timer(123) end).

bad_option() -> catching(fun() -> erlang:send_after(10, self(), x, [{abs, maybe}]) end).

timer_in_child() ->
    Self = self(),
    P = spawn(fun() ->
                      Ref = erlang:start_timer(5, self(), tick),
                      receive {timeout, Ref, tick} -> Self ! {child, ticked} end
              end),
    R = receive {child, X} -> X end,
    _ = await(P),
    R.

%% N timers with distinct times all fire; the messages arrive sorted.
many_timers(N) ->
    [erlang:send_after((I rem 5) * 15, self(), {n, (I rem 5) * 15, I}) || I <- lists:seq(1, N)],
    Got = [receive {n, T, I} -> {T, I} end || _ <- lists:seq(1, N)],
    Times = [T || {T, _} <- Got],
    {length(Got), Times =:= lists:sort(Times), lists:sum([I || {_, I} <- Got])}.

start_timer_ref_matches() ->
    R1 = erlang:start_timer(20, self(), a),
    R2 = erlang:start_timer(5, self(), b),
    First = receive {timeout, R, M} -> {R =:= R2, M} end,
    Second = receive {timeout, R1, M2} -> M2 end,
    {First, Second}.

cancel_then_no_message() ->
    Ref = erlang:send_after(20, self(), should_not_arrive),
    _ = erlang:cancel_timer(Ref),
    receive should_not_arrive -> arrived after 60 -> quiet end.

timeout_message_shape() ->
    _ = erlang:start_timer(1, self(), {payload, [1]}),
    receive {timeout, _, _} = M -> {tuple_size(M), element(1, M), element(3, M)} end.

%% Timer times at and just above 2^32 - 1 ms.
max_time() ->
    Results = [catching(fun() ->
                                Ref = erlang:send_after(T, self(), never),
                                is_integer(erlang:cancel_timer(Ref))
                        end) || T <- [4294967295, 4294967296]],
    Results.
