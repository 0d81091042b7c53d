-module(flt_print).
-compile([no_auto_import, nowarn_unused_vars]).

-export([large_values/0, small_values/0, awkward_values/0, negative_values/0, precisions/0, widths/0, fill_characters/0, g_switch_points/0, io_lib_float_results/0, float_in_structures/0, long_float_list/0, bad_float_directives/0]).
-export_type([short/0]).

-type short() :: short.

-spec each(list(AC), fun((AC) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec show_all(list(float())) -> nil.
show_all(Xs) ->
    each(
        Xs,
        fun(X) ->
            bc_io:format(
                <<"~p | ~w | ~f | ~e | ~g~n"/utf8>>,
                [bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X)]
            )
        end
    ).

-spec large_values() -> nil.
large_values() ->
    show_all(
        [1.0e15,
            1.0e16,
            1.0e17,
            123456789012345680.0,
            1.0e21,
            1.0e22,
            1.0e23,
            1.0e100,
            1.7976931348623157e308,
            8.98846567431158e307,
            4.5035996273704955e15,
            9.007199254740993e15]
    ).

-spec small_values() -> nil.
small_values() ->
    show_all(
        [1.0e-4,
            1.0e-5,
            0.001,
            1.0e-10,
            1.0e-100,
            2.2250738585072014e-308,
            2.225073858507201e-308,
            5.0e-324,
            1.0e-323,
            4.9406564584124654e-324,
            0.000123456789]
    ).

-spec awkward_values() -> nil.
awkward_values() ->
    show_all(
        [0.1,
            0.2,
            0.30000000000000004,
            1.1,
            2.675,
            1.005,
            9.95,
            0.5,
            0.3333333333333333,
            0.6666666666666666,
            100.0,
            1234567.0,
            12345678.9,
            0.9999999999999999,
            1.0000000000000002]
    ).

-spec negative_values() -> nil.
negative_values() ->
    show_all([-1.0e22, -5.0e-324, -0.1, -1.0 / 3.0, -123.456]).

-spec precisions() -> nil.
precisions() ->
    each(
        [2, 3, 5, 10, 17, 20],
        fun(P) ->
            bc_io:format(
                <<"~w: [~.*f] [~.*e] [~.*g]~n"/utf8>>,
                [bc_ffi:identity(P),
                    bc_ffi:identity(P),
                    bc_ffi:identity(3.14159265358979),
                    bc_ffi:identity(P),
                    bc_ffi:identity(3.14159265358979),
                    bc_ffi:identity(P),
                    bc_ffi:identity(3.14159265358979)]
            )
        end
    ).

-spec widths() -> nil.
widths() ->
    X = 2.718281828459045,
    bc_io:format(
        <<"[~12f] [~-12f] [~12.3f] [~-12.3f] [~012.3f]~n"/utf8>>,
        [bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X)]
    ),
    bc_io:format(
        <<"[~15e] [~-15e] [~15.3e] [~15.3g]~n"/utf8>>,
        [bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X)]
    ),
    bc_io:format(
        <<"[~3f] [~4.2f] [~5.2e]~n"/utf8>>,
        [bc_ffi:identity(X), bc_ffi:identity(123.456), bc_ffi:identity(X)]
    ),
    bc_io:format(
        <<"[~12p] [~-12w] [~12.5p]~n"/utf8>>,
        [bc_ffi:identity(X), bc_ffi:identity(X), bc_ffi:identity(X)]
    ),
    bc_io:format(
        <<"[~*.*f] [~-*.*f]~n"/utf8>>,
        [bc_ffi:identity(10),
            bc_ffi:identity(2),
            bc_ffi:identity(X),
            bc_ffi:identity(10),
            bc_ffi:identity(2),
            bc_ffi:identity(X)]
    ),
    bc_io:format(
        <<"[~12..*f]~n"/utf8>>,
        [bc_ffi:identity(1), bc_ffi:identity(X)]
    ).

-spec fill_characters() -> nil.
fill_characters() ->
    X = 1.5,
    bc_io:format(
        <<"[~10.2.*f] [~-10.2._f] [~10.2.0e]~n"/utf8>>,
        [bc_ffi:identity(42),
            bc_ffi:identity(X),
            bc_ffi:identity(X),
            bc_ffi:identity(X)]
    ).

-spec g_switch_points() -> nil.
g_switch_points() ->
    each(
        [0.1,
            0.09999,
            0.01,
            1.0e-5,
            99999.0,
            100000.0,
            999999.0,
            1.0e6,
            1.0e7,
            123456789.0],
        fun(X) ->
            bc_io:format(
                <<"~w -> [~g] [~.3g] [~.10g]~n"/utf8>>,
                [bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X),
                    bc_ffi:identity(X)]
            )
        end
    ).

-spec io_lib_float_results() -> list(bc_io:dynamic_()).
io_lib_float_results() ->
    [io_lib:format(<<"~.3f"/utf8>>, [bc_ffi:identity(1.0e10)]),
        io_lib:format(<<"~e"/utf8>>, [bc_ffi:identity(1.0e-300)]),
        io_lib_format:fwrite_g(0.1),
        io_lib_format:fwrite_g(1.0e-300),
        io_lib:write(1.0e22),
        erlang:float_to_list(123.0, [bc_ffi:identity(short)])].

-spec float_in_structures() -> nil.
float_in_structures() ->
    bc_io:format(
        <<"~p~n~w~n"/utf8>>,
        [bc_ffi:identity({1.0e-10, [0.5, 1.0e100], 3.0}),
            bc_ffi:identity([bc_ffi:identity(1.0e-10), bc_ffi:identity({2.5})])]
    ).

-spec make_list(integer(), float(), list(float())) -> list(float()).
make_list(N, X, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            make_list(N - 1, X * 3.7, [X | Acc])
    end.

-spec long_float_list() -> nil.
long_float_list() ->
    bc_io:format(<<"~p~n"/utf8>>, [bc_ffi:identity(make_list(30, 1.0, []))]).

-spec bad_float_directives() -> list(bc_try:outcome()).
bad_float_directives() ->
    [bc_ffi:try_call(
            fun() -> io_lib:format(<<"~f"/utf8>>, [bc_ffi:identity(1)]) end
        ),
        bc_ffi:try_call(
            fun() ->
                io_lib:format(<<"~e"/utf8>>, [bc_ffi:identity(<<"1.0"/utf8>>)])
            end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~g"/utf8>>, [bc_ffi:identity(short)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~.0e"/utf8>>, [bc_ffi:identity(1.0)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~.1e"/utf8>>, [bc_ffi:identity(1.0)]) end
        ),
        bc_ffi:try_call(
            fun() -> io_lib:format(<<"~.0f"/utf8>>, [bc_ffi:identity(2.5)]) end
        )].
