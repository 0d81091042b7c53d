-module(prog_pqueue).
-compile([no_auto_import, nowarn_unused_vars]).

-export([lmerge/3, linsert/3, lpop/2, pmerge/3, pinsert/3, ppop/2, heap_sort_small/0, heap_sort_matches_lists_sort/0, heap_shape/0, pairing_shape/0, merge_heaps/0, max_heap_top_k/0, ops_trace/0, bank_trace/0, bank_statistics/0, tie_breaking/0, dijkstra/0, large_heap/0]).
-export_type([leftist/1, pairing/1, decimals/0, event/0, kind/0, sim/0]).

-type leftist(Z) :: l_empty | {l_node, integer(), Z, leftist(Z), leftist(Z)}.

-type pairing(AA) :: p_empty | {p_node, AA, list(pairing(AA))}.

-type decimals() :: decimals.

-type event() :: {event, integer(), integer(), kind()}.

-type kind() :: {arrive, integer()} | {finish, integer(), integer()}.

-type sim() :: {sim,
        integer(),
        integer(),
        leftist(event()),
        list({integer(), integer()}),
        list(integer()),
        integer(),
        integer(),
        integer(),
        boolean()}.

-spec rank(leftist(any())) -> integer().
rank(H) ->
    case H of
        l_empty ->
            0;

        {l_node, R, _, _, _} ->
            R
    end.

-spec make(AD, leftist(AD), leftist(AD)) -> leftist(AD).
make(Item, A, B) ->
    case rank(A) >= rank(B) of
        true ->
            {l_node, rank(B) + 1, Item, A, B};

        false ->
            {l_node, rank(A) + 1, Item, B, A}
    end.

-spec lmerge(leftist(AH), leftist(AH), fun((AH, AH) -> boolean())) -> leftist(AH).
lmerge(A, B, Less) ->
    case {A, B} of
        {l_empty, _} ->
            B;

        {_, l_empty} ->
            A;

        {{l_node, _, X, Al, Ar}, {l_node, _, Y, Bl, Br}} ->
            case Less(Y, X) of
                true ->
                    make(Y, Bl, lmerge(A, Br, Less));

                false ->
                    make(X, Al, lmerge(Ar, B, Less))
            end
    end.

-spec linsert(leftist(AL), AL, fun((AL, AL) -> boolean())) -> leftist(AL).
linsert(H, X, Less) ->
    lmerge({l_node, 1, X, l_empty, l_empty}, H, Less).

-spec lpop(leftist(AO), fun((AO, AO) -> boolean())) -> {ok, {AO, leftist(AO)}} |
    {error, nil}.
lpop(H, Less) ->
    case H of
        l_empty ->
            {error, nil};

        {l_node, _, X, L, R} ->
            {ok, {X, lmerge(L, R, Less)}}
    end.

-spec not_less_than(leftist(AV), AV, fun((AV, AV) -> boolean())) -> boolean().
not_less_than(H, X, Less) ->
    case H of
        l_empty ->
            true;

        {l_node, _, Y, _, _} ->
            not Less(Y, X)
    end.

-spec leftist_ok(leftist(AT), fun((AT, AT) -> boolean())) -> boolean().
leftist_ok(H, Less) ->
    case H of
        l_empty ->
            true;

        {l_node, R, X, L, Rt} ->
            (((((rank(L) >= rank(Rt)) andalso (R =:= (rank(Rt) + 1))) andalso not_less_than(
                L,
                X,
                Less
            ))
            andalso not_less_than(Rt, X, Less))
            andalso leftist_ok(L, Less))
            andalso leftist_ok(Rt, Less)
    end.

-spec pmerge(pairing(AX), pairing(AX), fun((AX, AX) -> boolean())) -> pairing(AX).
pmerge(A, B, Less) ->
    case {A, B} of
        {p_empty, _} ->
            B;

        {_, p_empty} ->
            A;

        {{p_node, X, Xs}, {p_node, Y, Ys}} ->
            case Less(Y, X) of
                true ->
                    {p_node, Y, [A | Ys]};

                false ->
                    {p_node, X, [B | Xs]}
            end
    end.

