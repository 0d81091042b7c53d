-module(int_bitwise).
-compile([no_auto_import, nowarn_unused_vars]).

-export([band_negatives/0, bor_negatives/0, bxor_mixed/0, bnot_values/0, band_bignum_neg/0, bor_bignum/0, bxor_bignum_shrinks/0, bsl_growth/0, bsr_negative/0, negative_shift_amounts/0, huge_right_shift/0, bsl_system_limit/0, band_float_badarith/0, bsl_float_shift/0, bnot_atom/0, truth_table/0, popcounts/0, big_bytes/0, complement_identity/0, xor_swap/0, shift_round_trip/0, hex_printing/0, to_base_of_masks/0, errors_collected/0, masks_by_width/0, sign_extend/0]).

-spec pow(integer(), integer()) -> integer().
pow(B, E) ->
    case E of
        0 ->
            1;

        _ ->
            B * pow(B, E - 1)
    end.

-spec band_negatives() -> list(integer()).
band_negatives() ->
    [erlang:'band'(-1, -1),
        erlang:'band'(-2, -3),
        erlang:'band'(-8, 7),
        erlang:'band'(-8, -5),
        erlang:'band'(-256, -129),
        erlang:'band'(-1, 0),
        erlang:'band'(-6, 13)].

-spec bor_negatives() -> list(integer()).
bor_negatives() ->
    [erlang:'bor'(-1, 0),
        erlang:'bor'(-8, 3),
        erlang:'bor'(-8, -3),
        erlang:'bor'(-256, 255),
        erlang:'bor'(-100, 100),
        erlang:'bor'(-2, 1)].

-spec bxor_mixed() -> list(integer()).
bxor_mixed() ->
    [erlang:'bxor'(-1, -1),
        erlang:'bxor'(-1, 0),
        erlang:'bxor'(-8, 7),
        erlang:'bxor'(-8, -7),
        erlang:'bxor'(255, -256),
        erlang:'bxor'(12345, -12345)].

-spec bnot_values() -> list(integer()).
bnot_values() ->
    Big = pow(2, 64),
    [erlang:'bnot'(0),
        erlang:'bnot'(-1),
        erlang:'bnot'(5),
        erlang:'bnot'(-6),
        erlang:'bnot'(Big),
        erlang:'bnot'(0 - Big),
        erlang:'bnot'(erlang:'bnot'(Big + 7))].

-spec band_bignum_neg() -> list(integer()).
band_bignum_neg() ->
    B = pow(2, 100),
    [erlang:'band'(0 - B, B - 1),
        erlang:'band'(0 - B, B),
        erlang:'band'(0 - 1, B + 5),
        erlang:'band'((0 - B) - 1, pow(2, 101) - 1),
        erlang:'band'(0 - pow(3, 70), 0 - pow(5, 40))].

-spec bor_bignum() -> list(integer()).
bor_bignum() ->
    B = pow(2, 90),
    [erlang:'bor'(B, 1),
        erlang:'bor'(0 - B, 1),
        erlang:'bor'(0 - B, B),
        erlang:'bor'(pow(3, 60), pow(7, 30)),
        erlang:'bor'(0 - pow(3, 60), 0 - pow(7, 30))].

-spec bxor_bignum_shrinks() -> list(integer()).
bxor_bignum_shrinks() ->
    A = pow(2, 80) + 99,
    B = pow(2, 80) + 3,
    [erlang:'bxor'(A, B),
        erlang:'bxor'(0 - A, 0 - B),
        erlang:'bxor'(A, 0 - B),
        erlang:'bxor'(pow(2, 64) - 1, pow(2, 64))].

-spec bsl_growth() -> list(integer()).
bsl_growth() ->
    [erlang:'bsl'(1, 59),
        erlang:'bsl'(1, 60),
        erlang:'bsl'(1, 64),
        erlang:'bsl'(1, 200),
        erlang:'bsl'(-1, 70),
        erlang:'bsl'(-3, 63),
        erlang:'bsl'(0, 1000)].

-spec bsr_negative() -> list(integer()).
bsr_negative() ->
    [erlang:'bsr'(-1, 10),
        erlang:'bsr'(-5, 1),
        erlang:'bsr'(-4, 1),
        erlang:'bsr'(-1, 1000),
        erlang:'bsr'(0 - pow(2, 100), 99),
        erlang:'bsr'((0 - pow(2, 100)) - 1, 99),
        erlang:'bsr'(pow(2, 100) + 1, 100)].

-spec negative_shift_amounts() -> list(integer()).
negative_shift_amounts() ->
    [erlang:'bsl'(16, -2),
        erlang:'bsr'(16, -2),
        erlang:'bsl'(-16, -3),
        erlang:'bsr'(-16, -3),
        erlang:'bsl'(1, -100),
        erlang:'bsl'(-1, -100),
        erlang:'bsr'(3, -64)].

-spec huge_right_shift() -> list(integer()).
huge_right_shift() ->
    Big = pow(2, 100),
    [erlang:'bsr'(Big, 1000),
        erlang:'bsr'(0 - Big, 1000),
        erlang:'bsr'(Big, pow(2, 70)),
        erlang:'bsr'(0 - 1, pow(2, 70))].

-spec bsl_system_limit() -> integer().
bsl_system_limit() ->
    erlang:'bsl'(1, pow(2, 40)).

