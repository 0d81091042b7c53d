-module(bench_cpu).
-compile([no_auto_import, nowarn_unused_vars]).

-export([fib/1, tak/3, nrev_bench/2, binary_trees/1, spectral_norm/1, count_loop/1, list_sum/1, fannkuch/1]).
-export_type([tree/0]).

-type tree() :: leaf | {node, tree(), tree()}.

-spec fib(integer()) -> integer().
fib(N) ->
    case N < 2 of
        true ->
            N;

        false ->
            fib(N - 1) + fib(N - 2)
    end.

-spec tak(integer(), integer(), integer()) -> integer().
tak(X, Y, Z) ->
    case Y < X of
        true ->
            tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));

        false ->
            Z
    end.

-spec seq(integer(), integer(), list(integer())) -> list(integer()).
seq(From, To, Acc) ->
    case To < From of
        true ->
            Acc;

        false ->
            seq(From, To - 1, [To | Acc])
    end.

-spec append(list(integer()), list(integer())) -> list(integer()).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec nrev(list(integer())) -> list(integer()).
nrev(L) ->
    case L of
        [] ->
            [];

        [H | T] ->
            append(nrev(T), [H])
    end.

-spec sum(list(integer()), integer()) -> integer().
sum(L, Acc) ->
    case L of
        [] ->
            Acc;

        [H | T] ->
            sum(T, Acc + H)
    end.

-spec nrev_loop(list(integer()), integer(), integer()) -> integer().
nrev_loop(L, Times, Acc) ->
    case Times of
        0 ->
            Acc;

        _ ->
            [First | _] = nrev(L),
            nrev_loop(L, Times - 1, Acc + First)
    end.

-spec nrev_bench(integer(), integer()) -> integer().
nrev_bench(Len, Times) ->
    L = seq(1, Len, []),
    nrev_loop(L, Times, 0).

-spec make(integer()) -> tree().
make(Depth) ->
    case Depth of
        0 ->
            {node, leaf, leaf};

        _ ->
            {node, make(Depth - 1), make(Depth - 1)}
    end.

-spec check(tree()) -> integer().
check(T) ->
    case T of
        leaf ->
            0;

        {node, L, R} ->
            (1 + check(L)) + check(R)
    end.

-spec pow2(integer()) -> integer().
pow2(N) ->
    case N of
        0 ->
            1;

        _ ->
            2 * pow2(N - 1)
    end.

-spec many(integer(), integer(), integer()) -> integer().
many(N, Depth, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            many(N - 1, Depth, Acc + check(make(Depth)))
    end.

-spec trees_at(integer(), integer(), integer()) -> integer().
trees_at(Depth, Max_depth, Acc) ->
    case Depth > Max_depth of
        true ->
            Acc;

        false ->
            Iterations = pow2((Max_depth - Depth) + 4),
            trees_at(Depth + 2, Max_depth, Acc + many(Iterations, Depth, 0))
    end.

-spec binary_trees(integer()) -> integer().
binary_trees(Max_depth) ->
    Long_lived = make(Max_depth),
    Total = trees_at(4, Max_depth, 0),
    Total + check(Long_lived).

-spec take_rev(list(integer()), integer(), list(integer())) -> {list(integer()),
    list(integer())}.
take_rev(L, N, Acc) ->
    case {N, L} of
        {0, _} ->
            {Acc, L};

        {_, [H | T]} ->
            take_rev(T, N - 1, [H | Acc]);

        {_, []} ->
            {Acc, []}
    end.

-spec list_append(list(integer()), list(integer())) -> list(integer()).
list_append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | list_append(T, B)]
    end.

-spec flip_count(list(integer()), integer()) -> integer().
flip_count(P, Count) ->
    case P of
        [1 | _] ->
            Count;

        [H | _] ->
            {Front, Rest} = take_rev(P, H, []),
            flip_count(list_append(Front, Rest), Count + 1);

        [] ->
            Count
    end.

