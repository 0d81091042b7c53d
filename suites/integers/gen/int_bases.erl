-module(int_bases).
-compile([no_auto_import, nowarn_unused_vars]).

-export([all_bases/0, big_in_bases/0, to_list_bases/0, parse_all_bases/0, parse_mixed_case/0, parse_round_trip/0, parse_leading_zeros/0, list_parse_bases/0, bad_base_37/0, bad_base_1/0, digit_out_of_base/0, empty_binary/0, parse_errors/0, huge_powers/0, googol_base36/0, int_float_compare/0, big_vs_float/0, sort_mixed_numbers/0, usort_int_float/0, min_max_equal/0, abs_big/0, div_rem_bignum/0, div_by_bignum_zero/0, rem_bignum_zero/0, gleam_ops_bignum/0, float_of_bignum/0, float_of_too_big/0]).

-spec pow(integer(), integer()) -> integer().
pow(B, E) ->
    case E of
        0 ->
            1;

        _ ->
            B * pow(B, E - 1)
    end.

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec each(list(BA), fun((BA) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec map(list(BC), fun((BC) -> BE)) -> list(BE).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec all_bases() -> nil.
all_bases() ->
    each(
        range(2, 36),
        fun(B) ->
            bc_io:format(
                <<"~2w: ~s ~s~n"/utf8>>,
                [bc_ffi:identity(B),
                    bc_ffi:identity(erlang:integer_to_binary(123456789, B)),
                    bc_ffi:identity(erlang:integer_to_binary(-35, B))]
            )
        end
    ).

-spec big_in_bases() -> list(binary()).
big_in_bases() ->
    N = pow(2, 100) - 1,
    map([2, 3, 8, 16, 32, 36], fun(B) -> erlang:integer_to_binary(0 - N, B) end).

-spec to_list_bases() -> list(bc_io:dynamic_()).
to_list_bases() ->
    [erlang:integer_to_list(-255, 16),
        erlang:integer_to_list(35, 36),
        erlang:integer_to_list(0, 2),
        erlang:integer_to_list(pow(36, 12), 36)].

-spec parse_all_bases() -> list(integer()).
parse_all_bases() ->
    map(
        range(2, 36),
        fun(B) ->
            erlang:binary_to_integer(<<"10"/utf8>>, B) + erlang:binary_to_integer(
                <<"-1"/utf8>>,
                B
            )
        end
    ).

-spec parse_mixed_case() -> list(integer()).
parse_mixed_case() ->
    [erlang:binary_to_integer(<<"ff"/utf8>>, 16),
        erlang:binary_to_integer(<<"FF"/utf8>>, 16),
        erlang:binary_to_integer(<<"fF"/utf8>>, 16),
        erlang:binary_to_integer(<<"zZ"/utf8>>, 36),
        erlang:binary_to_integer(<<"+Zz"/utf8>>, 36),
        erlang:binary_to_integer(<<"-0z"/utf8>>, 36)].

-spec parse_round_trip() -> list(boolean()).
parse_round_trip() ->
    N = pow(3, 300) - pow(2, 200),
    map(
        range(2, 36),
        fun(B) ->
            (erlang:binary_to_integer(erlang:integer_to_binary(N, B), B) =:= N)
            andalso (erlang:binary_to_integer(
                erlang:integer_to_binary(0 - N, B),
                B
            )
            =:= (0 - N))
        end
    ).

-spec parse_leading_zeros() -> list(integer()).
parse_leading_zeros() ->
    [erlang:binary_to_integer(
            <<"0000000000000000000000000000000000000042"/utf8>>
        ),
        erlang:binary_to_integer(<<"-000"/utf8>>),
        erlang:binary_to_integer(<<"+000123"/utf8>>),
        erlang:binary_to_integer(<<"0000ff"/utf8>>, 16)].

-spec list_parse_bases() -> list(integer()).
list_parse_bases() ->
    [erlang:list_to_integer(erlang:binary_to_list(<<"777"/utf8>>), 8),
        erlang:list_to_integer(erlang:binary_to_list(<<"-zz"/utf8>>), 36),
        erlang:list_to_integer(
            erlang:binary_to_list(<<"-12345678901234567890"/utf8>>)
        )].

-spec bad_base_37() -> binary().
bad_base_37() ->
    erlang:integer_to_binary(10, 37).

-spec bad_base_1() -> integer().
bad_base_1() ->
    erlang:binary_to_integer(<<"1"/utf8>>, 1).

-spec digit_out_of_base() -> integer().
digit_out_of_base() ->
    erlang:binary_to_integer(<<"102"/utf8>>, 2).

-spec empty_binary() -> integer().
empty_binary() ->
    erlang:binary_to_integer(<<""/utf8>>).

-spec parse_errors() -> list(bc_try:outcome()).
parse_errors() ->
    [bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"-"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"+"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<" 1"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"1 "/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"1_000"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"1.0"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"--1"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"16#FF"/utf8>>) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"g"/utf8>>, 16) end),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<"1"/utf8>>, 0) end),
        bc_ffi:try_call(
            fun() -> erlang:binary_to_integer(<<"1"/utf8>>, 10.0) end
        ),
        bc_ffi:try_call(fun() -> erlang:binary_to_integer(<<1:3>>, 10) end),
        bc_ffi:try_call(
            fun() ->
                erlang:list_to_integer(erlang:binary_to_list(<<""/utf8>>))
            end
        ),
        bc_ffi:try_call(fun() -> erlang:integer_to_binary(1.0, 10) end),
        bc_ffi:try_call(fun() -> erlang:integer_to_binary(10, 1) end)].

