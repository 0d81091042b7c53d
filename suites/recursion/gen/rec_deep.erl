-module(rec_deep).
-compile([no_auto_import, nowarn_unused_vars]).

-export([body_sum/1, tail_count/2, deep_build/1, ackermann/2, hanoi/1, fib/1, gcd/2, collatz_max/1, permutations/1, count_permutations/1, quicksort/1, sort_random/1, count_alternating/1, is_odd/1, is_even/1]).

-spec body_sum(integer()) -> integer().
body_sum(N) ->
    case N of
        0 ->
            0;

        _ ->
            N + body_sum(N - 1)
    end.

-spec tail_count(integer(), integer()) -> integer().
tail_count(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            tail_count(N - 1, Acc + 1)
    end.

-spec build(integer(), integer()) -> list(integer()).
build(I, N) ->
    case I > N of
        true ->
            [];

        false ->
            [I * 2 | build(I + 1, N)]
    end.

-spec length(list(any()), integer()) -> integer().
length(L, Acc) ->
    case L of
        [] ->
            Acc;

        [_ | Rest] ->
            length(Rest, Acc + 1)
    end.

-spec last(list(integer())) -> integer().
last(L) ->
    case L of
        [X] ->
            X;

        [_ | Rest] ->
            last(Rest);

        [] ->
            -1
    end.

-spec deep_build(integer()) -> {integer(), integer()}.
deep_build(N) ->
    L = build(1, N),
    {length(L, 0), last(L)}.

-spec ackermann(integer(), integer()) -> integer().
ackermann(M, N) ->
    case {M, N} of
        {0, _} ->
            N + 1;

        {_, 0} ->
            ackermann(M - 1, 1);

        {_, _} ->
            ackermann(M - 1, ackermann(M, N - 1))
    end.

-spec move(integer(), binary(), binary(), binary()) -> integer().
move(N, From, To, Via) ->
    case N of
        0 ->
            0;

        _ ->
            A = move(N - 1, From, Via, To),
            bc_io:format(
                <<"disc ~w: ~s -> ~s~n"/utf8>>,
                [bc_ffi:identity(N), bc_ffi:identity(From), bc_ffi:identity(To)]
            ),
            B = move(N - 1, Via, To, From),
            (A + B) + 1
    end.

-spec hanoi(integer()) -> integer().
hanoi(N) ->
    move(N, <<"A"/utf8>>, <<"C"/utf8>>, <<"B"/utf8>>).

-spec fib(integer()) -> integer().
fib(N) ->
    case N < 2 of
        true ->
            N;

        false ->
            fib(N - 1) + fib(N - 2)
    end.

-spec gcd(integer(), integer()) -> integer().
gcd(A, B) ->
    case B of
        0 ->
            A;

        _ ->
            gcd(B, case B of
                    0 -> 0;
                    Gleam@denominator -> A rem Gleam@denominator
                end)
    end.

-spec collatz(integer(), integer()) -> integer().
collatz(X, Steps) ->
    case X of
        1 ->
            Steps;

        _ ->
            case X rem 2 of
                0 ->
                    collatz(X div 2, Steps + 1);

                _ ->
                    collatz((3 * X) + 1, Steps + 1)
            end
    end.

-spec collatz_scan(integer(), integer(), {integer(), integer()}) -> {integer(),
    integer()}.
collatz_scan(I, N, Best) ->
    case I >= N of
        true ->
            Best;

        false ->
            Steps = collatz(I, 0),
            Best@1 = case Steps > erlang:element(2, Best) of
                true ->
                    {I, Steps};

                false ->
                    Best
            end,
            collatz_scan(I + 1, N, Best@1)
    end.

-spec collatz_max(integer()) -> {integer(), integer()}.
collatz_max(N) ->
    collatz_scan(1, N, {1, 0}).

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec remove(list(integer()), integer()) -> list(integer()).
remove(L, X) ->
    case L of
        [] ->
            [];

        [Y | Rest] when Y =:= X ->
            Rest;

        [Y@1 | Rest@1] ->
            [Y@1 | remove(Rest@1, X)]
    end.

-spec map(list(AJ), fun((AJ) -> AL)) -> list(AL).
map(L, F) ->
    case L of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec append(list(AS), list(AS)) -> list(AS).
append(A, B) ->
    case A of
        [] ->
            B;

        [X | Rest] ->
            [X | append(Rest, B)]
    end.

-spec flat_map(list(AN), fun((AN) -> list(AP))) -> list(AP).
flat_map(L, F) ->
    case L of
        [] ->
            [];

        [X | Rest] ->
            append(F(X), flat_map(Rest, F))
    end.

-spec permutations(list(integer())) -> list(list(integer())).
permutations(L) ->
    case L of
        [] ->
            [[]];

        _ ->
            flat_map(
                L,
                fun(X) ->
                    map(permutations(remove(L, X)), fun(P) -> [X | P] end)
                end
            )
    end.

-spec count_permutations(integer()) -> integer().
count_permutations(N) ->
    length(permutations(range(1, N)), 0).

-spec filter(list(AY), fun((AY) -> boolean())) -> list(AY).
filter(L, Keep) ->
    case L of
        [] ->
            [];

        [X | Rest] ->
            case Keep(X) of
                true ->
                    [X | filter(Rest, Keep)];

                false ->
                    filter(Rest, Keep)
            end
    end.

-spec quicksort(list(integer())) -> list(integer()).
quicksort(L) ->
    case L of
        [] ->
            [];

        [Pivot | Rest] ->
            Smaller = filter(Rest, fun(X) -> X < Pivot end),
            Larger = filter(Rest, fun(X@1) -> X@1 >= Pivot end),
            append(quicksort(Smaller), [Pivot | quicksort(Larger)])
    end.

-spec lcg(integer(), integer(), list(integer())) -> list(integer()).
lcg(N, Seed, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            Next = ((Seed * 1103515245) + 12345) rem 2147483648,
            lcg(N - 1, Next, [Next rem 1000 | Acc])
    end.

-spec take(list(BF), integer()) -> list(BF).
take(L, N) ->
    case {L, N} of
        {_, 0} ->
            [];

        {[], _} ->
            [];

        {[X | Rest], _} ->
            [X | take(Rest, N - 1)]
    end.

-spec reverse(list(BI), list(BI)) -> list(BI).
reverse(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec sort_random(integer()) -> {list(integer()), list(integer())}.
sort_random(N) ->
    L = lcg(N, 12345, []),
    Sorted = quicksort(L),
    {take(Sorted, 5), take(reverse(Sorted, []), 5)}.

-spec pong(integer()) -> {integer(), integer()}.
pong(N) ->
    case N of
        0 ->
            {0, 0};

        _ ->
            {A, B} = ping(N - 1),
            {A, B + 1}
    end.

-spec ping(integer()) -> {integer(), integer()}.
ping(N) ->
    case N of
        0 ->
            {0, 0};

        _ ->
            {A, B} = pong(N - 1),
            {A + 1, B}
    end.

-spec count_alternating(integer()) -> {integer(), integer()}.
count_alternating(N) ->
    ping(N).

-spec is_odd(integer()) -> boolean().
is_odd(N) ->
    case N of
        0 ->
            false;

        _ ->
            is_even(N - 1)
    end.

-spec is_even(integer()) -> boolean().
is_even(N) ->
    case N of
        0 ->
            true;

        _ ->
            is_odd(N - 1)
    end.
