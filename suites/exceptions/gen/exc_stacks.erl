-module(exc_stacks).
-compile([no_auto_import, nowarn_unused_vars]).

-export([body_recursion/1, alternating/1, tail_chain/1, body_then_tail/1, tail_then_body/1, in_map/1, in_nested_funs/0, bif_in_tail/1, bif_in_body/1, with_depth/2, rethrow_same/0, wrap_and_rethrow/0, current_frames/0, spawned_error_reason/0, error_in_catch_handler/0, deep_then_catch/1, apply_missing/0, gleam_body_chain/1, gleam_tail_chain/1, gleam_closure_chain/0]).

-spec body_recursion(integer()) -> integer().
body_recursion(N) ->
    exc_stacks_ffi:body_recursion(N).

-spec alternating(integer()) -> integer().
alternating(N) ->
    exc_stacks_ffi:zig(N).

-spec tail_chain(integer()) -> bc_io:dynamic_().
tail_chain(X) ->
    exc_stacks_ffi:tail_chain(X).

-spec body_then_tail(integer()) -> bc_io:dynamic_().
body_then_tail(X) ->
    exc_stacks_ffi:body_then_tail(X).

-spec tail_then_body(integer()) -> bc_io:dynamic_().
tail_then_body(X) ->
    exc_stacks_ffi:tail_then_body(X).

-spec in_map(list(integer())) -> bc_io:dynamic_().
in_map(Xs) ->
    exc_stacks_ffi:in_map(Xs).

-spec in_nested_funs() -> bc_io:dynamic_().
in_nested_funs() ->
    exc_stacks_ffi:in_nested_funs().

-spec bif_in_tail(integer()) -> bc_io:dynamic_().
bif_in_tail(X) ->
    exc_stacks_ffi:bif_in_tail(X).

-spec bif_in_body(integer()) -> bc_io:dynamic_().
bif_in_body(X) ->
    exc_stacks_ffi:bif_in_body(X).

-spec with_depth(integer(), integer()) -> bc_io:dynamic_().
with_depth(Depth, N) ->
    exc_stacks_ffi:with_depth(Depth, N).

-spec rethrow_same() -> bc_io:dynamic_().
rethrow_same() ->
    exc_stacks_ffi:rethrow_same().

-spec wrap_and_rethrow() -> bc_io:dynamic_().
wrap_and_rethrow() ->
    exc_stacks_ffi:wrap_and_rethrow().

-spec current_frames() -> bc_io:dynamic_().
current_frames() ->
    exc_stacks_ffi:current_frames().

-spec spawned_error_reason() -> bc_io:dynamic_().
spawned_error_reason() ->
    exc_stacks_ffi:spawned_error_reason().

-spec error_in_catch_handler() -> bc_io:dynamic_().
error_in_catch_handler() ->
    exc_stacks_ffi:error_in_catch_handler().

-spec deep_then_catch(integer()) -> bc_io:dynamic_().
deep_then_catch(N) ->
    exc_stacks_ffi:deep_then_catch(N).

-spec apply_missing() -> bc_io:dynamic_().
apply_missing() ->
    exc_stacks_ffi:apply_in_body(
        erlang:binary_to_atom(<<"lists"/utf8>>),
        erlang:binary_to_atom(<<"missing_function"/utf8>>)
    ).

-spec gleam_level(integer()) -> integer().
gleam_level(N) ->
    case N of
        0 ->
            erlang:'div'(1, N);

        _ ->
            R = gleam_level(N - 1),
            R * 2
    end.

-spec gleam_body_chain(integer()) -> integer().
gleam_body_chain(N) ->
    R = gleam_level(N),
    R + 1.

-spec gleam_tail_level(integer(), integer()) -> integer().
gleam_tail_level(N, Acc) ->
    case N of
        0 ->
            erlang:'div'(Acc, N);

        _ ->
            gleam_tail_level(N - 1, Acc + N)
    end.

-spec gleam_tail_chain(integer()) -> integer().
gleam_tail_chain(N) ->
    gleam_tail_level(N, 0).

-spec gleam_closure_chain() -> integer().
gleam_closure_chain() ->
    F = fun(X) -> erlang:'div'(X, 0) end,
    G = fun(X@1) -> F(X@1) + 1 end,
    G(5) + 1.
