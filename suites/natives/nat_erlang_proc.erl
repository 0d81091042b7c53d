%% Process, alias, timer and clock BIFs no other suite calls. Results are
%% made deterministic: clock readings are checked for shape and order,
%% never returned, and no pid or reference is returned.
-module(nat_erlang_proc).
-export([id/1, worker/2, woke/1, send_fun/0, spawn_node_variants/0,
         spawn_opt_variants/0, spawn_monitor_variants/0, monitor3/0,
         aliases/0, send_nosuspend/0, hibernate3/0, process_flag3/0,
         misc_process/0, start_timer4/0, convert_time_unit/0, clocks/0,
         calendar_now/0, unique_integer/0, display/0, convert_time_unit_escapes/0,
         start_timer_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

%% Spawned through M:F:A: reports Tag and Arg back, then ends with Tag.
worker(Parent, Arg) ->
    Parent ! {worker, Arg},
    exit(Arg).

await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

got(Tag) -> receive {Tag, V} -> V after 5000 -> timeout end.

send_fun() ->
    Self = self(),
    R1 = erlang:'!'(?MODULE:id(Self), {msg, 1}),
    R2 = erlang:'!'(?MODULE:id(Self), "ü"),
    R3 = t(fun() -> erlang:'!'(?MODULE:id(no_such_registered_name_xq), x) end),
    R4 = t(fun() -> erlang:'!'(?MODULE:id(42), x) end),
    M1 = receive {msg, _} = M -> M end,
    M2 = receive "ü" = S -> S end,
    [R1, R2, R3, R4, M1, M2].

spawn_node_variants() ->
    Self = self(),
    N = ?MODULE:id(node()),
    P1 = spawn(N, fun() -> Self ! {s2, ok} end),
    V1 = got(s2),
    W1 = await(P1),
    P2 = spawn(N, ?MODULE, worker, [Self, s4]),
    V2 = got(worker),
    W2 = await(P2),
    P3 = spawn_link(N, fun() -> Self ! {sl2, ok} end),
    V3 = got(sl2),
    W3 = await(P3),
    P4 = spawn_link(?MODULE, worker, [Self, normal]),
    V4 = got(worker),
    W4 = await(P4),
    P5 = spawn_link(N, ?MODULE, worker, [Self, normal]),
    V5 = got(worker),
    W5 = await(P5),
    E1 = t(fun() -> spawn(N, ?MODULE, worker, notalist) end),
    E2 = t(fun() -> spawn_link(?MODULE, "worker", []) end),
    E3 = t(fun() -> spawn(N, notafun) end),
    [V1, W1, V2, W2, V3, W3, V4, W4, V5, W5, E1, E2, E3].

spawn_opt_variants() ->
    Self = self(),
    N = ?MODULE:id(node()),
    P1 = spawn_opt(N, fun() -> Self ! {so3, ok} end, [{priority, low}]),
    V1 = got(so3),
    W1 = await(P1),
    P2 = spawn_opt(N, ?MODULE, worker, [Self, so5], [{min_heap_size, 1000}]),
    V2 = got(worker),
    W2 = await(P2),
    {P3, Ref} = spawn_opt(N, ?MODULE, worker, [Self, mon], [monitor]),
    V3 = got(worker),
    W3 = receive {'DOWN', Ref, process, P3, R} -> R end,
    E1 = t(fun() -> spawn_opt(N, fun() -> ok end, [bogus_option]) end),
    E2 = t(fun() -> spawn_opt(N, ?MODULE, worker, [], notalist) end),
    [V1, W1, V2, W2, V3, W3, E1, E2].

spawn_monitor_variants() ->
    Self = self(),
    N = ?MODULE:id(node()),
    {P1, R1} = spawn_monitor(N, fun() -> Self ! {sm2, ok}, exit(sm2_done) end),
    V1 = got(sm2),
    W1 = receive {'DOWN', R1, process, P1, X1} -> X1 end,
    {P2, R2} = spawn_monitor(N, ?MODULE, worker, [Self, sm4]),
    V2 = got(worker),
    W2 = receive {'DOWN', R2, process, P2, X2} -> X2 end,
    {P3, R3} = spawn_monitor(N, ?MODULE, no_such_function, []),
    W3 = receive {'DOWN', R3, process, P3, {X3, _}} -> X3 end,
    E1 = t(fun() -> spawn_monitor(N, notafun) end),
    [V1, W1, V2, W2, W3, E1].

monitor3() ->
    Self = self(),
    P1 = spawn(fun() -> receive go -> exit(tagged) end end),
    M1 = erlang:monitor(process, P1, [{tag, my_down}]),
    P1 ! go,
    D1 = receive {my_down, M1, process, P1, Why1} -> {tagged_down, Why1} end,
    P2 = spawn(fun() -> receive go -> exit(aliased) end end),
    M2 = erlang:monitor(process, P2, [{alias, demonitor}]),
    P2 ! go,
    D2 = receive {'DOWN', M2, process, P2, Why2} -> {alias_down, Why2} end,
    P3 = spawn(fun() -> receive {reply, To} -> To ! {reply, ok} end end),
    M3 = erlang:monitor(process, P3, [{alias, reply_demonitor}]),
    P3 ! {reply, M3},
    D3 = receive {reply, ok} -> replied end,
    D3b = receive {'DOWN', M3, _, _, _} -> unexpected_down after 50 -> no_down_after_reply end,
    M4 = erlang:monitor(process, ?MODULE:id(no_such_registered_name_xq), [{tag, t4}]),
    D4 = receive {t4, M4, process, {no_such_registered_name_xq, _}, W4} -> W4 end,
    E1 = t(fun() -> erlang:monitor(process, Self, [bogus]) end),
    E2 = t(fun() -> erlang:monitor(process, Self, notalist) end),
    E3 = t(fun() -> erlang:monitor(bogus_type, Self, []) end),
    [D1, D2, D3, D3b, D4, E1, E2, E3].

aliases() ->
    A = alias(),
    R1 = erlang:'!'(A, via_alias),
    G1 = receive via_alias -> got end,
    U1 = unalias(A),
    U2 = unalias(A),
    A ! dropped,
    G2 = receive dropped -> not_dropped after 50 -> dropped end,
    B = alias([explicit_unalias]),
    B ! one,
    G3 = receive one -> got end,
    U3 = unalias(B),
    C = alias([reply]),
    C ! first,
    C ! second,
    G4 = receive first -> got_first end,
    G5 = receive second -> got_second after 50 -> inactive_after_reply end,
    E1 = t(fun() -> alias([bogus]) end),
    E2 = t(fun() -> alias(notalist) end),
    E3 = t(fun() -> unalias(?MODULE:id(notref)) end),
    [R1, G1, U1, U2, G2, G3, U3, G4, G5, E1, E2, E3].

send_nosuspend() ->
    Self = self(),
    R1 = erlang:send_nosuspend(?MODULE:id(Self), m1),
    R2 = erlang:send_nosuspend(?MODULE:id(Self), m2, [noconnect]),
    R3 = erlang:send_nosuspend(?MODULE:id(Self), m3, []),
    E1 = t(fun() -> erlang:send_nosuspend(?MODULE:id(42), m) end),
    E2 = t(fun() -> erlang:send_nosuspend(Self, m, [bogus]) end),
    Ms = [receive M -> M end || M <- [m1, m2, m3]],
    [R1, R2, R3, E1, E2, Ms].

woke(Parent) ->
    receive {wake, N} -> Parent ! {woke, N * 2} end.

hibernate3() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, woke, [Self]) end),
    P ! {wake, 21},
    V = got(woke),
    W = await(P),
    [V, W].

