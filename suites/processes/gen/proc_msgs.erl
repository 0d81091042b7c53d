-module(proc_msgs).
-compile([no_auto_import, nowarn_unused_vars]).

-export([ping_pong/1, fifo/1, selective/0, concurrent_print/2, trapped_exit/1, receive_timeout/1, dictionary/0, registered/0, queue_length/1, counter_server/1, parallel_sums/0, parallel_squares/1]).

-spec ping_pong(integer()) -> integer().
ping_pong(N) ->
    proc_helper:ping_pong(N).

-spec fifo(integer()) -> list(integer()).
fifo(N) ->
    proc_helper:fifo(N).

-spec selective() -> list(bc_io:dynamic_()).
selective() ->
    proc_helper:selective().

-spec concurrent_print(integer(), integer()) -> integer().
concurrent_print(Workers, Lines) ->
    proc_helper:concurrent_print(Workers, Lines).

-spec trapped_exit(bc_io:dynamic_()) -> bc_io:dynamic_().
trapped_exit(Reason) ->
    proc_helper:trapped_exit(Reason).

-spec receive_timeout(integer()) -> bc_io:dynamic_().
receive_timeout(Ms) ->
    proc_helper:receive_timeout(Ms).

-spec dictionary() -> bc_io:dynamic_().
dictionary() ->
    proc_helper:dictionary().

-spec registered() -> bc_io:dynamic_().
registered() ->
    proc_helper:registered().

-spec queue_length(integer()) -> {integer(), list(integer())}.
queue_length(N) ->
    proc_helper:queue_length(N).

-spec counter_server(integer()) -> integer().
counter_server(N) ->
    proc_helper:counter_server(N).

-spec sum_to(integer()) -> integer().
sum_to(N) ->
    case N of
        0 ->
            0;

        _ ->
            N + sum_to(N - 1)
    end.

-spec parallel_sums() -> list(integer()).
parallel_sums() ->
    proc_helper:pmap(fun(N) -> sum_to(N) end, [10, 1000, 100000, 5]).

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec parallel_squares(integer()) -> list(integer()).
parallel_squares(N) ->
    proc_helper:pmap(fun(X) -> X * X end, range(1, N)).
