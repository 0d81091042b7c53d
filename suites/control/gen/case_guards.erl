-module(case_guards).
-compile([no_auto_import, nowarn_unused_vars]).

-export([route/1, classify/1, guard_mix/1, guard_const/1, greet/1, let_patterns/0, truth_table/0, list_shape/1, describe/1, fizzbuzz/0]).
-export_type([token/0]).

-type token() :: {num, integer()} | {op, binary()} | {paren, boolean()}.

-spec route(binary()) -> binary().
route(Path) ->
    case Path of
        <<"/"/utf8>> ->
            <<"home"/utf8>>;

        <<"/users/"/utf8, Id/binary>> ->
            <<"user "/utf8, Id/binary>>;

        <<"/api/v1/"/utf8, Rest/binary>> ->
            <<"api v1: "/utf8, Rest/binary>>;

        <<"/api/"/utf8, _/binary>> ->
            <<"api (old version)"/utf8>>;

        _ ->
            <<"not found"/utf8>>
    end.

-spec classify(integer()) -> binary().
classify(N) ->
    case N of
        0 ->
            <<"zero"/utf8>>;

        1 ->
            <<"odd digit"/utf8>>;

        3 ->
            <<"odd digit"/utf8>>;

        5 ->
            <<"odd digit"/utf8>>;

        7 ->
            <<"odd digit"/utf8>>;

        9 ->
            <<"odd digit"/utf8>>;

        2 ->
            <<"even digit"/utf8>>;

        4 ->
            <<"even digit"/utf8>>;

        6 ->
            <<"even digit"/utf8>>;

        8 ->
            <<"even digit"/utf8>>;

        N@1 when N@1 < 0 ->
            <<"negative"/utf8>>;

        N@2 when (N@2 >= 10) andalso (N@2 < 100) ->
            <<"two digits"/utf8>>;

        _ ->
            <<"large"/utf8>>
    end.

-spec guard_mix({float(), float()}) -> binary().
guard_mix(P) ->
    case P of
        {X, Y} when (X > 0.0) andalso (Y > 0.0) ->
            <<"quadrant 1"/utf8>>;

        {X@1, Y@1} when (X@1 < 0.0) andalso (Y@1 > 0.0) ->
            <<"quadrant 2"/utf8>>;

        {X@2, Y@2} when (X@2 =:= 0.0) orelse (Y@2 =:= 0.0) ->
            <<"on an axis"/utf8>>;

        {X@3, _} when X@3 < 0.0 ->
            <<"quadrant 3"/utf8>>;

        _ ->
            <<"quadrant 4"/utf8>>
    end.

-spec guard_const({integer(), binary()}) -> binary().
guard_const(T) ->
    case T of
        {N, Label} when N > 10 ->
            <<Label/binary, " over limit"/utf8>>;

        {N@1, _} when N@1 =:= 10 ->
            <<"at limit"/utf8>>;

        _ ->
            <<"under limit"/utf8>>
    end.

-spec greet(binary()) -> binary().
greet(Lang) ->
    case Lang of
        <<"en"/utf8>> ->
            <<"hello"/utf8>>;

        <<"fr"/utf8>> ->
            <<"bonjour"/utf8>>;

        <<"ja"/utf8>> ->
            <<"こんにちは"/utf8>>;

        <<"é"/utf8, _/binary>> ->
            <<"starts with é"/utf8>>;

        _ ->
            <<"?"/utf8>>
    end.

-spec let_patterns() -> integer().
let_patterns() ->
    {A, _, {C, _}} = {1, 2, {3, 4}},
    [First | _] = [10, 20, 30],
    (A + C) + First.

-spec map(list(AB), fun((AB) -> AD)) -> list(AD).
map(Items, F) ->
    case Items of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec truth_table() -> list(binary()).
truth_table() ->
    Bools = [{true, true}, {true, false}, {false, true}, {false, false}],
    map(Bools, fun(Pair) -> case Pair of
                {true, true} ->
                    <<"both"/utf8>>;

                {true, false} ->
                    <<"one"/utf8>>;

                {false, true} ->
                    <<"one"/utf8>>;

                {false, false} ->
                    <<"none"/utf8>>
            end end).

-spec length(list(any())) -> integer().
length(Items) ->
    case Items of
        [] ->
            0;

        [_ | Rest] ->
            1 + length(Rest)
    end.

-spec list_shape(list(integer())) -> binary().
list_shape(L) ->
    case L of
        [] ->
            <<"empty"/utf8>>;

        [X] when X < 0 ->
            <<"one negative"/utf8>>;

        [_] ->
            <<"one"/utf8>>;

        [A, B] when A =:= B ->
            <<"pair of equals"/utf8>>;

        [_, _] ->
            <<"two"/utf8>>;

        [0 | _] ->
            <<"starts with zero"/utf8>>;

        [_, _, _ | Rest] ->
            <<"three or more, tail "/utf8,
                (erlang:integer_to_binary(length(Rest)))/binary>>
    end.

-spec token_text(token()) -> binary().
token_text(T) ->
    case T of
        {num, N} ->
            erlang:integer_to_binary(N);

        {op, S} ->
            S;

        {paren, true} ->
            <<"("/utf8>>;

        {paren, false} ->
            <<")"/utf8>>
    end.

-spec describe({token(), token()}) -> binary().
describe(T) ->
    case T of
        {{num, A} = First, {num, B}} when A > B ->
            <<"descending from "/utf8, (token_text(First))/binary>>;

        {{num, _}, {num, _}} ->
            <<"numbers"/utf8>>;

        {{op, <<"+"/utf8>>}, _} ->
            <<"additive op first"/utf8>>;

        {{op, <<"-"/utf8>>}, _} ->
            <<"additive op first"/utf8>>;

        {{paren, true}, {paren, false}} ->
            <<"empty parens"/utf8>>;

        {{paren, _}, _} ->
            <<"paren first"/utf8>>;

        {_, {op, O}} ->
            <<"op second: "/utf8, O/binary>>;

        _ ->
            <<"other"/utf8>>
    end.

-spec fizz_loop(integer(), integer()) -> nil.
fizz_loop(I, N) ->
    case I > N of
        true ->
            nil;

        false ->
            Text = case {I rem 3, I rem 5} of
                {0, 0} ->
                    <<"FizzBuzz"/utf8>>;

                {0, _} ->
                    <<"Fizz"/utf8>>;

                {_, 0} ->
                    <<"Buzz"/utf8>>;

                {_, _} ->
                    erlang:integer_to_binary(I)
            end,
            bc_io:println(Text),
            fizz_loop(I + 1, N)
    end.

-spec fizzbuzz() -> nil.
fizzbuzz() ->
    fizz_loop(1, 20).