process_flag3() ->
    Self = self(),
    [t(fun() -> process_flag(Self, save_calls, 5) end),
     t(fun() -> process_flag(Self, save_calls, 0) end),
     t(fun() -> process_flag(Self, trap_exit, true) end),
     t(fun() -> process_flag(Self, save_calls, -1) end),
     t(fun() -> process_flag(?MODULE:id(notpid), save_calls, 1) end)].

misc_process() ->
    [t(fun() -> erlang:bump_reductions(?MODULE:id(100)) end),
     t(fun() -> erlang:bump_reductions(?MODULE:id(-1)) end),
     t(fun() -> erlang:bump_reductions(?MODULE:id(x)) end),
     t(fun() -> erlang:garbage_collect() end),
     t(fun() -> erlang:garbage_collect(self()) end),
     t(fun() -> erlang:garbage_collect(?MODULE:id(notpid)) end),
     t(fun() -> erlang:yield() end)].

start_timer4() ->
    Self = self(),
    R1 = erlang:start_timer(?MODULE:id(5), Self, hello, []),
    V1 = receive {timeout, R1, hello} -> fired end,
    Abs = erlang:monotonic_time(millisecond) + 5,
    R2 = erlang:start_timer(Abs, Self, abs_msg, [{abs, true}]),
    V2 = receive {timeout, R2, abs_msg} -> fired_abs end,
    R3 = erlang:start_timer(?MODULE:id(0), Self, zero, [{abs, false}]),
    V3 = receive {timeout, R3, zero} -> fired_zero end,
    E1 = t(fun() -> erlang:start_timer(10, Self, m, [bogus]) end),
    E2 = t(fun() -> erlang:start_timer(-1, Self, m, []) end),
    E3 = t(fun() -> erlang:start_timer(10, Self, m, notalist) end),
    [V1, V2, V3, E1, E2, E3].

