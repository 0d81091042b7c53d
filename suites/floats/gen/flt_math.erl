-module(flt_math).
-compile([no_auto_import, nowarn_unused_vars]).

-export([trig_table/0, inverse_trig/0, hyperbolic/0, exp_logs/0, powers/0, sqrt_erf/0, constants/0, math_floor_ceil/0, rounding_bifs/0, round_huge/0, round_of_integer/0, round_of_atom/0, math_errors/0, sqrt_negative_stack/0, math_on_integers/0, math_on_atom/0, float_overflow_ops/0, neg_zero/1, neg_zero_match/1, neg_zero_terms/1, neg_zero_map_keys/1, neg_zero_printed/1, newton_sqrt/0, series_pi/0]).

-spec each(list(AR), fun((AR) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec map(list(AT), fun((AT) -> AV)) -> list(AV).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec trig_table() -> nil.
trig_table() ->
    each(
        [0.0, 0.5, 1.0, 1.5707963267948966, 3.141592653589793, -2.0],
        fun(X) ->
            bc_io:format(
                <<"~w: sin ~w cos ~w tan ~w~n"/utf8>>,
                [bc_ffi:identity(X),
                    bc_ffi:identity(math:sin(X)),
                    bc_ffi:identity(math:cos(X)),
                    bc_ffi:identity(math:tan(X))]
            )
        end
    ).

-spec inverse_trig() -> list(float()).
inverse_trig() ->
    [math:asin(1.0),
        math:asin(-0.5),
        math:acos(0.0),
        math:acos(-1.0),
        math:atan(1.0),
        math:atan(-1.0e10),
        math:atan2(1.0, -1.0),
        math:atan2(-0.0, -1.0),
        math:atan2(0.0, 0.0),
        math:atan2(-1.0, 0.0)].

-spec hyperbolic() -> list(float()).
hyperbolic() ->
    [math:sinh(1.0),
        math:cosh(1.0),
        math:tanh(0.5),
        math:tanh(30.0),
        math:asinh(1.0),
        math:acosh(2.0),
        math:atanh(0.5),
        math:sinh(-0.0)].

-spec exp_logs() -> list(float()).
exp_logs() ->
    [math:exp(0.0),
        math:exp(1.0),
        math:exp(-745.0),
        math:exp(-800.0),
        math:log(2.718281828459045),
        math:log2(1024.0),
        math:log2(3.0),
        math:log10(1000.0),
        math:log10(2.0),
        math:log(1.0)].

-spec powers() -> list(float()).
powers() ->
    [math:pow(2.0, 10.0),
        math:pow(2.0, 0.5),
        math:pow(-8.0, 3.0),
        math:pow(0.0, 0.0),
        math:pow(10.0, -3.0),
        math:pow(2.0, 1023.0),
        math:pow(2.0, -1074.0),
        math:pow(-1.0, 0.5 * 2.0)].

-spec sqrt_erf() -> list(float()).
sqrt_erf() ->
    [math:sqrt(2.0),
        math:sqrt(0.0),
        math:sqrt(1.0e-300),
        math:sqrt(1.0e300),
        math:erf(0.5),
        math:erfc(0.5),
        math:erf(-3.0),
        math:erfc(10.0)].

-spec constants() -> list(float()).
constants() ->
    [math:pi(),
        math:tau(),
        math:pi() * 2.0,
        math:sin(math:pi()),
        math:cos(math:tau())].

-spec math_floor_ceil() -> list(float()).
math_floor_ceil() ->
    [math:ceil(1.2),
        math:ceil(-1.2),
        math:floor(1.8),
        math:floor(-1.8),
        math:ceil(-0.5),
        math:floor(0.5),
        math:ceil(1.0e300),
        math:fmod(7.5, 2.0),
        math:fmod(-7.5, 2.0),
        math:fmod(7.5, -2.0)].

-spec rounding_bifs() -> nil.
rounding_bifs() ->
    each(
        [0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            -2.5,
            0.49999999999999994,
            2.4,
            -2.6,
            1.0e20,
            -1.0e20,
            4503599627370497.0],
        fun(X) ->
            bc_io:format(
                <<"~w: round ~w trunc ~w ceil ~w floor ~w~n"/utf8>>,
                [bc_ffi:identity(X),
                    bc_ffi:identity(erlang:round(X)),
                    bc_ffi:identity(erlang:trunc(X)),
                    bc_ffi:identity(erlang:ceil(X)),
                    bc_ffi:identity(erlang:floor(X))]
            )
        end
    ).

-spec round_huge() -> list(integer()).
round_huge() ->
    [erlang:round(1.7976931348623157e308) div 1000000000000000000000000000000000000000000000000,
        erlang:trunc(-1.0e30),
        erlang:ceil(1.0e25),
        erlang:floor(-123456789012345678901234567890.0)].

-spec round_of_integer() -> integer().
round_of_integer() ->
    erlang:round(7).

-spec round_of_atom() -> integer().
round_of_atom() ->
    erlang:round(bc_ffi:identity(true)).

-spec math_errors() -> list(bc_try:outcome()).
math_errors() ->
    [bc_ffi:try_call(fun() -> math:log(-1.0) end),
        bc_ffi:try_call(fun() -> math:log(0.0) end),
        bc_ffi:try_call(fun() -> math:sqrt(-1.0) end),
        bc_ffi:try_call(fun() -> math:acos(2.0) end),
        bc_ffi:try_call(fun() -> math:asin(-1.5) end),
        bc_ffi:try_call(fun() -> math:pow(10.0, 400.0) end),
        bc_ffi:try_call(fun() -> math:exp(1000.0) end),
        bc_ffi:try_call(fun() -> math:pow(-8.0, 1.0 / 3.0) end),
        bc_ffi:try_call(fun() -> math:atanh(1.0) end),
        bc_ffi:try_call(fun() -> math:acosh(0.5) end),
        bc_ffi:try_call(fun() -> math:fmod(1.0, 0.0) end),
        bc_ffi:try_call(fun() -> math:log10(-0.0) end)].

-spec sqrt_negative_stack() -> float().
sqrt_negative_stack() ->
    R = math:sqrt(-4.0),
    R + 1.0.

-spec math_on_integers() -> list(float()).
math_on_integers() ->
    [math:sqrt(16),
        math:pow(2, 10),
        math:pow(2, 0.5),
        math:sqrt(1000000000000000000000000000000)].

-spec math_on_atom() -> float().
math_on_atom() ->
    math:sqrt(bc_ffi:identity(nil)).

-spec float_overflow_ops() -> list(bc_try:outcome()).
float_overflow_ops() ->
    [bc_ffi:try_call(fun() -> 1.0e308 * 10.0 end),
        bc_ffi:try_call(fun() -> 1.0e308 + 1.0e308 end),
        bc_ffi:try_call(fun() -> 1.0e-308 / 1.0e10 end),
        bc_ffi:try_call(fun() -> 0.0 - (1.7976931348623157e308 * 2.0) end),
        bc_ffi:try_call(fun() -> 5.0e-324 / 2.0 end)].

-spec neg_zero(float()) -> list(bc_io:dynamic_()).
neg_zero(X) ->
    [bc_ffi:identity(X),
        bc_ffi:identity(erlang:'=='(X, 0.0)),
        bc_ffi:identity(erlang:'=:='(X, 0.0)),
        bc_ffi:identity(erlang:'<'(X, 0.0)),
        bc_ffi:identity(erlang:'<'(0.0, X)),
        bc_ffi:identity(X + 0.0),
        bc_ffi:identity(X * -1.0),
        bc_ffi:identity(erlang:abs(X)),
        bc_ffi:identity(erlang:'-'(X)),
        bc_ffi:identity(0.0 - X),
        bc_ffi:identity(erlang:round(X)),
        bc_ffi:identity(erlang:float_to_binary(X, []))].

-spec neg_zero_match(float()) -> binary().
neg_zero_match(X) ->
    case X of
        0.0 ->
            <<"matched 0.0"/utf8>>;

        _ ->
            <<"no match"/utf8>>
    end.

-spec neg_zero_terms(float()) -> list(bc_io:dynamic_()).
neg_zero_terms(X) ->
    [bc_ffi:identity(erlang:term_to_binary(X)),
        bc_ffi:identity(erlang:term_to_binary(0.0)),
        bc_ffi:identity(erlang:'=='(erlang:phash2(X), erlang:phash2(0.0))),
        bc_ffi:identity(lists:usort([X, 0.0, X])),
        bc_ffi:identity(lists:sort([0.0, X, 0.0, X]))].

-spec neg_zero_map_keys(float()) -> {integer(), bc_io:dynamic_()}.
neg_zero_map_keys(X) ->
    M = maps:from_list([{0.0, <<"pos"/utf8>>}, {X, <<"neg"/utf8>>}]),
    {maps:size(M), maps:to_list(M)}.

-spec neg_zero_printed(float()) -> nil.
neg_zero_printed(X) ->
    bc_io:format(
        <<"~p ~w ~f ~e ~g ~.1f~n"/utf8>>,
        [bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X)]
    ).

-spec newton(float(), float(), integer()) -> float().
newton(V, Guess, N) ->
    case N of
        0 ->
            Guess;

        _ ->
            newton(V, (Guess + (case Guess of
                    0.0 -> 0.0;
                    Gleam@denominator -> V / Gleam@denominator
                end)) / 2.0, N - 1)
    end.

-spec newton_sqrt() -> list(float()).
newton_sqrt() ->
    map([2.0, 10.0, 12345.0, 1.0e-6], fun(V) -> newton(V, V, 30) end).

-spec leibniz(integer(), float(), float()) -> float().
leibniz(K, Acc, Sign) ->
    case K of
        100000 ->
            Acc;

        _ ->
            Term = case erlang:float((2 * K) + 1) of
                0.0 -> 0.0;
                Gleam@denominator -> Sign / Gleam@denominator
            end,
            leibniz(K + 1, Acc + Term, 0.0 - Sign)
    end.

-spec series_pi() -> float().
series_pi() ->
    leibniz(0, 0.0, 1.0) * 4.0.