-spec huge_powers() -> list(integer()).
huge_powers() ->
    [erlang:byte_size(erlang:integer_to_binary(pow(2, 1000), 10)),
        erlang:byte_size(erlang:integer_to_binary(pow(7, 777), 10)),
        erlang:byte_size(erlang:integer_to_binary(pow(10, 100), 36)),
        erlang:'rem'(pow(3, 500), 1000000007),
        erlang:byte_size(erlang:integer_to_binary(pow(2, 4096), 2))].

-spec googol_base36() -> binary().
googol_base36() ->
    erlang:integer_to_binary(pow(10, 100), 36).

-spec int_float_compare() -> list(boolean()).
int_float_compare() ->
    [erlang:'=='(1, 1.0),
        erlang:'=:='(1, 1.0),
        erlang:'/='(1, 1.0),
        erlang:'=/='(1, 1.0),
        erlang:'<'(1, 1.0),
        erlang:'<'(1.0, 1),
        erlang:'=<'(1, 1.0),
        erlang:'=='(0, -0.0),
        erlang:'=:='(0, 0.0),
        erlang:'>'(2, 1.5),
        erlang:'<'(-1, -0.5)].

-spec big_vs_float() -> list(boolean()).
big_vs_float() ->
    P53 = pow(2, 53),
    [erlang:'>'(P53 + 1, 9007199254740992.0),
        erlang:'=='(P53 + 1, 9007199254740992.0),
        erlang:'=='(P53, 9007199254740992.0),
        erlang:'>'(pow(2, 1024), 1.7976931348623157e308),
        erlang:'<'(0 - pow(2, 1024), -1.7976931348623157e308),
        erlang:'=='(pow(10, 22), 1.0e22),
        erlang:'=='(pow(10, 23), 1.0e23),
        erlang:'<'(pow(10, 23), 1.0e23)].

-spec sort_mixed_numbers() -> list(bc_io:dynamic_()).
sort_mixed_numbers() ->
    lists:sort(
        [bc_ffi:identity(2),
            bc_ffi:identity(1.0),
            bc_ffi:identity(1),
            bc_ffi:identity(0.5),
            bc_ffi:identity(-0.0),
            bc_ffi:identity(0),
            bc_ffi:identity(pow(2, 70)),
            bc_ffi:identity(1.0e21),
            bc_ffi:identity(-3)]
    ).

-spec usort_int_float() -> list(bc_io:dynamic_()).
usort_int_float() ->
    lists:usort(
        [bc_ffi:identity(1),
            bc_ffi:identity(1.0),
            bc_ffi:identity(2.0),
            bc_ffi:identity(2),
            bc_ffi:identity(0),
            bc_ffi:identity(0.0),
            bc_ffi:identity(-0.0)]
    ).

-spec min_max_equal() -> list(bc_io:dynamic_()).
min_max_equal() ->
    [erlang:min(1, 1.0),
        erlang:min(1.0, 1),
        erlang:max(1, 1.0),
        erlang:max(1.0, 1),
        erlang:min(0.0, -0.0),
        erlang:max(pow(2, 64), 1.0e30),
        erlang:min(pow(2, 64), 1.0e30)].

-spec abs_big() -> list(integer()).
abs_big() ->
    [erlang:abs(0 - pow(2, 100)),
        erlang:abs(pow(2, 100)),
        erlang:abs(-576460752303423488),
        erlang:abs(0)].

-spec div_rem_bignum() -> list(integer()).
div_rem_bignum() ->
    A = pow(10, 40) + 7,
    B = pow(10, 20),
    [erlang:'div'(A, B),
        erlang:'rem'(A, B),
        erlang:'div'(0 - A, B),
        erlang:'rem'(0 - A, B),
        erlang:'div'(A, 0 - B),
        erlang:'rem'(A, 0 - B),
        erlang:'div'(B, A),
        erlang:'rem'(B, A)].

-spec div_by_bignum_zero() -> integer().
div_by_bignum_zero() ->
    erlang:'div'(pow(10, 40), 0).

-spec rem_bignum_zero() -> integer().
rem_bignum_zero() ->
    erlang:'rem'(pow(10, 40), 0).

-spec gleam_ops_bignum() -> list(integer()).
gleam_ops_bignum() ->
    A = pow(10, 30) + 3,
    [A div 7, A rem 7, (0 - A) div 7, (0 - A) rem 7, case 0 of
            0 -> 0;
            Gleam@denominator -> A div Gleam@denominator
        end, case 0 of
            0 -> 0;
            Gleam@denominator@1 -> A rem Gleam@denominator@1
        end].

-spec float_of_bignum() -> list(float()).
float_of_bignum() ->
    [erlang:float(pow(2, 53) + 1),
        erlang:float(pow(10, 22)),
        erlang:float(pow(10, 23)),
        erlang:float(0 - pow(3, 100))].

-spec float_of_too_big() -> float().
float_of_too_big() ->
    erlang:float(pow(2, 1024)).