convert_time_unit() ->
    C = fun(T, F, To) -> t(fun() -> erlang:convert_time_unit(?MODULE:id(T), F, To) end) end,
    [C(1, second, millisecond), C(1500, millisecond, second), C(-1500, millisecond, second),
     C(1, second, microsecond), C(1, second, nanosecond), C(7, microsecond, millisecond),
     C(-1, nanosecond, second), C(3, 1000, 1), C(1 bsl 70, second, nanosecond),
     C(10, perf_counter, perf_counter), C(1, seconds, milli_seconds),
     C(1, bogus, second), C(1.0, second, second), C(1, 0, second)].

clocks() ->
    M1 = erlang:monotonic_time(),
    M2 = erlang:monotonic_time(),
    S0 = erlang:system_time(),
    S1 = erlang:system_time(second),
    S2 = erlang:system_time(millisecond),
    O0 = erlang:time_offset(),
    O1 = erlang:time_offset(second),
    [is_integer(M1), M2 >= M1, is_integer(S0), S1 > 1700000000,
     S2 div 1000 >= S1, is_integer(O0), is_integer(O1),
     t(fun() -> erlang:system_time(?MODULE:id(bogus)) end),
     t(fun() -> erlang:time_offset(?MODULE:id(bogus)) end)].

calendar_now() ->
    {Y, Mo, D} = date(),
    {H, Mi, S} = time(),
    {{LY, _, _} = LD, {LH, _, _}} = erlang:localtime(),
    {UD, {UH, UMi, US}} = erlang:universaltime(),
    {A1, B1, C1} = N1 = apply(erlang, now, []),
    N2 = apply(erlang, now, []),
    {T1, T2, T3} = erlang:timestamp(),
    [Y >= 2023, Mo >= 1 andalso Mo =< 12, D >= 1 andalso D =< 31,
     H >= 0 andalso H < 24, Mi >= 0 andalso Mi < 60, S >= 0 andalso S < 61,
     LY >= 2023, tuple_size(LD), LH < 24,
     tuple_size(UD), UH < 24, UMi < 60, US < 61,
     is_integer(A1) andalso is_integer(B1) andalso is_integer(C1), N2 > N1,
     is_integer(T1) andalso is_integer(T2) andalso is_integer(T3) andalso T3 < 1000000].

unique_integer() ->
    U1 = erlang:unique_integer(),
    U2 = erlang:unique_integer([positive]),
    U3 = erlang:unique_integer([monotonic]),
    U4 = erlang:unique_integer([monotonic]),
    U5 = erlang:unique_integer([positive, monotonic]),
    [is_integer(U1), U2 > 0, U4 > U3, U5 > 0, U1 =/= erlang:unique_integer(),
     t(fun() -> erlang:unique_integer([bogus]) end),
     t(fun() -> erlang:unique_integer(?MODULE:id(notalist)) end)].

display() ->
    [erlang:display(?MODULE:id({display, "to the emulator's stdout"})),
     t(fun() -> erlang:display(?MODULE:id(<<"bin">>)) end)].

convert_time_unit_escapes() -> erlang:convert_time_unit(?MODULE:id(1), bogus, second).

start_timer_escapes() -> erlang:start_timer(?MODULE:id(-5), some_registered_name, m, []).
