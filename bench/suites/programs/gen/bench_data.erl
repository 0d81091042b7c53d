-module(bench_data).
-compile([no_auto_import, nowarn_unused_vars]).

-export([nbody/1, map_updates/2, strings/1, bit_parse/2, gc_churn/2]).
-export_type([body/0, map_/0]).

-type body() :: {body,
        float(),
        float(),
        float(),
        float(),
        float(),
        float(),
        float()}.

-type map_() :: any().

-spec solar_mass() -> float().
solar_mass() ->
    (4.0 * 3.141592653589793) * 3.141592653589793.

-spec bodies() -> list(body()).
bodies() ->
    Sm = solar_mass(),
    [{body, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, Sm},
        {body,
            4.84143144246472090,
            -1.16032004402742839,
            -1.03622044471123109e-01,
            1.66007664274403694e-03 * 365.24,
            7.69901118419740425e-03 * 365.24,
            -6.90460016972063023e-05 * 365.24,
            9.54791938424326609e-04 * Sm},
        {body,
            8.34336671824457987,
            4.12479856412430479,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03 * 365.24,
            4.99852801234917238e-03 * 365.24,
            2.30417297573763929e-05 * 365.24,
            2.85885980666130812e-04 * Sm},
        {body,
            1.28943695621391310e1,
            -1.51111514016986312e1,
            -2.23307578892655734e-01,
            2.96460137564761618e-03 * 365.24,
            2.37847173959480950e-03 * 365.24,
            -2.96589568540237556e-05 * 365.24,
            4.36624404335156298e-05 * Sm},
        {body,
            1.53796971148509165e1,
            -2.59193146099879641e1,
            1.79258772950371181e-01,
            2.68067772490389322e-03 * 365.24,
            1.62824170038242295e-03 * 365.24,
            -9.51592254519715870e-05 * 365.24,
            5.15138902046611451e-05 * Sm}].

-spec advance_one(body(), list(body()), float()) -> body().
advance_one(B, Others, Dt) ->
    case Others of
        [] ->
            B;

        [O | Rest] ->
            Dx = erlang:element(2, B) - erlang:element(2, O),
            Dy = erlang:element(3, B) - erlang:element(3, O),
            Dz = erlang:element(4, B) - erlang:element(4, O),
            D2 = ((Dx * Dx) + (Dy * Dy)) + (Dz * Dz),
            Mag = case (D2 * math:sqrt(D2)) of
                0.0 -> 0.0;
                Gleam@denominator -> Dt / Gleam@denominator
            end,
            advance_one(
                erlang:setelement(
                    7,
                    erlang:setelement(
                        6,
                        erlang:setelement(
                            5,
                            B,
                            erlang:element(5, B) - ((Dx * erlang:element(8, O))
                            * Mag)
                        ),
                        erlang:element(6, B) - ((Dy * erlang:element(8, O)) * Mag)
                    ),
                    erlang:element(7, B) - ((Dz * erlang:element(8, O)) * Mag)
                ),
                Rest,
                Dt
            )
    end.

-spec positions(list(body()), float()) -> list(body()).
positions(Bs, Dt) ->
    case Bs of
        [] ->
            [];

        [B | Rest] ->
            [erlang:setelement(
                    4,
                    erlang:setelement(
                        3,
                        erlang:setelement(
                            2,
                            B,
                            erlang:element(2, B) + (Dt * erlang:element(5, B))
                        ),
                        erlang:element(3, B) + (Dt * erlang:element(6, B))
                    ),
                    erlang:element(4, B) + (Dt * erlang:element(7, B))
                ) |
                positions(Rest, Dt)]
    end.

-spec reverse(list(CW), list(CW)) -> list(CW).
reverse(L, Acc) ->
    case L of
        [] ->
            Acc;

        [H | T] ->
            reverse(T, [H | Acc])
    end.

-spec append(list(DA), list(DA)) -> list(DA).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec velocities(list(body()), list(body()), float()) -> list(body()).
velocities(Done, Pending, Dt) ->
    case Pending of
        [] ->
            reverse(Done, []);

        [B | Rest] ->
            Others = append(Done, Rest),
            velocities([advance_one(B, Others, Dt) | Done], Rest, Dt)
    end.

-spec potential(body(), list(body()), float()) -> float().
potential(B, Rest, Acc) ->
    case Rest of
        [] ->
            Acc;

        [O | T] ->
            Dx = erlang:element(2, B) - erlang:element(2, O),
            Dy = erlang:element(3, B) - erlang:element(3, O),
            Dz = erlang:element(4, B) - erlang:element(4, O),
            potential(
                B,
                T,
                Acc + (case math:sqrt(((Dx * Dx) + (Dy * Dy)) + (Dz * Dz)) of
                    0.0 -> 0.0;
                    Gleam@denominator -> (erlang:element(8, B) * erlang:element(
                        8,
                        O
                    ))
                    / Gleam@denominator
                end)
            )
    end.

