%% erlang:halt/0,1,2: stopping the whole runtime system, its exit status, the
%% crash dump slogan, the flush option, and the badarg errors of bad arguments.
-module(proc_halt).
-export([halt0/0, halt1/1, halt2/2, print_then_halt/1, halt_in_other_process/1,
         big_status/0, long_slogan/0, bad_halt1/1, bad_halt2/2, tail_bad_halt1/1]).

halt0() ->
    io:format("about to halt~n"),
    erlang:halt().

halt1(Status) ->
    erlang:halt(Status).

halt2(Status, Options) ->
    erlang:halt(Status, Options).

%% Output written before halt/1 is flushed to stdout.
print_then_halt(N) ->
    [io:format("line ~b~n", [I]) || I <- lists:seq(1, N)],
    io:put_chars("no newline at the end"),
    erlang:halt(0).

%% Any process may halt the runtime system, not only the entry process.
halt_in_other_process(Status) ->
    Self = self(),
    spawn(fun() ->
                  io:format("the other process halts~n"),
                  Self ! ready,
                  erlang:halt(Status)
          end),
    receive ready -> ok end,
    receive never -> ok end.

%% Only the low bits of a large status reach the operating system.
big_status() ->
    erlang:halt((1 bsl 70) + 5).

%% The slogan keeps 1023 characters; what follows them is not looked at.
long_slogan() ->
    erlang:halt(lists:duplicate(1100, $a) ++ not_a_list_tail).

bad_halt1(Status) ->
    Result = erlang:halt(Status),
    {returned, Result}.

bad_halt2(Status, Options) ->
    Result = erlang:halt(Status, Options),
    {returned, Result}.

tail_bad_halt1(Status) ->
    erlang:halt(Status).