-spec pinsert(pairing(BB), BB, fun((BB, BB) -> boolean())) -> pairing(BB).
pinsert(H, X, Less) ->
    pmerge({p_node, X, []}, H, Less).

-spec merge_pairs(list(pairing(BE)), fun((BE, BE) -> boolean())) -> pairing(BE).
merge_pairs(Hs, Less) ->
    case Hs of
        [] ->
            p_empty;

        [H] ->
            H;

        [A, B | Rest] ->
            pmerge(pmerge(A, B, Less), merge_pairs(Rest, Less), Less)
    end.

-spec ppop(pairing(BI), fun((BI, BI) -> boolean())) -> {ok, {BI, pairing(BI)}} |
    {error, nil}.
ppop(H, Less) ->
    case H of
        p_empty ->
            {error, nil};

        {p_node, X, Children} ->
            {ok, {X, merge_pairs(Children, Less)}}
    end.

-spec int_less(integer(), integer()) -> boolean().
int_less(A, B) ->
    A < B.

-spec fold(list(BN), BP, fun((BP, BN) -> BP)) -> BP.
fold(Xs, Acc, F) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            fold(Rest, F(Acc, X), F)
    end.

-spec reverse(list(BY), list(BY)) -> list(BY).
reverse(Xs, Acc) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec drain_l(leftist(BQ), fun((BQ, BQ) -> boolean()), list(BQ)) -> list(BQ).
drain_l(H, Less, Acc) ->
    case lpop(H, Less) of
        {error, nil} ->
            reverse(Acc, []);

        {ok, {X, H@1}} ->
            drain_l(H@1, Less, [X | Acc])
    end.

-spec drain_p(pairing(BU), fun((BU, BU) -> boolean()), list(BU)) -> list(BU).
drain_p(H, Less, Acc) ->
    case ppop(H, Less) of
        {error, nil} ->
            reverse(Acc, []);

        {ok, {X, H@1}} ->
            drain_p(H@1, Less, [X | Acc])
    end.

-spec lcg(integer()) -> integer().
lcg(Seed) ->
    ((Seed * 1103515245) + 12345) rem 2147483648.

