-module(flt_convert).
-compile([no_auto_import, nowarn_unused_vars]).

-export([default_table/0, short_table/0, decimals_table/0, scientific_table/0, decimals_rounding/0, decimals_zero_rounding/0, decimals_huge_value/0, decimals_limit/0, decimals_max/0, decimals_too_many/0, scientific_max/0, scientific_too_many/0, compact_forms/0, last_option_wins/0, bad_options/0, to_list_forms/0, parse_ok/0, parse_underflow/0, parse_overflow/0, parse_errors/0, parse_not_binary/0, list_parse/0, round_trips/0, float_of_ints/0, sum_printed/0]).
-export_type([opt/0]).

-type opt() :: {decimals, integer()} | {scientific, integer()} | compact | short.

-spec each(list(AG), fun((AG) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec attempt(fun(() -> binary())) -> bc_io:dynamic_().
attempt(F) ->
    case bc_ffi:try_call(F) of
        {returned, V} ->
            V;

        {caught, _, Reason} ->
            Reason
    end.

-spec map(list(AI), fun((AI) -> AK)) -> list(AK).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec default_table() -> nil.
default_table() ->
    each(
        [0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            2.5,
            3.14159265358979,
            100.0,
            123456.789,
            1.0e-5,
            1.0e15,
            1.0e16,
            1.0e21,
            9.999999e22,
            5.0e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.3],
        fun(V) ->
            bc_io:format(
                <<"~s~n"/utf8>>,
                [bc_ffi:identity(erlang:float_to_binary(V))]
            )
        end
    ).

-spec short_table() -> nil.
short_table() ->
    each(
        [0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            2.5,
            3.14159265358979,
            100.0,
            123456.789,
            1.0e-5,
            1.0e15,
            1.0e16,
            1.0e21,
            9.999999e22,
            5.0e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.3],
        fun(V) ->
            bc_io:format(
                <<"~s~n"/utf8>>,
                [bc_ffi:identity(erlang:float_to_binary(V, [short]))]
            )
        end
    ).

-spec decimals_table() -> nil.
decimals_table() ->
    each(
        [0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            2.5,
            3.14159265358979,
            100.0,
            123456.789,
            1.0e-5,
            1.0e15,
            1.0e16,
            1.0e21,
            9.999999e22,
            5.0e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.3],
        fun(V) ->
            bc_io:format(
                <<"~s | ~s | ~s~n"/utf8>>,
                [attempt(
                        fun() -> erlang:float_to_binary(V, [{decimals, 0}]) end
                    ),
                    attempt(
                        fun() -> erlang:float_to_binary(V, [{decimals, 3}]) end
                    ),
                    attempt(
                        fun() ->
                            erlang:float_to_binary(V, [{decimals, 3}, compact])
                        end
                    )]
            )
        end
    ).

-spec scientific_table() -> nil.
scientific_table() ->
    each(
        [0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            2.5,
            3.14159265358979,
            100.0,
            123456.789,
            1.0e-5,
            1.0e15,
            1.0e16,
            1.0e21,
            9.999999e22,
            5.0e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.3],
        fun(V) ->
            bc_io:format(
                <<"~s | ~s | ~s~n"/utf8>>,
                [bc_ffi:identity(erlang:float_to_binary(V, [{scientific, 0}])),
                    bc_ffi:identity(
                        erlang:float_to_binary(V, [{scientific, 4}])
                    ),
                    bc_ffi:identity(
                        erlang:float_to_binary(V, [{scientific, 17}])
                    )]
            )
        end
    ).

-spec decimals_rounding() -> list(binary()).
decimals_rounding() ->
    map(
        [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, -0.5, -2.5, 0.045],
        fun(V) -> erlang:float_to_binary(V, [{decimals, 2}]) end
    ).

-spec decimals_zero_rounding() -> list(binary()).
decimals_zero_rounding() ->
    map(
        [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994],
        fun(V) -> erlang:float_to_binary(V, [{decimals, 0}]) end
    ).

-spec decimals_huge_value() -> binary().
decimals_huge_value() ->
    erlang:float_to_binary(1.0e300, [{decimals, 0}]).

-spec decimals_limit() -> list(bc_try:outcome()).
decimals_limit() ->
    map(
        [1.0e20, 1.0e21, 1.0e22, 1.0e25, 1.0e30, 1.0e40],
        fun(V) ->
            bc_ffi:try_call(
                fun() -> erlang:float_to_binary(V, [{decimals, 1}]) end
            )
        end
    ).

-spec decimals_max() -> binary().
decimals_max() ->
    erlang:float_to_binary(0.1, [{decimals, 253}]).

-spec decimals_too_many() -> binary().
decimals_too_many() ->
    erlang:float_to_binary(0.1, [{decimals, 254}]).

-spec scientific_max() -> list(binary()).
scientific_max() ->
    [erlang:float_to_binary(1.0, [{scientific, 60}]),
        erlang:float_to_binary(1.0 / 3.0, [{scientific, 40}])].

-spec scientific_too_many() -> binary().
scientific_too_many() ->
    erlang:float_to_binary(1.0, [{scientific, 300}]).

-spec compact_forms() -> list(binary()).
compact_forms() ->
    [erlang:float_to_binary(1.0, [{decimals, 5}, compact]),
        erlang:float_to_binary(1.5, [compact, {decimals, 5}]),
        erlang:float_to_binary(100.0, [{decimals, 2}, compact]),
        erlang:float_to_binary(0.0, [{decimals, 9}, compact]),
        erlang:float_to_binary(1.0e10, [{decimals, 3}, compact]),
        erlang:float_to_binary(1.0e-10, [{decimals, 3}, compact])].

-spec last_option_wins() -> list(binary()).
last_option_wins() ->
    [erlang:float_to_binary(3.25, [{decimals, 1}, {scientific, 2}]),
        erlang:float_to_binary(3.25, [{scientific, 2}, {decimals, 1}]),
        erlang:float_to_binary(3.25, [short, {decimals, 4}]),
        erlang:float_to_binary(3.25, [{decimals, 4}, short])].

-spec bad_options() -> list(bc_try:outcome()).
bad_options() ->
    [bc_ffi:try_call(
            fun() ->
                erlang:float_to_binary(1.0, [bc_ffi:identity({{decimals, -1}})])
            end
        ),
        bc_ffi:try_call(
            fun() -> erlang:float_to_binary(1.0, [{<<"decimals"/utf8>>, 2}]) end
        ),
        bc_ffi:try_call(
            fun() -> erlang:float_to_binary(1.0, bc_ffi:identity(compact)) end
        ),
        bc_ffi:try_call(fun() -> erlang:float_to_binary(1, []) end),
        bc_ffi:try_call(
            fun() -> erlang:float_to_binary(1.0, [{scientific, -1}]) end
        ),
        bc_ffi:try_call(
            fun() -> erlang:float_to_binary(1.0, [{decimals, -1}]) end
        )].

-spec to_list_forms() -> list(bc_io:dynamic_()).
to_list_forms() ->
    [erlang:float_to_list(0.5),
        erlang:float_to_list(0.5, [short]),
        erlang:float_to_list(2.0 / 3.0, [{decimals, 4}]),
        erlang:float_to_list(12345.678, [{scientific, 2}]),
        erlang:float_to_list(-0.0, [short])].

-spec parse_ok() -> list(float()).
parse_ok() ->
    map(
        [<<"1.0"/utf8>>,
            <<"-1.0"/utf8>>,
            <<"+1.5"/utf8>>,
            <<"1.0e5"/utf8>>,
            <<"1.0E5"/utf8>>,
            <<"1.5e-3"/utf8>>,
            <<"1.5e+3"/utf8>>,
            <<"0.0"/utf8>>,
            <<"-0.0"/utf8>>,
            <<"00012.5000"/utf8>>,
            <<"1.7976931348623157e308"/utf8>>,
            <<"4.9e-324"/utf8>>,
            <<"123456789012345678901234567890.0"/utf8>>],
        fun erlang:binary_to_float/1
    ).

-spec parse_underflow() -> list(float()).
parse_underflow() ->
    [erlang:binary_to_float(<<"1.0e-400"/utf8>>),
        erlang:binary_to_float(<<"-1.0e-400"/utf8>>),
        erlang:binary_to_float(<<"2.4e-324"/utf8>>)].

-spec parse_overflow() -> float().
parse_overflow() ->
    erlang:binary_to_float(<<"1.0e400"/utf8>>).

-spec parse_errors() -> list(bc_try:outcome()).
parse_errors() ->
    map(
        [<<"1"/utf8>>,
            <<"1e5"/utf8>>,
            <<".5"/utf8>>,
            <<"5."/utf8>>,
            <<"1.0e"/utf8>>,
            <<"1.0e+"/utf8>>,
            <<"inf"/utf8>>,
            <<"nan"/utf8>>,
            <<" 1.0"/utf8>>,
            <<"1.0 "/utf8>>,
            <<"1,0"/utf8>>,
            <<"1_0.0"/utf8>>,
            <<"0x1.0"/utf8>>,
            <<""/utf8>>,
            <<"--1.0"/utf8>>,
            <<"1.0.0"/utf8>>],
        fun(S) -> bc_ffi:try_call(fun() -> erlang:binary_to_float(S) end) end
    ).

-spec parse_not_binary() -> float().
parse_not_binary() ->
    erlang:binary_to_float(bc_ffi:identity(1.0)).

-spec list_parse() -> list(bc_try:outcome()).
list_parse() ->
    map(
        [<<"3.75"/utf8>>, <<"-2.0e-2"/utf8>>, <<"7"/utf8>>, <<"1.0e999"/utf8>>],
        fun(S) ->
            bc_ffi:try_call(
                fun() -> erlang:list_to_float(erlang:binary_to_list(S)) end
            )
        end
    ).

-spec round_trips() -> list(boolean()).
round_trips() ->
    map(
        [0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            2.5,
            3.14159265358979,
            100.0,
            123456.789,
            1.0e-5,
            1.0e15,
            1.0e16,
            1.0e21,
            9.999999e22,
            5.0e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            0.3],
        fun(V) ->
            erlang:'=:='(
                erlang:binary_to_float(erlang:float_to_binary(V, [short])),
                V
            )
            andalso erlang:'=:='(
                erlang:binary_to_float(erlang:float_to_binary(V)),
                V
            )
        end
    ).

-spec float_of_ints() -> list(float()).
float_of_ints() ->
    [erlang:float(0),
        erlang:float(-7),
        erlang:float(9007199254740993),
        erlang:float(123456789012345678901234567890)].

-spec sum_printed() -> binary().
sum_printed() ->
    erlang:float_to_binary(0.1 + 0.2, [short]).