-spec band_float_badarith() -> integer().
band_float_badarith() ->
    erlang:'band'(1.0, 1).

-spec bsl_float_shift() -> integer().
bsl_float_shift() ->
    erlang:'bsl'(1, 2.0).

-spec bnot_atom() -> integer().
bnot_atom() ->
    erlang:'bnot'(true).

-spec each(list(AP), fun((AP) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec truth_table() -> nil.
truth_table() ->
    Xs = [0, 1, 5, -1, -6],
    each(
        Xs,
        fun(X) ->
            each(
                Xs,
                fun(Y) ->
                    bc_io:format(
                        <<"~3w ~3w | and ~3w or ~3w xor ~3w~n"/utf8>>,
                        [bc_ffi:identity(X),
                            bc_ffi:identity(Y),
                            bc_ffi:identity(erlang:'band'(X, Y)),
                            bc_ffi:identity(erlang:'bor'(X, Y)),
                            bc_ffi:identity(erlang:'bxor'(X, Y))]
                    )
                end
            )
        end
    ).

-spec popcount(integer(), integer()) -> integer().
popcount(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            popcount(erlang:'bsr'(N, 1), Acc + erlang:'band'(N, 1))
    end.

-spec popcounts() -> list(integer()).
popcounts() ->
    [popcount(0, 0),
        popcount(255, 0),
        popcount(pow(2, 100) - 1, 0),
        popcount(pow(3, 100), 0),
        popcount(pow(10, 50), 0)].

-spec bytes_of(integer(), list(integer())) -> list(integer()).
bytes_of(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            bytes_of(erlang:'bsr'(N, 8), [erlang:'band'(N, 255) | Acc])
    end.

-spec big_bytes() -> list(integer()).
big_bytes() ->
    bytes_of(pow(7, 40), []).

-spec check_bnot(list(integer())) -> boolean().
check_bnot(Xs) ->
    case Xs of
        [] ->
            true;

        [X | Rest] ->
            ((erlang:'bnot'(X) =:= ((0 - X) - 1)) andalso (erlang:'bxor'(X, -1)
            =:= erlang:'bnot'(X)))
            andalso check_bnot(Rest)
    end.

-spec complement_identity() -> boolean().
complement_identity() ->
    check_bnot(
        [0,
            1,
            -1,
            576460752303423487,
            -576460752303423488,
            pow(2, 64),
            0 - pow(2, 64),
            pow(9, 99)]
    ).

-spec xor_swap() -> {integer(), integer()}.
xor_swap() ->
    A = (0 - pow(2, 77)) + 5,
    B = 31337,
    A@1 = erlang:'bxor'(A, B),
    B@1 = erlang:'bxor'(A@1, B),
    A@2 = erlang:'bxor'(A@1, B@1),
    {A@2, B@1}.

-spec map(list(AX), fun((AX) -> AZ)) -> list(AZ).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec shift_round_trip() -> list(boolean()).
shift_round_trip() ->
    Xs = [-1, -7, 0 - pow(2, 61), 0 - pow(11, 30), pow(13, 25)],
    map(Xs, fun(X) -> erlang:'bsr'(erlang:'bsl'(X, 77), 77) =:= X end).

-spec hex_printing() -> nil.
hex_printing() ->
    Xs = [255,
        -255,
        pow(2, 70) + 10,
        (0 - pow(2, 70)) - 10,
        erlang:'bnot'(pow(2, 40))],
    each(
        Xs,
        fun(X) ->
            bc_io:format(
                <<"~.16B ~.16b ~.2B ~.16# ~.16+ ~#~n"/utf8>>,
                [bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(erlang:'band'(X, 255)),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X)]
            )
        end
    ).

-spec to_base_of_masks() -> list(binary()).
to_base_of_masks() ->
    [erlang:integer_to_binary(erlang:'band'(-1, 16#FFFF), 2),
        erlang:integer_to_binary(erlang:'bsl'(-1, 8), 16),
        erlang:integer_to_binary(erlang:'bnot'(pow(2, 64)), 16),
        erlang:integer_to_binary(erlang:'bxor'(pow(2, 64), -1), 36)].

-spec errors_collected() -> list(bc_try:outcome()).
errors_collected() ->
    [bc_ffi:try_call(fun() -> erlang:'band'(1, <<"x"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:'bsl'(1.5, 1) end),
        bc_ffi:try_call(fun() -> erlang:'bnot'(2.0) end),
        bc_ffi:try_call(fun() -> erlang:'bsl'(1, pow(2, 64)) end),
        bc_ffi:try_call(fun() -> erlang:'bsr'(1, pow(2, 64)) end),
        bc_ffi:try_call(fun() -> erlang:'bsl'(0, pow(2, 64)) end)].

-spec masks_by_width() -> list(integer()).
masks_by_width() ->
    map([1, 8, 59, 60, 64, 65, 128], fun(W) -> erlang:'bsl'(1, W) - 1 end).

-spec sign_extend() -> list(integer()).
sign_extend() ->
    map(
        [16#7FF, 16#800, 16#FFF, 16#123, 16#1FFF],
        fun(V) ->
            Low = erlang:'band'(V, 16#FFF),
            erlang:'bxor'(Low, 16#800) - 16#800
        end
    ).
