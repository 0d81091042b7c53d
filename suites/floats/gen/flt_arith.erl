-module(flt_arith).
-compile([no_auto_import, nowarn_unused_vars]).

-export([add/2, sub/2, mul/2, gleam_div/2, raw_div/2, raw_mul/2, tenth_sum/0, rounding_table/0, round_big/0, conversions/0, parse_bad/1, comparisons/0, extremes/0, math_basics/0, sqrt_negative/0, log_zero/0, compound_interest/3]).

-spec add(float(), float()) -> float().
add(A, B) ->
    A + B.

-spec sub(float(), float()) -> float().
sub(A, B) ->
    A - B.

-spec mul(float(), float()) -> float().
mul(A, B) ->
    A * B.

-spec gleam_div(float(), float()) -> float().
gleam_div(A, B) ->
    case B of
        0.0 -> 0.0;
        Gleam@denominator -> A / Gleam@denominator
    end.

-spec raw_div(float(), float()) -> float().
raw_div(A, B) ->
    erlang:'/'(A, B).

-spec raw_mul(float(), float()) -> float().
raw_mul(A, B) ->
    erlang:'*'(A, B).

-spec sum_tenths(integer(), float()) -> float().
sum_tenths(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            sum_tenths(N - 1, Acc + 0.1)
    end.

-spec tenth_sum() -> {float(), boolean()}.
tenth_sum() ->
    S = sum_tenths(10, 0.0),
    {S, S =:= 1.0}.

-spec rounding_rows(list(float())) -> nil.
rounding_rows(Values) ->
    case Values of
        [] ->
            nil;

        [V | Rest] ->
            bc_io:format(
                <<"~w: round ~w trunc ~w floor ~w ceil ~w~n"/utf8>>,
                [bc_ffi:identity(V),
                    bc_ffi:identity(erlang:round(V)),
                    bc_ffi:identity(erlang:trunc(V)),
                    bc_ffi:identity(erlang:floor(V)),
                    bc_ffi:identity(erlang:ceil(V))]
            ),
            rounding_rows(Rest)
    end.

-spec rounding_table() -> nil.
rounding_table() ->
    Values = [2.5,
        -2.5,
        3.5,
        0.49999999999999994,
        -0.5,
        2.7,
        -2.7,
        1.0e15 + 0.5],
    rounding_rows(Values).

-spec round_big() -> list(integer()).
round_big() ->
    [erlang:round(1.0e20),
        erlang:trunc(-1.5e19),
        erlang:floor(1.0e300 / 1.0e280)].

-spec conversions() -> list(float()).
conversions() ->
    [erlang:float(3),
        erlang:float(-12345678901),
        erlang:binary_to_float(<<"1.5e3"/utf8>>),
        erlang:binary_to_float(<<"-0.000125"/utf8>>),
        erlang:list_to_float([50, 46, 53]),
        erlang:binary_to_float(<<"1.0E-5"/utf8>>)].

-spec parse_bad(binary()) -> float().
parse_bad(Text) ->
    erlang:binary_to_float(Text).

-spec comparisons() -> list(boolean()).
comparisons() ->
    [1.5 < 2.5,
        -0.0 =:= 0.0,
        erlang:'=:='(0.0, -0.0),
        erlang:'=='(2, 2.0),
        erlang:'=:='(2, 2.0),
        erlang:'<'(1, 1.5),
        erlang:'<'(2.0, 2),
        erlang:'<'(2, 2.0),
        3.0 >= 3.0].

-spec extremes() -> list(float()).
extremes() ->
    [1.7976931348623157e308,
        2.2250738585072014e-308,
        5.0e-324,
        5.0e-324 / 2.0,
        9007199254740992.0 + 1.0,
        0.0 - 0.0,
        -0.0].

-spec math_basics() -> list(float()).
math_basics() ->
    [math:sqrt(2.0),
        math:sqrt(144.0),
        math:pow(2.0, 10.0),
        math:pow(2.0, -2.0),
        math:pi(),
        math:log(1.0),
        erlang:abs(-3.25)].

-spec sqrt_negative() -> float().
sqrt_negative() ->
    math:sqrt(-1.0).

-spec log_zero() -> float().
log_zero() ->
    math:log(0.0).

-spec compound_interest(float(), float(), integer()) -> float().
compound_interest(Principal, Rate, Years) ->
    case Years of
        0 ->
            Principal;

        _ ->
            compound_interest(Principal * (1.0 + Rate), Rate, Years - 1)
    end.