-spec rev(list(integer()), list(integer())) -> list(integer()).
rev(L, Acc) ->
    case L of
        [] ->
            Acc;

        [H | T] ->
            rev(T, [H | Acc])
    end.

-spec rotate(list(integer()), integer()) -> list(integer()).
rotate(L, N) ->
    case L of
        [H | T] ->
            {Front_rev, Rest} = take_rev(T, N - 1, []),
            list_append(rev(Front_rev, []), [H | Rest]);

        [] ->
            []
    end.

-spec max(integer(), integer()) -> integer().
max(A, B) ->
    case A > B of
        true ->
            A;

        false ->
            B
    end.

-spec a(integer(), integer()) -> float().
a(I, J) ->
    case erlang:float(((((I + J) * ((I + J) + 1)) div 2) + I) + 1) of
        0.0 -> 0.0;
        Gleam@denominator -> 1.0 / Gleam@denominator
    end.

-spec dot(list(float()), integer(), integer(), boolean(), float()) -> float().
dot(V, J, I, Transpose, Acc) ->
    case V of
        [] ->
            Acc;

        [X | Rest] ->
            M = case Transpose of
                true ->
                    a(J, I);

                false ->
                    a(I, J)
            end,
            dot(Rest, J + 1, I, Transpose, Acc + (M * X))
    end.

-spec build(integer(), integer(), fun((integer()) -> float())) -> list(float()).
build(I, N, F) ->
    case I >= N of
        true ->
            [];

        false ->
            [F(I) | build(I + 1, N, F)]
    end.

-spec mul_av(list(float()), integer(), boolean()) -> list(float()).
mul_av(V, N, Transpose) ->
    build(0, N, fun(I) -> dot(V, 0, I, Transpose, 0.0) end).

-spec mul_atav(list(float()), integer()) -> list(float()).
mul_atav(V, N) ->
    mul_av(mul_av(V, N, false), N, true).

-spec fdot(list(float()), list(float()), float()) -> float().
fdot(A, B, Acc) ->
    case {A, B} of
        {[X | Ra], [Y | Rb]} ->
            fdot(Ra, Rb, Acc + (X * Y));

        {_, _} ->
            Acc
    end.

-spec power(list(float()), integer(), integer()) -> {list(float()),
    list(float())}.
power(U, N, Times) ->
    V = mul_atav(U, N),
    U2 = mul_atav(V, N),
    case Times of
        1 ->
            {U2, V};

        _ ->
            power(U2, N, Times - 1)
    end.

-spec spectral_norm(integer()) -> integer().
spectral_norm(N) ->
    U = build(0, N, fun(_) -> 1.0 end),
    {U2, V2} = power(U, N, 10),
    Norm = math:sqrt(case fdot(V2, V2, 0.0) of
            0.0 -> 0.0;
            Gleam@denominator -> fdot(U2, V2, 0.0) / Gleam@denominator
        end),
    erlang:trunc(Norm * 1.0e9).

-spec loop(integer(), integer()) -> integer().
loop(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            loop(N - 1, Acc + 1)
    end.

-spec count_loop(integer()) -> integer().
count_loop(N) ->
    loop(N, 0).

-spec list_sum(integer()) -> integer().
list_sum(N) ->
    sum(seq(1, N, []), 0).

-spec perm_rotations(list(integer()), integer(), integer(), integer()) -> integer().
perm_rotations(P, K, Left, Best) ->
    case Left of
        0 ->
            Best;

        _ ->
            B = perms(P, K - 1, Best),
            perm_rotations(rotate(P, K), K, Left - 1, B)
    end.

-spec perms(list(integer()), integer(), integer()) -> integer().
perms(P, K, Best) ->
    case K of
        1 ->
            max(Best, flip_count(P, 0));

        _ ->
            perm_rotations(P, K, K, Best)
    end.

-spec fannkuch(integer()) -> integer().
fannkuch(N) ->
    perms(seq(1, N, []), N, 0).
