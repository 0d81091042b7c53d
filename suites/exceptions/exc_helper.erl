%% Erlang-side helpers for exc_raise: constructs Gleam cannot write
%% (function clauses without a catch-all, if, try...of, catch, receive).
-module(exc_helper).
-export([small_name/1, case_without_match/1, if_without_match/1,
         try_of_without_match/1, old_catch/1, raise_again/2,
         after_order/1, nested_rethrow/0, exit_from_process/1,
         stack_depth_of_error/0]).

%% No clause for anything but 1 and 2: function_clause.
small_name(1) -> one;
small_name(2) -> two.

%% case with no matching clause: {case_clause, X}.
case_without_match(X) ->
    case X of
        a -> 1;
        b -> 2
    end.

%% if with no true guard: if_clause.
if_without_match(X) ->
    if
        X > 10 -> big;
        X < -10 -> small
    end.

%% try ... of with no matching clause: {try_clause, V}.
try_of_without_match(X) ->
    try X * 2 of
        0 -> zero;
        2 -> two
    catch
        error:badarith -> not_a_number
    end.

%% The old catch expression: value for throw, {'EXIT', Reason} for exit,
%% {'EXIT', {Reason, Stack}} for error (only the reason is returned here).
old_catch(F) ->
    case catch F() of
        {'EXIT', {Reason, Stack}} when is_list(Stack) -> {'EXIT', Reason};
        Other -> Other
    end.

%% erlang:raise/3 re-raises with a given class and reason.
raise_again(Class, Reason) ->
    erlang:raise(Class, Reason, []).

%% after runs on both normal and exceptional exits; returns the log.
after_order(F) ->
    Self = self(),
    Log = fun(X) -> Self ! {log, X} end,
    Result = try
                 try
                     Log(body),
                     F()
                 after
                     Log(inner_after)
                 end
             catch
                 Class:Reason -> Log({caught, Class}), {Class, Reason}
             after
                 Log(outer_after)
             end,
    {Result, drain([])}.

drain(Acc) ->
    receive {log, X} -> drain([X | Acc])
    after 0 -> lists:reverse(Acc)
    end.

%% Catch, wrap and throw again; the outer handler sees the wrapped value.
nested_rethrow() ->
    try
        try
            throw(inner)
        catch
            throw:Inner -> error({wrapped, Inner})
        end
    catch
        error:{wrapped, What} -> {outer_caught, What}
    end.

%% A process that exits with Reason; its monitor reports the reason.
%% exit/1 (unlike error/1) does not produce a crash report.
exit_from_process(Reason) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit(Reason) end),
    receive
        {'DOWN', Ref, process, Pid, Why} -> {down, Why}
    after 5000 -> timeout
    end.

%% The first two frames of a stack trace caught inside this function.
stack_depth_of_error() ->
    try
        lists:map(fun(X) -> 10 div X end, [1, 0])
    catch
        error:badarith:Stack ->
            [{M, F, A} || {M, F, A, _} <- lists:sublist(Stack, 2)]
    end.
