%% GC churn for the collector benchmark (scripts/bench-gc.ts): one long-lived process keeps
%% a live set of LiveTuples {I, I} tuples in a list (5 words per element: about 10 MB for
%% 250,000) while it allocates Rounds garbage lists of 100 tuples (500 words each: about
%% 2 GB of BEAM words for 540,000 rounds). Every 1000 rounds the first 1000 elements of
%% the live set are replaced, so the old generation gathers garbage too.
%% Returns Rounds * 100 + LiveTuples.
-module(gc_bench).
-export([run/2]).

run(LiveTuples, Rounds) ->
    churn(Rounds, make(LiveTuples, []), 0).

make(0, Acc) -> Acc;
make(N, Acc) -> make(N - 1, [{N, N} | Acc]).

churn(0, Live, Acc) -> Acc + length(Live);
churn(R, Live, Acc) ->
    Garbage = make(100, []),
    Live1 = case R rem 1000 of
                0 -> refresh(1000, Live, R);
                _ -> Live
            end,
    churn(R - 1, Live1, Acc + length(Garbage)).

refresh(0, Rest, _) -> Rest;
refresh(N, [_ | Rest], R) -> [{N, R} | refresh(N - 1, Rest, R)].
