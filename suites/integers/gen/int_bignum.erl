-module(int_bignum).
-compile([no_auto_import, nowarn_unused_vars]).

-export([factorial/1, factorial_1000_digits/0, pow/2, powers_of_two/0, big_div_rem/0, big_back_to_small/0, bitwise_small/0, bitwise_big/0, shifts/0, big_comparisons/0, big_bases/0, parse_big/0, big_to_float/0, huge_to_float/0, big_hashes/0, fib/1]).

-spec fact_loop(integer(), integer()) -> integer().
fact_loop(N, Acc) ->
    case N =< 1 of
        true ->
            Acc;

        false ->
            fact_loop(N - 1, Acc * N)
    end.

-spec factorial(integer()) -> integer().
factorial(N) ->
    fact_loop(N, 1).

-spec slice_tail(binary(), integer()) -> binary().
slice_tail(Text, N) ->
    binary:part(Text, erlang:byte_size(Text) - N, N).

-spec factorial_1000_digits() -> {integer(), binary()}.
factorial_1000_digits() ->
    Text = erlang:integer_to_binary(factorial(1000)),
    Len = erlang:byte_size(Text),
    {Len, slice_tail(Text, 20)}.

-spec pow(integer(), integer()) -> integer().
pow(Base, Exp) ->
    case Exp of
        0 ->
            1;

        _ ->
            Half = pow(Base, Exp div 2),
            case Exp rem 2 of
                0 ->
                    Half * Half;

                _ ->
                    (Half * Half) * Base
            end
    end.

-spec print_powers(list(integer())) -> nil.
print_powers(Exps) ->
    case Exps of
        [] ->
            nil;

        [E | Rest] ->
            bc_io:format(
                <<"2^~w = ~w~n"/utf8>>,
                [bc_ffi:identity(E), bc_ffi:identity(pow(2, E))]
            ),
            print_powers(Rest)
    end.

-spec powers_of_two() -> nil.
powers_of_two() ->
    Exps = [0, 32, 63, 64, 100, 200],
    print_powers(Exps).

-spec big_div_rem() -> list(integer()).
big_div_rem() ->
    A = pow(10, 30) + 7,
    B = pow(10, 15),
    [erlang:'div'(A, B),
        erlang:'rem'(A, B),
        erlang:'div'(0 - A, B),
        erlang:'rem'(0 - A, B),
        erlang:'div'(A, 0 - B),
        erlang:'rem'(A, 0 - B),
        erlang:'div'(A, 3),
        erlang:'rem'(A, 3)].

-spec big_back_to_small() -> {integer(), integer(), boolean()}.
big_back_to_small() ->
    A = pow(2, 100) + 5,
    B = pow(2, 100),
    D = A - B,
    {D, D * 2, D =:= 5}.

-spec bitwise_small() -> list(integer()).
bitwise_small() ->
    [erlang:'band'(12, 10),
        erlang:'bor'(12, 10),
        erlang:'bxor'(12, 10),
        erlang:'bnot'(12),
        erlang:'bnot'(-1),
        erlang:'band'(-1, 255),
        erlang:'band'(-256, 1023),
        erlang:'bor'(-16, 3),
        erlang:'bxor'(-1, 5)].

-spec bitwise_big() -> list(integer()).
bitwise_big() ->
    Big = pow(2, 80) + 12345,
    Neg = (0 - pow(2, 70)) - 1,
    [erlang:'band'(Big, 16#FFFF),
        erlang:'bor'(Big, 1),
        erlang:'bxor'(Big, Big),
        erlang:'bnot'(Big),
        erlang:'band'(Neg, 16#FF),
        erlang:'band'(Neg, Big),
        erlang:'bor'(Neg, 7),
        erlang:'bxor'(Neg, -1)].

-spec shifts() -> list(integer()).
shifts() ->
    [erlang:'bsl'(1, 10),
        erlang:'bsl'(1, 64),
        erlang:'bsl'(1, 100),
        erlang:'bsr'(erlang:'bsl'(1, 100), 99),
        erlang:'bsr'(-1, 10),
        erlang:'bsr'(-1024, 3),
        erlang:'bsr'(-1025, 3),
        erlang:'bsl'(5, -1),
        erlang:'bsr'(5, -2),
        erlang:'bsr'(pow(2, 70), 200),
        erlang:'bsr'(0 - pow(2, 70), 200)].

-spec big_comparisons() -> list(boolean()).
big_comparisons() ->
    Big = pow(2, 100),
    [Big > 1,
        (Big + 1) > Big,
        (0 - Big) < -1,
        Big =:= pow(4, 50),
        (Big * Big) > Big].

-spec big_bases() -> list(binary()).
big_bases() ->
    Big = pow(2, 70) - 1,
    [erlang:integer_to_binary(Big, 16),
        erlang:integer_to_binary(0 - Big, 36),
        erlang:integer_to_binary(pow(2, 65), 2)].

-spec parse_big() -> integer().
parse_big() ->
    N = erlang:binary_to_integer(
        <<"1234567890123456789012345678901234567890"/utf8>>
    ),
    N * (0 - N).

-spec big_to_float() -> list(float()).
big_to_float() ->
    [erlang:float(pow(2, 53) + 1),
        erlang:float(pow(10, 22)),
        erlang:float(pow(10, 23)),
        erlang:float(0 - pow(2, 64))].

-spec huge_to_float() -> float().
huge_to_float() ->
    erlang:float(pow(10, 400)).

-spec big_hashes() -> list(integer()).
big_hashes() ->
    [erlang:phash2(pow(2, 64)),
        erlang:phash2(0 - pow(2, 64)),
        erlang:phash2(factorial(30))].

-spec fib_loop(integer(), integer(), integer()) -> integer().
fib_loop(N, A, B) ->
    case N of
        0 ->
            A;

        _ ->
            fib_loop(N - 1, B, A + B)
    end.

-spec fib(integer()) -> integer().
fib(N) ->
    fib_loop(N, 0, 1).