-spec energy(list(body()), float()) -> float().
energy(Bs, Acc) ->
    case Bs of
        [] ->
            Acc;

        [B | Rest] ->
            Kinetic = (0.5 * erlang:element(8, B)) * (((erlang:element(5, B) * erlang:element(
                5,
                B
            ))
            + (erlang:element(6, B) * erlang:element(6, B)))
            + (erlang:element(7, B) * erlang:element(7, B))),
            energy(Rest, (Acc + Kinetic) - potential(B, Rest, 0.0))
    end.

-spec steps(list(body()), integer()) -> list(body()).
steps(Bs, N) ->
    case N of
        0 ->
            Bs;

        _ ->
            steps(positions(velocities([], Bs, 0.01), 0.01), N - 1)
    end.

-spec nbody(integer()) -> integer().
nbody(N) ->
    erlang:trunc(energy(steps(bodies(), N), 0.0) * 1.0e9).

-spec fill(map_(), integer()) -> map_().
fill(M, K) ->
    case K of
        0 ->
            M;

        _ ->
            fill(maps:put(K, K, M), K - 1)
    end.

-spec update(map_(), integer(), integer()) -> map_().
update(M, Keys, N) ->
    case N of
        0 ->
            M;

        _ ->
            K = (case Keys of
                0 -> 0;
                Gleam@denominator -> N rem Gleam@denominator
            end) + 1,
            update(maps:put(K, maps:get(K, M, 0) + 1, M), Keys, N - 1)
    end.

-spec map_updates(integer(), integer()) -> integer().
map_updates(Keys, N) ->
    M = fill(maps:new(), Keys),
    M2 = update(M, Keys, N),
    maps:size(M2) + maps:get(7, M2, 0).

-spec string_loop(integer(), binary(), integer()) -> integer().
string_loop(N, Acc, Total) ->
    case N of
        0 ->
            Total + string:length(Acc);

        _ ->
            S = string:uppercase(
                <<"héllo wörld ünïcode 🎉 "/utf8, Acc/binary>>
            ),
            Next = case string:length(S) > 200 of
                true ->
                    <<""/utf8>>;

                false ->
                    S
            end,
            string_loop(
                N - 1,
                Next,
                Total + (erlang:length(string:reverse(S)) rem 7)
            )
    end.

-spec strings(integer()) -> integer().
strings(N) ->
    string_loop(N, <<""/utf8>>, 0).

-spec encode(integer(), bitstring()) -> bitstring().
encode(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            encode(
                N - 1,
                <<Acc/bitstring, N:16/big, ((N * 3)):32/little, 1:1, N:7>>
            )
    end.

-spec decode(bitstring(), integer()) -> integer().
decode(B, Acc) ->
    case B of
        <<A:16/big, C:32/little, _:1, D:7, Rest/bitstring>> ->
            decode(Rest, ((Acc + A) + (C rem 1000)) + D);

        _ ->
            Acc
    end.

-spec bit_rounds(bitstring(), integer(), integer()) -> integer().
bit_rounds(B, Rounds, Acc) ->
    case Rounds of
        0 ->
            Acc;

        _ ->
            bit_rounds(B, Rounds - 1, Acc + (decode(B, 0) rem 1000))
    end.

-spec bit_parse(integer(), integer()) -> integer().
bit_parse(N, Rounds) ->
    B = encode(N, <<>>),
    bit_rounds(B, Rounds, 0).

-spec make_list(integer(), list({integer(), integer()})) -> list({integer(),
    integer()}).
make_list(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            make_list(N - 1, [{N, N * 2} | Acc])
    end.

-spec count(list({integer(), integer()}), integer()) -> integer().
count(L, Acc) ->
    case L of
        [] ->
            Acc;

        [_ | T] ->
            count(T, Acc + 1)
    end.

-spec churn(integer(), integer(), list({integer(), integer()}), integer()) -> integer().
churn(Len, Rounds, Live, Acc) ->
    case Rounds of
        0 ->
            Acc + count(Live, 0);

        _ ->
            churn(
                Len,
                Rounds - 1,
                Live,
                Acc + (count(make_list(Len, []), 0) rem 3)
            )
    end.

-spec gc_churn(integer(), integer()) -> integer().
gc_churn(Len, Rounds) ->
    Live = make_list(10000, []),
    churn(Len, Rounds, Live, 0).
