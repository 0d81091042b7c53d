%% Control-flow instructions: dynamic calls (apply, apply_last), funs
%% (make_fun3, call_fun, call_fun2), bif0 and gc_bif3, exceptions (try,
%% catch, raise, raw_raise, build_stacktrace, if_end, case_end, badmatch,
%% try_case_end) and receive (loop_rec, wait, wait_timeout, timeout,
%% remove_message and the recv_marker_* family).
-module(op_control).
-export([dyn_call/3, dyn_call_last/3, dyn_apply_list/3, dyn_undef/0,
         make_adder/1, call_adder/2, fun_arity_error/0, badfun/0,
         compose/0, self_is_pid/0, node_name/0, guard_part/3, body_part/3,
         rethrow/1, rethrow_error/0, rethrow_classes/0, catch_classes/0, if_fail/1,
         case_fail/1, match_fail/1, try_of_fail/1, stack_depth/0,
         wait_forever_for/1, wait_with_timeout/1, after_zero/0,
         ref_receive/0, flush_then_count/0, catch_throw_value/0,
         nested_try/1]).

%% apply: Module:Function(Args...) with both names in registers.
dyn_call(M, F, X) ->
    R = M:F(X),
    {R, M:F(R)}.

%% apply_last: the dynamic call is a tail call.
dyn_call_last(M, F, X) -> M:F(X).

dyn_apply_list(M, F, Args) -> apply(M, F, Args).

dyn_undef() ->
    M = id(op_control_nonexistent),
    F = id(nothing),
    try M:F(1) catch error:E -> E end.

%% make_fun3 captures the environment; call_fun/call_fun2 invoke it.
make_adder(N) -> fun(X) -> X + N end.

call_adder(N, X) -> F = make_adder(N), F(X) + (id(F))(X).

fun_arity_error() ->
    F = id(fun(A, B) -> A + B end),
    try F(1) catch error:{badarity, {_, Args}} -> {badarity, Args} end.

badfun() ->
    F = id(not_a_fun),
    try F(1) catch error:{badfun, X} -> {badfun, X} end.

compose() ->
    Fs = [fun(X) -> X + 1 end, fun(X) -> X * 2 end, fun erlang:integer_to_list/1],
    lists:foldl(fun(F, Acc) -> F(Acc) end, 5, Fs).

%% self/0 and node/0 are bif0 instructions.
self_is_pid() -> is_pid(self()).

node_name() -> is_atom(node()).

%% binary_part/3 in a guard is gc_bif3; in a body it is a call.
guard_part(B, S, L) when binary_part(B, S, L) =:= <<"ab">> -> matched;
guard_part(_, _, _) -> not_matched.

body_part(B, S, L) ->
    try binary_part(B, S, L) catch error:E -> {error, E} end.

%% Catch, then re-raise with the original stack trace: raw_raise.
rethrow(F) ->
    try F()
    catch Class:Reason:Stack -> erlang:raise(Class, {wrapped, Reason}, Stack)
    end.

rethrow_error() -> rethrow(fun() -> erlang:error(inner) end).

rethrow_classes() ->
    [catch_it(fun() -> rethrow(fun() -> erlang:C(x) end) end) || C <- [error, exit, throw]].

catch_it(F) -> try F() catch C:R -> {C, R} end.

%% Only this module's and erlang's frames are kept in {'EXIT', {Reason, Stack}}: below
%% them the stack holds whatever called the case (a harness driver), which differs per target.
catch_classes() ->
    [own_frames(catch erlang:error(e)), catch exit(x), catch throw(t), own_frames(catch 1 + id(a)), catch ok].

own_frames({'EXIT', {Reason, Stack}}) when is_list(Stack) ->
    {'EXIT', {Reason, [F || {M, _, _, _} = F <- Stack, M =:= ?MODULE orelse M =:= erlang]}};
own_frames(Other) -> Other.

if_fail(X) -> if X > 10 -> big; X < 0 -> negative end.

case_fail(X) -> case X of {ok, V} -> V end.

match_fail(X) -> {ok, V} = X, V.

try_of_fail(X) -> try id(X) of 1 -> one catch _ -> caught end.

%% build_stacktrace: the stack is only materialised when bound.
stack_depth() ->
    try erlang:error(deep)
    catch error:deep:St -> {is_list(St), length(St) > 0, element(1, hd(St))}
    end.

%% receive without after: wait.
wait_forever_for(N) ->
    Self = self(),
    Pid = spawn(fun() -> Self ! {value, N * 2} end),
    Ref = monitor(process, Pid),
    V = receive {value, X} -> X end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    V.

%% receive ... after N: wait_timeout and timeout.
wait_with_timeout(Ms) ->
    receive never_comes -> got after Ms -> timed_out end.

after_zero() ->
    self() ! present,
    A = receive present -> got_present after 0 -> none end,
    B = receive absent -> got_absent after 0 -> none end,
    {A, B}.

%% A fresh reference in the pattern lets the receive skip older messages
%% (recv_marker_reserve/bind/use/clear).
ref_receive() ->
    [self() ! {noise, I} || I <- lists:seq(1, 100)],
    Ref = make_ref(),
    self() ! {Ref, answer},
    Got = receive {Ref, A} -> A end,
    Noise = flush_noise(0),
    {Got, Noise}.

flush_noise(N) -> receive {noise, _} -> flush_noise(N + 1) after 0 -> N end.

flush_then_count() ->
    [self() ! I || I <- [3, 1, 2]],
    Odd = receive X when X rem 2 =:= 1 -> X end,
    Rest = [receive Y -> Y end, receive Z -> Z end],
    {Odd, Rest}.

catch_throw_value() -> catch throw({thrown, [1, 2]}).

nested_try(X) ->
    try
        try id(X) / 0
        catch error:badarith -> erlang:error({inner, X})
        after put(op_control_after, done)
        end
    catch error:{inner, V} -> {outer, V, erase(op_control_after)}
    end.

id(X) -> X.