-spec randoms(integer(), integer(), integer(), list(integer())) -> list(integer()).
randoms(N, Seed, Modulo, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            S = lcg(Seed),
            randoms(N - 1, S, Modulo, [case Modulo of
                        0 -> 0;
                        Gleam@denominator -> (S div 65536) rem Gleam@denominator
                    end | Acc])
    end.

-spec heap_sort_small() -> {list(integer()), list(integer())}.
heap_sort_small() ->
    Xs = [5, 3, 9, 1, 5, 8, 2, 7, 3, 0, -4, 11],
    Lh = fold(Xs, l_empty, fun(H, X) -> linsert(H, X, fun int_less/2) end),
    Ph = fold(
        Xs,
        p_empty,
        fun(H@1, X@1) -> pinsert(H@1, X@1, fun int_less/2) end
    ),
    {drain_l(Lh, fun int_less/2, []), drain_p(Ph, fun int_less/2, [])}.

-spec heap_sort_matches_lists_sort() -> list(boolean()).
heap_sort_matches_lists_sort() ->
    Xs = randoms(3000, 42, 1000, []),
    Lh = fold(Xs, l_empty, fun(H, X) -> linsert(H, X, fun int_less/2) end),
    Ph = fold(
        Xs,
        p_empty,
        fun(H@1, X@1) -> pinsert(H@1, X@1, fun int_less/2) end
    ),
    [drain_l(Lh, fun int_less/2, []) =:= lists:sort(Xs),
        drain_p(Ph, fun int_less/2, []) =:= lists:sort(Xs),
        leftist_ok(Lh, fun int_less/2)].

-spec heap_shape() -> leftist(integer()).
heap_shape() ->
    fold(
        [4, 1, 7, 3, 9, 2],
        l_empty,
        fun(H, X) -> linsert(H, X, fun int_less/2) end
    ).

-spec pairing_shape() -> pairing(integer()).
pairing_shape() ->
    fold(
        [4, 1, 7, 3, 9, 2],
        p_empty,
        fun(H, X) -> pinsert(H, X, fun int_less/2) end
    ).

-spec merge_heaps() -> list(integer()).
merge_heaps() ->
    A = fold(
        [10, 30, 50],
        l_empty,
        fun(H, X) -> linsert(H, X, fun int_less/2) end
    ),
    B = fold(
        [20, 40, 60, 5],
        l_empty,
        fun(H@1, X@1) -> linsert(H@1, X@1, fun int_less/2) end
    ),
    drain_l(lmerge(A, B, fun int_less/2), fun int_less/2, []).

-spec max_heap_top_k() -> list(integer()).
max_heap_top_k() ->
    Greater = fun(A, B) -> A > B end,
    H@1 = fold(
        randoms(500, 7, 10000, []),
        p_empty,
        fun(H, X) -> pinsert(H, X, Greater) end
    ),
    lists:sublist(drain_p(H@1, Greater, []), 10).

-spec ops_trace() -> nil.
ops_trace() ->
    Ops = [{<<"push"/utf8>>, 5},
        {<<"push"/utf8>>, 2},
        {<<"push"/utf8>>, 8},
        {<<"pop"/utf8>>, 0},
        {<<"push"/utf8>>, 1},
        {<<"push"/utf8>>, 2},
        {<<"pop"/utf8>>, 0},
        {<<"pop"/utf8>>, 0},
        {<<"pop"/utf8>>, 0},
        {<<"pop"/utf8>>, 0},
        {<<"pop"/utf8>>, 0}],
    fold(Ops, l_empty, fun(H, Op) -> case erlang:element(1, Op) of
                <<"push"/utf8>> ->
                    bc_io:format(
                        <<"push ~w~n"/utf8>>,
                        [bc_ffi:identity(erlang:element(2, Op))]
                    ),
                    linsert(H, erlang:element(2, Op), fun int_less/2);

                _ ->
                    case lpop(H, fun int_less/2) of
                        {ok, {X, H2}} ->
                            bc_io:format(
                                <<"pop -> ~w~n"/utf8>>,
                                [bc_ffi:identity(X)]
                            ),
                            H2;

                        {error, nil} ->
                            bc_io:format(<<"pop -> empty~n"/utf8>>, []),
                            H
                    end
            end end),
    nil.

-spec event_less(event(), event()) -> boolean().
event_less(A, B) ->
    (erlang:element(2, A) < erlang:element(2, B)) orelse ((erlang:element(2, A)
    =:= erlang:element(2, B))
    andalso (erlang:element(3, A) < erlang:element(3, B))).

-spec schedule(sim(), integer(), kind()) -> sim().
schedule(S, Time, Kind) ->
    erlang:setelement(
        4,
        erlang:setelement(3, S, erlang:element(3, S) + 1),
        linsert(
            erlang:element(4, S),
            {event, Time, erlang:element(3, S), Kind},
            fun event_less/2
        )
    ).

-spec service_time(integer()) -> integer().
service_time(Customer) ->
    3 + ((lcg((Customer * 7) + 1) div 65536) rem 8).

-spec start_service(sim()) -> sim().
start_service(S) ->
    case {erlang:element(5, S), erlang:element(6, S)} of
        {[{C, Arrived} | Rest_wait], [T | Rest_free]} ->
            case erlang:element(10, S) of
                true ->
                    bc_io:format(
                        <<"~3w: teller ~w serves customer ~w (waited ~w)~n"/utf8>>,
                        [bc_ffi:identity(erlang:element(2, S)),
                            bc_ffi:identity(T),
                            bc_ffi:identity(C),
                            bc_ffi:identity(erlang:element(2, S) - Arrived)]
                    );

                false ->
                    nil
            end,
            S@1 = erlang:setelement(
                8,
                erlang:setelement(
                    6,
                    erlang:setelement(5, S, Rest_wait),
                    Rest_free
                ),
                (erlang:element(8, S) + erlang:element(2, S)) - Arrived
            ),
            start_service(
                schedule(
                    S@1,
                    erlang:element(2, S@1) + service_time(C),
                    {finish, C, T}
                )
            );

        {_, _} ->
            S
    end.

-spec list_length(list(any())) -> integer().
list_length(Xs) ->
    fold(Xs, 0, fun(N, _) -> N + 1 end).

-spec append(list(CT), list(CT)) -> list(CT).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec insert_sorted(list(integer()), integer()) -> list(integer()).
insert_sorted(Xs, X) ->
    case Xs of
        [] ->
            [X];

        [Y | Rest] ->
            case X < Y of
                true ->
                    [X, Y | Rest];

                false ->
                    [Y | insert_sorted(Rest, X)]
            end
    end.

-spec run_sim(sim()) -> sim().
run_sim(S) ->
    case lpop(erlang:element(4, S), fun event_less/2) of
        {error, nil} ->
            S;

        {ok, {{event, Time, _, Kind}, Rest}} ->
            S@1 = erlang:setelement(4, erlang:setelement(2, S, Time), Rest),
            S@2 = case Kind of
                {arrive, C} ->
                    case erlang:element(10, S@1) of
                        true ->
                            bc_io:format(
                                <<"~3w: customer ~w arrives~n"/utf8>>,
                                [bc_ffi:identity(Time), bc_ffi:identity(C)]
                            );

                        false ->
                            nil
                    end,
                    Waiting = append(erlang:element(5, S@1), [{C, Time}]),
                    Q = list_length(Waiting),
                    erlang:setelement(
                        9,
                        erlang:setelement(5, S@1, Waiting),
                        case Q > erlang:element(9, S@1) of
                            true ->
                                Q;

                            false ->
                                erlang:element(9, S@1)
                        end
                    );

                {finish, C@1, T} ->
                    case erlang:element(10, S@1) of
                        true ->
                            bc_io:format(
                                <<"~3w: customer ~w leaves teller ~w~n"/utf8>>,
                                [bc_ffi:identity(Time),
                                    bc_ffi:identity(C@1),
                                    bc_ffi:identity(T)]
                            );

                        false ->
                            nil
                    end,
                    erlang:setelement(
                        7,
                        erlang:setelement(
                            6,
                            S@1,
                            insert_sorted(erlang:element(6, S@1), T)
                        ),
                        erlang:element(7, S@1) + 1
                    )
            end,
            run_sim(start_service(S@2))
    end.

-spec arrivals(sim(), integer(), integer(), integer(), integer()) -> sim().
arrivals(S, N, Customer, Time, Seed) ->
    case Customer > N of
        true ->
            S;

        false ->
            Next = lcg(Seed),
            Gap = (Next div 65536) rem 4,
            T = Time + Gap,
            arrivals(
                schedule(S, T, {arrive, Customer}),
                N,
                Customer + 1,
                T,
                Next
            )
    end.

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec simulate(integer(), integer(), boolean()) -> sim().
simulate(Customers, Tellers, Log) ->
    S = {sim, 0, 0, l_empty, [], range(1, Tellers), 0, 0, 0, Log},
    run_sim(arrivals(S, Customers, 1, 0, 2024)).

-spec bank_trace() -> {integer(), integer(), integer()}.
bank_trace() ->
    S = simulate(12, 2, true),
    {erlang:element(2, S), erlang:element(7, S), erlang:element(8, S)}.

-spec map(list(DB), fun((DB) -> DD)) -> list(DD).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec bank_statistics() -> list({integer(),
    integer(),
    integer(),
    integer(),
    binary()}).
bank_statistics() ->
    _pipe = [1, 2, 3, 4, 6],
    map(
        _pipe,
        fun(Tellers) ->
            S = simulate(400, Tellers, false),
            {Tellers,
                erlang:element(2, S),
                erlang:element(9, S),
                erlang:element(8, S),
                erlang:float_to_binary(
                    case erlang:float(erlang:element(7, S)) of
                        0.0 -> 0.0;
                        Gleam@denominator -> erlang:float(erlang:element(8, S))
                        / Gleam@denominator
                    end,
                    [{decimals, 3}]
                )}
        end
    ).

-spec tie_breaking() -> list({integer(), integer()}).
tie_breaking() ->
    Events = [{event, 5, 0, {arrive, 1}},
        {event, 3, 1, {arrive, 2}},
        {event, 5, 2, {arrive, 3}},
        {event, 3, 3, {arrive, 4}},
        {event, 5, 4, {arrive, 5}}],
    H@1 = fold(
        Events,
        l_empty,
        fun(H, E) -> linsert(H, E, fun event_less/2) end
    ),
    map(
        drain_l(H@1, fun event_less/2, []),
        fun(E@1) -> case erlang:element(4, E@1) of
                {arrive, C} ->
                    {erlang:element(2, E@1), C};

                {finish, C@1, _} ->
                    {erlang:element(2, E@1), C@1}
            end end
    ).

-spec has_key(list({binary(), integer()}), binary()) -> boolean().
has_key(Xs, K) ->
    case Xs of
        [] ->
            false;

        [{X, _} | Rest] ->
            (X =:= K) orelse has_key(Rest, K)
    end.

-spec shortest(
    list({binary(), binary(), integer()}),
    leftist({integer(), binary()}),
    list({binary(), integer()}),
    fun(({integer(), binary()}, {integer(), binary()}) -> boolean())
) -> list({binary(), integer()}).
shortest(Edges, Queue, Done, Less) ->
    case lpop(Queue, Less) of
        {error, nil} ->
            reverse(Done, []);

        {ok, {{D, Node}, Rest}} ->
            case has_key(Done, Node) of
                true ->
                    shortest(Edges, Rest, Done, Less);

                false ->
                    Queue@1 = fold(
                        Edges,
                        Rest,
                        fun(Q, E) ->
                            case {erlang:element(1, E) =:= Node,
                                erlang:element(2, E) =:= Node} of
                                {true, _} ->
                                    linsert(
                                        Q,
                                        {D + erlang:element(3, E),
                                            erlang:element(2, E)},
                                        Less
                                    );

                                {_, true} ->
                                    linsert(
                                        Q,
                                        {D + erlang:element(3, E),
                                            erlang:element(1, E)},
                                        Less
                                    );

                                {_, _} ->
                                    Q
                            end
                        end
                    ),
                    shortest(Edges, Queue@1, [{Node, D} | Done], Less)
            end
    end.

-spec dijkstra() -> list({binary(), integer()}).
dijkstra() ->
    Edges = [{<<"a"/utf8>>, <<"b"/utf8>>, 7},
        {<<"a"/utf8>>, <<"c"/utf8>>, 9},
        {<<"a"/utf8>>, <<"f"/utf8>>, 14},
        {<<"b"/utf8>>, <<"c"/utf8>>, 10},
        {<<"b"/utf8>>, <<"d"/utf8>>, 15},
        {<<"c"/utf8>>, <<"d"/utf8>>, 11},
        {<<"c"/utf8>>, <<"f"/utf8>>, 2},
        {<<"d"/utf8>>, <<"e"/utf8>>, 6},
        {<<"e"/utf8>>, <<"f"/utf8>>, 9},
        {<<"f"/utf8>>, <<"g"/utf8>>, 30},
        {<<"e"/utf8>>, <<"g"/utf8>>, 1}],
    Less = fun(X, Y) ->
        (erlang:element(1, X) < erlang:element(1, Y)) orelse ((erlang:element(
            1,
            X
        )
        =:= erlang:element(1, Y))
        andalso erlang:'<'(erlang:element(2, X), erlang:element(2, Y)))
    end,
    shortest(Edges, linsert(l_empty, {0, <<"a"/utf8>>}, Less), [], Less).

-spec large_heap() -> {integer(), integer(), integer(), boolean()}.
large_heap() ->
    Xs = randoms(20000, 99, 1000000, []),
    H@1 = fold(Xs, l_empty, fun(H, X) -> linsert(H, X, fun int_less/2) end),
    Sorted = drain_l(H@1, fun int_less/2, []),
    [First | _] = case Sorted of
        [_ | _] -> Sorted;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"prog_pqueue"/utf8>>,
                        function => <<"large_heap"/utf8>>,
                        line => 440})
    end,
    {rank(H@1), First, list_length(Sorted), Sorted =:= lists:sort(Xs)}.
