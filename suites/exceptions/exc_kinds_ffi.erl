%% Erlang-side helpers for exc_kinds: every kind of error reason the
%% runtime produces, exit signals, erlang:raise/3, catch expressions and
%% nested try/after blocks.
-module(exc_kinds_ffi).
-export([badmatch/1, case_clause/1, if_clause/1, guarded/2, fun_clause/1,
         try_clause/1, bad_record_field/1, bad_record_update/1, record_ok/0,
         nocatch_in_process/1, exit_reason_in_process/1, exit_self_signal/1,
         exit_self_normal/0, raise3/3, catch_expr/1, nested/1,
         after_order/1, after_raises/0, rethrow_class_change/0,
         error_with_info/0, stack_of_throw/0, catch_value/1,
         guard_exception/1, error_args/2]).

-record(point, {x = 0, y = 0}).
-record(other, {a}).

badmatch(X) ->
    {ok, V} = X,
    V.

case_clause(X) ->
    case X of
        1 -> one;
        2 -> two
    end.

if_clause(X) ->
    if
        X > 100 -> big;
        X < -100 -> small
    end.

%% function_clause: the stack frame carries the argument list.
guarded(A, B) when is_integer(A), A > B -> A - B;
guarded(A, B) when is_float(A) -> A + B.

%% function_clause inside a fun: the frame names the fun.
fun_clause(X) ->
    F = fun(1) -> one; (2) -> two end,
    F(X).

try_clause(X) ->
    try X of
        ok -> fine
    catch
        _:_ -> caught
    end.

record_ok() ->
    P = #point{x = 3},
    {P#point.x, P#point.y, P#point{y = 7}}.

%% Reading a field of the wrong record: {badrecord, Term}.
bad_record_field(T) -> T#point.x.

bad_record_update(T) -> T#point{y = 1}.

%% A throw that escapes a process becomes {nocatch, Value}.
nocatch_in_process(Value) ->
    {Pid, Ref} = spawn_monitor(fun() -> throw(Value) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> strip(Reason) end.

%% Exit reasons of processes ended by error/1, exit/1 and a BIF error.
exit_reason_in_process(How) ->
    F = case How of
            error -> fun() -> error(boom) end;
            exit -> fun() -> exit(boom) end;
            badarith -> fun() -> 1 / zero() end;
            normal -> fun() -> ok end;
            kill_self -> fun() -> exit(self(), kill) end
        end,
    {Pid, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, Pid, Reason} -> strip(Reason) end.

zero() -> 0.

%% Keep only the reason and the module/function/arity of each frame.
strip({Reason, Stack}) when is_list(Stack) ->
    {Reason, [{M, F, A} || {M, F, A, _} <- Stack]};
strip(Reason) -> Reason.

%% exit/2 to self with a non-normal reason kills the calling process:
%% the case ends with an exit outcome, not an exception.
exit_self_signal(Reason) ->
    io:format("before the signal~n"),
    exit(self(), Reason),
    receive after 1000 -> io:format("not reached~n") end,
    survived.

%% exit(self(), normal) from a process that does not trap exits kills it too.
exit_self_normal() ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(self(), normal), receive after 1000 -> ok end end),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

raise3(Class, Reason, Stack) ->
    erlang:raise(Class, Reason, Stack).

%% The old catch expression: a thrown value, {'EXIT', Reason} for exits,
%% {'EXIT', {Reason, Stack}} for errors (stack reduced to M, F, A of the
%% frames of this suite).
catch_expr(F) ->
    case catch F() of
        {'EXIT', {Reason, Stack}} when is_list(Stack) ->
            {'EXIT', {Reason, [{M, Fn, A} || {M, Fn, A, _} <- Stack, ours(M)]}};
        Other -> Other
    end.

catch_value(X) -> catch X.

nested(Kind) ->
    try
        try
            case Kind of
                throw -> throw(inner);
                error -> error(inner);
                exit -> exit(inner);
                none -> no_exception
            end
        catch
            throw:T -> {inner_caught_throw, T}
        end
    catch
        error:E -> {outer_caught_error, E};
        exit:X -> {outer_caught_exit, X}
    end.

after_order(Raise) ->
    put(log, []),
    Log = fun(X) -> put(log, [X | get(log)]) end,
    Result = try
                 try
                     Log(body),
                     case Raise of
                         true -> error(oops);
                         false -> value
                     end
                 after
                     Log(inner_after)
                 end
             catch
                 C:R -> Log({caught, C}), {C, R}
             after
                 Log(outer_after)
             end,
    {Result, lists:reverse(erase(log))}.

%% An exception raised in an after block replaces the original one.
after_raises() ->
    try
        try error(first)
        after throw(second)
        end
    catch
        C:R -> {C, R}
    end.

rethrow_class_change() ->
    try
        try throw(t)
        catch throw:V -> exit({converted, V})
        end
    catch
        exit:W -> {got_exit, W}
    end.

%% error/3 with an error_info option and an argument list.
error_with_info() ->
    erlang:error(custom, [a, 1], [{error_info, #{module => exc_kinds_ffi, cause => demo}}]).

error_args(R, Args) -> erlang:error(R, Args).

stack_of_throw() ->
    try throw(ball)
    catch throw:ball:S -> [{M, F, A} || {M, F, A, _} <- S, ours(M)]
    end.

%% Frames of the code under test; whatever runs the case (a harness
%% driver) differs between targets and is left out.
ours(M) -> lists:member(M, [exc_kinds, exc_kinds_ffi, erlang, lists]).

%% A BIF error inside a guard makes the guard fail, no exception.
guard_exception(X) when length(X) > 2 -> long;
guard_exception(X) when element(1, X) =:= a -> tuple_a;
guard_exception(_) -> other.
