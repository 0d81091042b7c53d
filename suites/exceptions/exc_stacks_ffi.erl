%% Erlang-side helpers for exc_stacks. The shape of a stack trace depends
%% on which calls were tail calls (they leave no frame) and on the
%% backtrace depth (8 frames by default), so each function below is
%% written to make one of those effects visible.
-module(exc_stacks_ffi).
-export([body_recursion/1, zig/1, tail_chain/1, body_then_tail/1, tail_then_body/1,
         in_map/1, in_nested_funs/0, bif_in_tail/1, bif_in_body/1,
         with_depth/2, rethrow_same/0, wrap_and_rethrow/0,
         current_frames/0, spawned_error_reason/0, apply_in_body/2,
         error_in_catch_handler/0, deep_then_catch/1]).

%% Non-tail recursion: one frame per level (the addition happens after
%% the recursive call returns). The negative clause matters: without a
%% clause that returns normally the compiler sees that the addition can
%% never run and turns the recursive call into a tail call.
body_recursion(0) -> error(bottom);
body_recursion(N) when N < 0 -> N;
body_recursion(N) -> 1 + body_recursion(N - 1).

%% Two functions calling each other in body position: their return
%% addresses alternate, so none is a duplicate of the one before it and
%% every level takes a frame, up to the backtrace depth.
zig(0) -> error(bottom);
zig(N) when N < 0 -> N;
zig(N) -> 1 + zag(N - 1).
zag(0) -> error(bottom);
zag(N) when N < 0 -> N;
zag(N) -> 2 + zig(N - 1).

%% Tail calls: only the function that raises is on the stack.
tail_chain(X) -> tail_a(X).
tail_a(X) -> tail_b(X + 1).
tail_b(X) -> tail_c(X * 2).
tail_c(X) -> error({tail_c, X}).

body_then_tail(X) ->
    R = tail_chain(X),
    {never, R}.

tail_then_body(X) -> body_recursion(X).

in_map(Xs) -> lists:map(fun(X) -> 100 div X end, Xs).

in_nested_funs() ->
    Outer = fun(G) -> {wrapped, G()} end,
    Outer(fun() -> element(5, {1, 2}) end).

bif_in_tail(X) -> atom_to_list(X).

bif_in_body(X) ->
    L = atom_to_list(X),
    {ok, L}.

%% Runs F with a temporary backtrace depth; the old depth is restored.
with_depth(Depth, N) ->
    Old = erlang:system_flag(backtrace_depth, Depth),
    try
        try zig(N)
        catch error:R:S -> {R, [{M, F, A} || {M, F, A, _} <- S, M =:= ?MODULE]}
        end
    after
        erlang:system_flag(backtrace_depth, Old)
    end.

%% Catching and re-raising with the same stack keeps the original frames.
rethrow_same() ->
    try body_recursion(2)
    catch Class:Reason:Stack -> erlang:raise(Class, Reason, Stack)
    end.

%% Catching and raising a new error starts a new stack at the handler.
wrap_and_rethrow() ->
    try body_recursion(2)
    catch error:Reason -> error({wrapped, Reason})
    end.

%% process_info current_stacktrace: the frames of the code under test.
current_frames() ->
    R = level_one(),
    {R, done}.
level_one() ->
    R = level_two(),
    {R}.
level_two() ->
    {current_stacktrace, S} = process_info(self(), current_stacktrace),
    [{M, F, A} || {M, F, A, _} <- S, M =:= ?MODULE].

%% A process that dies from an error: the monitor sees the full stack.
spawned_error_reason() ->
    {Pid, Ref} = spawn_monitor(fun() -> body_recursion(3) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

apply_in_body(M, F) ->
    R = erlang:apply(M, F, [1]),
    {R}.

error_in_catch_handler() ->
    try error(first)
    catch error:first -> 1 + list_to_integer("x")
    end.

%% An error deep in body recursion, caught half way up: the catching
%% level sees the frames below it and the frames above it.
deep_then_catch(N) ->
    catcher(N, 3).
catcher(N, 0) ->
    try body_recursion(N)
    catch error:R:S -> {R, [{M, F, A} || {M, F, A, _} <- S, M =:= ?MODULE]}
    end;
catcher(N, K) ->
    Result = catcher(N, K - 1),
    Result.
