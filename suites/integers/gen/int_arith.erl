-module(int_arith).
-compile([no_auto_import, nowarn_unused_vars]).

-export([add/2, sub/2, mul/2, gleam_div/2, gleam_rem/2, raw_div/2, raw_rem/2, div_rem_signs/0, floor_div/2, around_2_pow_53/0, small_int_boundary/0, compare_table/0, int_float_equality/0, abs_min_max/0, to_string_bases/0, parse_ints/0, parse_bad/1, sum_to/1, literals_and_precedence/0]).

-spec add(integer(), integer()) -> integer().
add(A, B) ->
    A + B.

-spec sub(integer(), integer()) -> integer().
sub(A, B) ->
    A - B.

-spec mul(integer(), integer()) -> integer().
mul(A, B) ->
    A * B.

-spec gleam_div(integer(), integer()) -> integer().
gleam_div(A, B) ->
    case B of
        0 -> 0;
        Gleam@denominator -> A div Gleam@denominator
    end.

-spec gleam_rem(integer(), integer()) -> integer().
gleam_rem(A, B) ->
    case B of
        0 -> 0;
        Gleam@denominator -> A rem Gleam@denominator
    end.

-spec raw_div(integer(), integer()) -> integer().
raw_div(A, B) ->
    erlang:'div'(A, B).

-spec raw_rem(integer(), integer()) -> integer().
raw_rem(A, B) ->
    erlang:'rem'(A, B).

-spec print_div_rem(list({integer(), integer()})) -> nil.
print_div_rem(Pairs) ->
    case Pairs of
        [] ->
            nil;

        [{A, B} | Rest] ->
            bc_io:format(
                <<"~w div ~w = ~w, ~w rem ~w = ~w~n"/utf8>>,
                [bc_ffi:identity(A),
                    bc_ffi:identity(B),
                    bc_ffi:identity(case B of
                            0 -> 0;
                            Gleam@denominator -> A div Gleam@denominator
                        end),
                    bc_ffi:identity(A),
                    bc_ffi:identity(B),
                    bc_ffi:identity(case B of
                            0 -> 0;
                            Gleam@denominator@1 -> A rem Gleam@denominator@1
                        end)]
            ),
            print_div_rem(Rest)
    end.

-spec div_rem_signs() -> nil.
div_rem_signs() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {0, -5}],
    print_div_rem(Pairs).

-spec floor_div(integer(), integer()) -> integer().
floor_div(A, B) ->
    Q = erlang:'div'(A, B),
    case (erlang:'rem'(A, B) /= 0) andalso ((A < 0) /= (B < 0)) of
        true ->
            Q - 1;

        false ->
            Q
    end.

-spec around_2_pow_53() -> list(integer()).
around_2_pow_53() ->
    Max_safe = 9007199254740991,
    [Max_safe + 1,
        Max_safe + 2,
        Max_safe * 3,
        (0 - Max_safe) - 2,
        Max_safe + Max_safe].

-spec small_int_boundary() -> list(integer()).
small_int_boundary() ->
    Max_small = 576460752303423487,
    [Max_small,
        Max_small + 1,
        (0 - Max_small) - 1,
        (0 - Max_small) - 2,
        (Max_small + 1) - 1].

-spec compare_rows(list({integer(), integer()})) -> nil.
compare_rows(Pairs) ->
    case Pairs of
        [] ->
            nil;

        [{A, B} | Rest] ->
            bc_io:format(
                <<"~w ~w: < ~w  <= ~w  > ~w  >= ~w  == ~w  != ~w~n"/utf8>>,
                [bc_ffi:identity(A),
                    bc_ffi:identity(B),
                    bc_ffi:identity(A < B),
                    bc_ffi:identity(A =< B),
                    bc_ffi:identity(A > B),
                    bc_ffi:identity(A >= B),
                    bc_ffi:identity(A =:= B),
                    bc_ffi:identity(A /= B)]
            ),
            compare_rows(Rest)
    end.

-spec compare_table() -> nil.
compare_table() ->
    Pairs = [{1, 2}, {2, 2}, {3, -3}, {-10, -9}],
    compare_rows(Pairs).

-spec int_float_equality() -> {boolean(), boolean(), boolean(), boolean()}.
int_float_equality() ->
    {erlang:'=='(1, 1.0),
        erlang:'=:='(1, 1.0),
        erlang:'=='(0, -0.0),
        erlang:'=:='(2, 2)}.

-spec abs_min_max() -> list(integer()).
abs_min_max() ->
    [erlang:abs(-17),
        erlang:abs(17),
        erlang:min(3, -4),
        erlang:max(3, -4),
        erlang:max(-1, -1)].

-spec to_string_bases() -> list(binary()).
to_string_bases() ->
    [erlang:integer_to_binary(-255, 16),
        erlang:integer_to_binary(255, 2),
        erlang:integer_to_binary(1295, 36),
        erlang:integer_to_binary(0, 7),
        erlang:integer_to_binary(123456789, 10)].

-spec parse_ints() -> list(integer()).
parse_ints() ->
    [erlang:binary_to_integer(<<"-0042"/utf8>>),
        erlang:binary_to_integer(<<"+7"/utf8>>),
        erlang:binary_to_integer(<<"ff"/utf8>>, 16),
        erlang:binary_to_integer(<<"-Zz"/utf8>>, 36)].

-spec parse_bad(binary()) -> integer().
parse_bad(Text) ->
    erlang:binary_to_integer(Text).

-spec sum_loop(integer(), integer()) -> integer().
sum_loop(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            sum_loop(N - 1, Acc + N)
    end.

-spec sum_to(integer()) -> integer().
sum_to(N) ->
    sum_loop(N, 0).

-spec literals_and_precedence() -> list(integer()).
literals_and_precedence() ->
    [16#FF,
        8#17,
        2#1011,
        1000000,
        2 + (3 * 4),
        (2 + 3) * 4,
        (10 - 4) - 3,
        (100 div 7) rem 4].
