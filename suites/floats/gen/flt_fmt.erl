-module(flt_fmt).
-compile([no_auto_import, nowarn_unused_vars]).

-export([print_fixed/0, print_scientific/0, to_binary_default/0, to_binary_decimals/0, to_binary_scientific/0, to_binary_short/0, to_list_printed/0, decimals_too_many/0, fixed_zero_precision/0, io_lib_float/0, print_float_list_wrapped/0, print_shortest/0, print_general/0]).
-export_type([float_option/0]).

-type float_option() :: {decimals, integer()} |
    {scientific, integer()} |
    compact |
    short.

-spec print_fixed() -> nil.
print_fixed() ->
    bc_io:format(<<"[~f]~n"/utf8>>, [bc_ffi:identity(3.14159265)]),
    bc_io:format(<<"[~.2f]~n"/utf8>>, [bc_ffi:identity(3.14159265)]),
    bc_io:format(<<"[~.1f]~n"/utf8>>, [bc_ffi:identity(2.25)]),
    bc_io:format(<<"[~10.3f]~n"/utf8>>, [bc_ffi:identity(-3.14159265)]),
    bc_io:format(<<"[~-10.1f]~n"/utf8>>, [bc_ffi:identity(42.25)]),
    bc_io:format(<<"[~3.1f]~n"/utf8>>, [bc_ffi:identity(12345.0)]),
    bc_io:format(<<"[~f]~n"/utf8>>, [bc_ffi:identity(1.0e20)]),
    bc_io:format(<<"[~.3f]~n"/utf8>>, [bc_ffi:identity(0.0005)]),
    bc_io:format(<<"[~.1f]~n"/utf8>>, [bc_ffi:identity(0.05)]),
    bc_io:format(<<"[~f]~n"/utf8>>, [bc_ffi:identity(-0.0)]).

-spec print_scientific() -> nil.
print_scientific() ->
    bc_io:format(<<"[~e]~n"/utf8>>, [bc_ffi:identity(3.14159265)]),
    bc_io:format(<<"[~.3e]~n"/utf8>>, [bc_ffi:identity(123456.0)]),
    bc_io:format(<<"[~.2e]~n"/utf8>>, [bc_ffi:identity(0.000999)]),
    bc_io:format(<<"[~15.4e]~n"/utf8>>, [bc_ffi:identity(-1.0e-300)]),
    bc_io:format(<<"[~e]~n"/utf8>>, [bc_ffi:identity(0.0)]),
    bc_io:format(<<"[~e]~n"/utf8>>, [bc_ffi:identity(1.7976931348623157e308)]).

-spec to_binary_default() -> list(binary()).
to_binary_default() ->
    [erlang:float_to_binary(0.1),
        erlang:float_to_binary(-1.5),
        erlang:float_to_binary(1.0e100)].

-spec to_binary_decimals() -> list(binary()).
to_binary_decimals() ->
    [erlang:float_to_binary(3.14159, [{decimals, 2}]),
        erlang:float_to_binary(2.5, [{decimals, 0}]),
        erlang:float_to_binary(1.0, [{decimals, 4}, compact]),
        erlang:float_to_binary(1.25, [{decimals, 10}, compact]),
        erlang:float_to_binary(0.1, [{decimals, 20}]),
        erlang:float_to_binary(-0.005, [{decimals, 2}]),
        erlang:float_to_binary(1.0e15, [{decimals, 1}])].

-spec to_binary_scientific() -> list(binary()).
to_binary_scientific() ->
    [erlang:float_to_binary(3.14159, [{scientific, 3}]),
        erlang:float_to_binary(0.0, [{scientific, 2}]),
        erlang:float_to_binary(-123456.0, [{scientific, 0}]),
        erlang:float_to_binary(1.0e-7, [{scientific, 5}])].

-spec to_binary_short() -> list(binary()).
to_binary_short() ->
    [erlang:float_to_binary(0.1, [short]),
        erlang:float_to_binary(1.0e22, [short]),
        erlang:float_to_binary(123.456, [short]),
        erlang:float_to_binary(-5.0e-324, [short])].

-spec to_list_printed() -> nil.
to_list_printed() ->
    bc_io:format(
        <<"~s ~s~n"/utf8>>,
        [bc_ffi:identity(erlang:float_to_list(2.0 / 3.0, [{decimals, 5}])),
            bc_ffi:identity(erlang:float_to_list(1024.0, [{scientific, 2}]))]
    ).

-spec decimals_too_many() -> binary().
decimals_too_many() ->
    erlang:float_to_binary(1.0, [{decimals, 254}]).

-spec fixed_zero_precision() -> list(integer()).
fixed_zero_precision() ->
    io_lib:format(<<"~.0f"/utf8>>, [bc_ffi:identity(2.5)]).

-spec io_lib_float() -> binary().
io_lib_float() ->
    erlang:iolist_to_binary(
        io_lib:format(
            <<"~.4f|~w|~e"/utf8>>,
            [bc_ffi:identity(1.0 / 7.0),
                bc_ffi:identity(1.0 / 7.0),
                bc_ffi:identity(1.0 / 7.0)]
        )
    ).

-spec pow(float(), integer()) -> float().
pow(X, N) ->
    case N of
        0 ->
            1.0;

        _ ->
            X * pow(X, N - 1)
    end.

-spec powers(float(), integer(), list(float())) -> list(float()).
powers(X, N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            powers(X, N - 1, [pow(X, N) | Acc])
    end.

-spec print_float_list_wrapped() -> nil.
print_float_list_wrapped() ->
    bc_io:format(<<"~p~n"/utf8>>, [bc_ffi:identity(powers(1.1, 16, []))]).

-spec each(list(AM), fun((AM) -> nil)) -> nil.
each(Items, F) ->
    case Items of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec print_shortest() -> nil.
print_shortest() ->
    each(
        [0.1,
            1.0,
            -2.5,
            100.0,
            123456.789,
            1.0e-10,
            1.0e21,
            1.0e22,
            123456789012345680.0,
            0.000123,
            5.0e-324,
            1.7976931348623157e308,
            -0.0],
        fun(F) ->
            bc_io:format(
                <<"~p ~w~n"/utf8>>,
                [bc_ffi:identity(F), bc_ffi:identity(F)]
            )
        end
    ).

-spec print_general() -> nil.
print_general() ->
    each(
        [0.05, 0.1, 1.5, 12345.0, 123456.0, 1234567.0, 1.0e-5],
        fun(F) ->
            bc_io:format(
                <<"[~g] [~.3g]~n"/utf8>>,
                [bc_ffi:identity(F), bc_ffi:identity(F)]
            )
        end
    ).
