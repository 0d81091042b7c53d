-module(prog_interp).
-compile([no_auto_import, nowarn_unused_vars]).

-export([tokenize/1, show/1, tokens/0, tokenize_error/0, eval/2, parse/1, run/1, parse_tree/0, parse_let_fn/0, arithmetic/0, scoping/0, closures/0, recursion/0, builtins/0, runtime_errors/0, syntax_errors/0, eval_values/0, deep_recursion/0, church_numerals/0]).
-export_type([token/0, expr/0, value/0]).

-type token() :: {t_int, integer()} |
    {t_name, binary()} |
    {t_sym, binary()} |
    {t_kw, binary()}.

-type expr() :: {num, integer()} |
    {bool, boolean()} |
    {var, binary()} |
    {neg, expr()} |
    {bin, binary(), expr(), expr()} |
    {'if', expr(), expr(), expr()} |
    {'let', binary(), expr(), expr()} |
    {let_rec, binary(), expr(), expr()} |
    {lambda, binary(), expr()} |
    {apply, expr(), expr()}.

-type value() :: {v_int, integer()} |
    {v_bool, boolean()} |
    {closure, binary(), expr(), list({binary(), value()})} |
    {rec_closure, binary(), binary(), expr(), list({binary(), value()})} |
    {builtin, binary()}.

-spec digit(integer()) -> boolean().
digit(C) ->
    (C >= 48) andalso (C =< 57).

-spec name_char(integer()) -> boolean().
name_char(C) ->
    (((C >= 97) andalso (C =< 122)) orelse ((C >= 48) andalso (C =< 57))) orelse (C
    =:= 95).

-spec span(bitstring(), fun((integer()) -> boolean()), bitstring(), integer()) -> {bitstring(),
    bitstring(),
    integer()}.
span(B, Ok, Acc, N) ->
    case B of
        <<C, Rest/bitstring>> ->
            case Ok(C) of
                true ->
                    span(Rest, Ok, <<Acc/bitstring, C>>, N + 1);

                false ->
                    {Acc, B, N}
            end;

        _ ->
            {Acc, B, N}
    end.

-spec reverse(list(AH), list(AH)) -> list(AH).
reverse(Xs, Acc) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec lex(bitstring(), integer(), list({token(), integer()})) -> {ok,
        list({token(), integer()})} |
    {error, binary()}.
lex(B, Pos, Acc) ->
    case B of
        <<>> ->
            {ok, reverse(Acc, [])};

        <<C, Rest/bitstring>> when ((C =:= 32) orelse (C =:= 10)) orelse (C =:= 9) ->
            lex(Rest, Pos + 1, Acc);

        <<"->"/utf8, Rest@1/bitstring>> ->
            lex(Rest@1, Pos + 2, [{{t_sym, <<"->"/utf8>>}, Pos} | Acc]);

        <<"=="/utf8, Rest@2/bitstring>> ->
            lex(Rest@2, Pos + 2, [{{t_sym, <<"=="/utf8>>}, Pos} | Acc]);

        <<C@1, Rest@3/bitstring>> when ((((((((C@1 =:= 43) orelse (C@1 =:= 45)) orelse (C@1 =:= 42)) orelse (C@1 =:= 47)) orelse (C@1 =:= 37)) orelse (C@1 =:= 40)) orelse (C@1 =:= 41)) orelse (C@1 =:= 60)) orelse (C@1 =:= 61) ->
            lex(
                Rest@3,
                Pos + 1,
                [{{t_sym, bc_ffi:identity(<<C@1>>)}, Pos} | Acc]
            );

        <<C@2, _/bitstring>> when (C@2 >= 48) andalso (C@2 =< 57) ->
            {Digits, Rest@4, N} = span(B, fun digit/1, <<>>, 0),
            lex(
                Rest@4,
                Pos + N,
                [{{t_int, erlang:binary_to_integer(bc_ffi:identity(Digits))},
                        Pos} |
                    Acc]
            );

        <<C@3, _/bitstring>> when ((C@3 >= 97) andalso (C@3 =< 122)) orelse (C@3 =:= 95) ->
            {Word, Rest@5, N@1} = span(B, fun name_char/1, <<>>, 0),
            W = bc_ffi:identity(Word),
            Tok = case W of
                <<"let"/utf8>> ->
                    {t_kw, W};

                <<"rec"/utf8>> ->
                    {t_kw, W};

                <<"in"/utf8>> ->
                    {t_kw, W};

                <<"fn"/utf8>> ->
                    {t_kw, W};

                <<"if"/utf8>> ->
                    {t_kw, W};

                <<"then"/utf8>> ->
                    {t_kw, W};

                <<"else"/utf8>> ->
                    {t_kw, W};

                <<"true"/utf8>> ->
                    {t_kw, W};

                <<"false"/utf8>> ->
                    {t_kw, W};

                _ ->
                    {t_name, W}
            end,
            lex(Rest@5, Pos + N@1, [{Tok, Pos} | Acc]);

        _ ->
            {error,
                <<"unexpected character at "/utf8,
                    (erlang:integer_to_binary(Pos))/binary>>}
    end.

-spec tokenize(binary()) -> {ok, list({token(), integer()})} | {error, binary()}.
tokenize(Src) ->
    lex(<<Src/binary>>, 0, []).

-spec describe(token()) -> binary().
describe(T) ->
    case T of
        {t_int, _} ->
            <<"a number"/utf8>>;

        {t_name, _} ->
            <<"a name"/utf8>>;

        {t_sym, S} ->
            S;

        {t_kw, K} ->
            K
    end.

-spec expect(list({token(), integer()}), token()) -> {ok,
        list({token(), integer()})} |
    {error, binary()}.
expect(Tokens, T) ->
    case Tokens of
        [{Got, _} | Rest] when Got =:= T ->
            {ok, Rest};

        [{_, Pos} | _] ->
            {error,
                <<<<<<"expected "/utf8, (describe(T))/binary>>/binary,
                        " at "/utf8>>/binary,
                    (erlang:integer_to_binary(Pos))/binary>>};

        [] ->
            {error,
                <<<<"expected "/utf8, (describe(T))/binary>>/binary,
                    " at end of input"/utf8>>}
    end.

-spec then(
    {ok, {expr(), list({token(), integer()})}} | {error, binary()},
    fun((expr(), list({token(), integer()})) -> {ok,
            {expr(), list({token(), integer()})}} |
        {error, binary()})
) -> {ok, {expr(), list({token(), integer()})}} | {error, binary()}.
then(P, K) ->
    case P of
        {ok, {E, Rest}} ->
            K(E, Rest);

        {error, E@1} ->
            {error, E@1}
    end.

-spec then_expect(
    list({token(), integer()}),
    token(),
    fun((list({token(), integer()})) -> {ok,
            {expr(), list({token(), integer()})}} |
        {error, binary()})
) -> {ok, {expr(), list({token(), integer()})}} | {error, binary()}.
then_expect(Tokens, T, K) ->
    case expect(Tokens, T) of
        {ok, Rest} ->
            K(Rest);

        {error, E} ->
            {error, E}
    end.

-spec starts_atom(list({token(), integer()})) -> boolean().
starts_atom(Tokens) ->
    case Tokens of
        [{{t_int, _}, _} | _] ->
            true;

        [{{t_name, _}, _} | _] ->
            true;

        [{{t_sym, <<"("/utf8>>}, _} | _] ->
            true;

        [{{t_kw, <<"true"/utf8>>}, _} | _] ->
            true;

        [{{t_kw, <<"false"/utf8>>}, _} | _] ->
            true;

        _ ->
            false
    end.

-spec binary(binary(), value(), value()) -> {ok, value()} | {error, binary()}.
binary(Op, A, B) ->
    case {Op, A, B} of
        {<<"+"/utf8>>, {v_int, X}, {v_int, Y}} ->
            {ok, {v_int, X + Y}};

        {<<"-"/utf8>>, {v_int, X@1}, {v_int, Y@1}} ->
            {ok, {v_int, X@1 - Y@1}};

        {<<"*"/utf8>>, {v_int, X@2}, {v_int, Y@2}} ->
            {ok, {v_int, X@2 * Y@2}};

        {<<"/"/utf8>>, {v_int, _}, {v_int, 0}} ->
            {error, <<"division by zero"/utf8>>};

        {<<"%"/utf8>>, {v_int, _}, {v_int, 0}} ->
            {error, <<"division by zero"/utf8>>};

        {<<"/"/utf8>>, {v_int, X@3}, {v_int, Y@3}} ->
            {ok, {v_int, case Y@3 of
                        0 -> 0;
                        Gleam@denominator -> X@3 div Gleam@denominator
                    end}};

        {<<"%"/utf8>>, {v_int, X@4}, {v_int, Y@4}} ->
            {ok, {v_int, case Y@4 of
                        0 -> 0;
                        Gleam@denominator@1 -> X@4 rem Gleam@denominator@1
                    end}};

        {<<"<"/utf8>>, {v_int, X@5}, {v_int, Y@5}} ->
            {ok, {v_bool, X@5 < Y@5}};

        {<<"=="/utf8>>, {v_int, X@6}, {v_int, Y@6}} ->
            {ok, {v_bool, X@6 =:= Y@6}};

        {<<"=="/utf8>>, {v_bool, X@7}, {v_bool, Y@7}} ->
            {ok, {v_bool, X@7 =:= Y@7}};

        {_, _, _} ->
            {error, <<"type error in "/utf8, Op/binary>>}
    end.

-spec lookup(list({binary(), value()}), binary()) -> {ok, value()} |
    {error, binary()}.
lookup(Env, Name) ->
    case Env of
        [] ->
            {error, <<"unbound variable "/utf8, Name/binary>>};

        [{N, V} | Rest] ->
            case N =:= Name of
                true ->
                    {ok, V};

                false ->
                    lookup(Rest, Name)
            end
    end.

-spec prelude() -> list({binary(), value()}).
prelude() ->
    [{<<"abs"/utf8>>, {builtin, <<"abs"/utf8>>}},
        {<<"not"/utf8>>, {builtin, <<"not"/utf8>>}}].

-spec show(value()) -> binary().
show(V) ->
    case V of
        {v_int, N} ->
            erlang:integer_to_binary(N);

        {v_bool, true} ->
            <<"true"/utf8>>;

        {v_bool, false} ->
            <<"false"/utf8>>;

        {closure, P, _, _} ->
            <<<<"<fn "/utf8, P/binary>>/binary, ">"/utf8>>;

        {rec_closure, N@1, _, _, _} ->
            <<<<"<rec "/utf8, N@1/binary>>/binary, ">"/utf8>>;

        {builtin, N@2} ->
            <<<<"<builtin "/utf8, N@2/binary>>/binary, ">"/utf8>>
    end.

-spec tokens() -> {ok, list({token(), integer()})} | {error, binary()}.
tokens() ->
    tokenize(
        <<"let rec f = fn n -> if n < 2 then 1 else n * f (n - 1) in f 10 == 3628800"/utf8>>
    ).

-spec tokenize_error() -> {ok, list({token(), integer()})} | {error, binary()}.
tokenize_error() ->
    tokenize(<<"1 + $x"/utf8>>).

-spec call(value(), value()) -> {ok, value()} | {error, binary()}.
call(F, Arg) ->
    case F of
        {closure, Param, Body, Cenv} ->
            eval(Body, [{Param, Arg} | Cenv]);

        {rec_closure, Name, Param@1, Body@1, Cenv@1} ->
            eval(Body@1, [{Param@1, Arg}, {Name, F} | Cenv@1]);

        {builtin, <<"abs"/utf8>>} ->
            case Arg of
                {v_int, N} when N < 0 ->
                    {ok, {v_int, 0 - N}};

                {v_int, N@1} ->
                    {ok, {v_int, N@1}};

                _ ->
                    {error, <<"abs of a non-number"/utf8>>}
            end;

        {builtin, <<"not"/utf8>>} ->
            case Arg of
                {v_bool, B} ->
                    {ok, {v_bool, not B}};

                _ ->
                    {error, <<"not of a non-boolean"/utf8>>}
            end;

        {builtin, Name@1} ->
            {error, <<"unknown builtin "/utf8, Name@1/binary>>};

        _ ->
            {error, <<"application of a non-function"/utf8>>}
    end.

-spec eval(expr(), list({binary(), value()})) -> {ok, value()} |
    {error, binary()}.
eval(E, Env) ->
    case E of
        {num, N} ->
            {ok, {v_int, N}};

        {bool, B} ->
            {ok, {v_bool, B}};

        {var, Name} ->
            lookup(Env, Name);

        {neg, X} ->
            case eval(X, Env) of
                {ok, {v_int, N@1}} ->
                    {ok, {v_int, 0 - N@1}};

                {ok, _} ->
                    {error, <<"negation of a non-number"/utf8>>};

                {error, Err} ->
                    {error, Err}
            end;

        {bin, Op, A, B@1} ->
            case eval(A, Env) of
                {error, Err@1} ->
                    {error, Err@1};

                {ok, Va} ->
                    case eval(B@1, Env) of
                        {error, Err@2} ->
                            {error, Err@2};

                        {ok, Vb} ->
                            binary(Op, Va, Vb)
                    end
            end;

        {'if', C, A@1, B@2} ->
            case eval(C, Env) of
                {ok, {v_bool, true}} ->
                    eval(A@1, Env);

                {ok, {v_bool, false}} ->
                    eval(B@2, Env);

                {ok, _} ->
                    {error, <<"if condition is not a boolean"/utf8>>};

                {error, Err@3} ->
                    {error, Err@3}
            end;

        {'let', Name@1, Bound, Body} ->
            case eval(Bound, Env) of
                {ok, V} ->
                    eval(Body, [{Name@1, V} | Env]);

                {error, Err@4} ->
                    {error, Err@4}
            end;

        {let_rec, Name@2, {lambda, Param, Fbody}, Body@1} ->
            eval(
                Body@1,
                [{Name@2, {rec_closure, Name@2, Param, Fbody, Env}} | Env]
            );

        {let_rec, _, _, _} ->
            {error, <<"let rec needs a function"/utf8>>};

        {lambda, Param@1, Body@2} ->
            {ok, {closure, Param@1, Body@2, Env}};

        {apply, F, Arg} ->
            case eval(F, Env) of
                {error, Err@5} ->
                    {error, Err@5};

                {ok, Fv} ->
                    case eval(Arg, Env) of
                        {error, Err@6} ->
                            {error, Err@6};

                        {ok, Av} ->
                            call(Fv, Av)
                    end
            end
    end.

-spec let_expr(binary(), list({token(), integer()}), boolean()) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
let_expr(Name, Rest, Recursive) ->
    then_expect(
        Rest,
        {t_sym, <<"="/utf8>>},
        fun(Rest@1) ->
            then(
                expr(Rest@1),
                fun(Bound, Rest@2) ->
                    then_expect(
                        Rest@2,
                        {t_kw, <<"in"/utf8>>},
                        fun(Rest@3) ->
                            then(
                                expr(Rest@3),
                                fun(Body, Rest@4) -> case Recursive of
                                        true ->
                                            {ok,
                                                {{let_rec, Name, Bound, Body},
                                                    Rest@4}};

                                        false ->
                                            {ok,
                                                {{'let', Name, Bound, Body},
                                                    Rest@4}}
                                    end end
                            )
                        end
                    )
                end
            )
        end
    ).

-spec expr(list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
expr(Tokens) ->
    case Tokens of
        [{{t_kw, <<"let"/utf8>>}, _},
            {{t_kw, <<"rec"/utf8>>}, _},
            {{t_name, N}, _} |
            Rest] ->
            let_expr(N, Rest, true);

        [{{t_kw, <<"let"/utf8>>}, _}, {{t_name, N@1}, _} | Rest@1] ->
            let_expr(N@1, Rest@1, false);

        [{{t_kw, <<"fn"/utf8>>}, _}, {{t_name, N@2}, _} | Rest@2] ->
            case expect(Rest@2, {t_sym, <<"->"/utf8>>}) of
                {error, E} ->
                    {error, E};

                {ok, Rest@3} ->
                    case expr(Rest@3) of
                        {ok, {Body, Rest@4}} ->
                            {ok, {{lambda, N@2, Body}, Rest@4}};

                        {error, E@1} ->
                            {error, E@1}
                    end
            end;

        [{{t_kw, <<"if"/utf8>>}, _} | Rest@5] ->
            then(
                expr(Rest@5),
                fun(C, Rest@6) ->
                    then_expect(
                        Rest@6,
                        {t_kw, <<"then"/utf8>>},
                        fun(Rest@7) ->
                            then(
                                expr(Rest@7),
                                fun(A, Rest@8) ->
                                    then_expect(
                                        Rest@8,
                                        {t_kw, <<"else"/utf8>>},
                                        fun(Rest@9) ->
                                            then(
                                                expr(Rest@9),
                                                fun(B, Rest@10) ->
                                                    {ok,
                                                        {{'if', C, A, B},
                                                            Rest@10}}
                                                end
                                            )
                                        end
                                    )
                                end
                            )
                        end
                    )
                end
            );

        _ ->
            compare(Tokens)
    end.

-spec parse(binary()) -> {ok, expr()} | {error, binary()}.
parse(Src) ->
    case tokenize(Src) of
        {error, E} ->
            {error, E};

        {ok, Tokens} ->
            case expr(Tokens) of
                {error, E@1} ->
                    {error, E@1};

                {ok, {E@2, []}} ->
                    {ok, E@2};

                {ok, {_, [{_, Pos} | _]}} ->
                    {error,
                        <<"unexpected token at "/utf8,
                            (erlang:integer_to_binary(Pos))/binary>>}
            end
    end.

-spec atom(list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
atom(Tokens) ->
    case Tokens of
        [{{t_int, N}, _} | Rest] ->
            {ok, {{num, N}, Rest}};

        [{{t_name, N@1}, _} | Rest@1] ->
            {ok, {{var, N@1}, Rest@1}};

        [{{t_kw, <<"true"/utf8>>}, _} | Rest@2] ->
            {ok, {{bool, true}, Rest@2}};

        [{{t_kw, <<"false"/utf8>>}, _} | Rest@3] ->
            {ok, {{bool, false}, Rest@3}};

        [{{t_sym, <<"-"/utf8>>}, _} | Rest@4] ->
            then(atom(Rest@4), fun(E, Rest@5) -> {ok, {{neg, E}, Rest@5}} end);

        [{{t_sym, <<"("/utf8>>}, _} | Rest@6] ->
            then(
                expr(Rest@6),
                fun(E@1, Rest@7) ->
                    then_expect(
                        Rest@7,
                        {t_sym, <<")"/utf8>>},
                        fun(Rest@8) -> {ok, {E@1, Rest@8}} end
                    )
                end
            );

        [{T, Pos} | _] ->
            {error,
                <<<<<<"unexpected "/utf8, (describe(T))/binary>>/binary,
                        " at "/utf8>>/binary,
                    (erlang:integer_to_binary(Pos))/binary>>};

        [] ->
            {error, <<"unexpected end of input"/utf8>>}
    end.

-spec app_tail(expr(), list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
app_tail(F, Tokens) ->
    case starts_atom(Tokens) of
        true ->
            then(
                atom(Tokens),
                fun(Arg, Rest) -> app_tail({apply, F, Arg}, Rest) end
            );

        false ->
            {ok, {F, Tokens}}
    end.

-spec application(list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
application(Tokens) ->
    then(atom(Tokens), fun app_tail/2).

-spec term_tail(expr(), list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
term_tail(Left, Tokens) ->
    case Tokens of
        [{{t_sym, Op}, _} | Rest] when ((Op =:= <<"*"/utf8>>) orelse (Op =:= <<"/"/utf8>>)) orelse (Op =:= <<"%"/utf8>>) ->
            then(
                application(Rest),
                fun(Right, Rest@1) ->
                    term_tail({bin, Op, Left, Right}, Rest@1)
                end
            );

        _ ->
            {ok, {Left, Tokens}}
    end.

-spec term(list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
term(Tokens) ->
    then(application(Tokens), fun term_tail/2).

-spec sum_tail(expr(), list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
sum_tail(Left, Tokens) ->
    case Tokens of
        [{{t_sym, Op}, _} | Rest] when (Op =:= <<"+"/utf8>>) orelse (Op =:= <<"-"/utf8>>) ->
            then(
                term(Rest),
                fun(Right, Rest@1) ->
                    sum_tail({bin, Op, Left, Right}, Rest@1)
                end
            );

        _ ->
            {ok, {Left, Tokens}}
    end.

-spec sum(list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
sum(Tokens) ->
    then(term(Tokens), fun sum_tail/2).

-spec compare(list({token(), integer()})) -> {ok,
        {expr(), list({token(), integer()})}} |
    {error, binary()}.
compare(Tokens) ->
    then(sum(Tokens), fun(Left, Rest) -> case Rest of
                [{{t_sym, <<"<"/utf8>>}, _} | Rest@1] ->
                    then(
                        sum(Rest@1),
                        fun(Right, Rest@2) ->
                            {ok, {{bin, <<"<"/utf8>>, Left, Right}, Rest@2}}
                        end
                    );

                [{{t_sym, <<"=="/utf8>>}, _} | Rest@3] ->
                    then(
                        sum(Rest@3),
                        fun(Right@1, Rest@4) ->
                            {ok, {{bin, <<"=="/utf8>>, Left, Right@1}, Rest@4}}
                        end
                    );

                _ ->
                    {ok, {Left, Rest}}
            end end).

-spec run(binary()) -> {ok, value()} | {error, binary()}.
run(Src) ->
    case parse(Src) of
        {ok, E} ->
            eval(E, prelude());

        {error, Err} ->
            {error, <<"syntax: "/utf8, Err/binary>>}
    end.

-spec transcript(list(binary())) -> nil.
transcript(Lines) ->
    case Lines of
        [] ->
            nil;

        [Src | Rest] ->
            case run(Src) of
                {ok, V} ->
                    bc_io:format(
                        <<"> ~s~n~s~n"/utf8>>,
                        [bc_ffi:identity(Src), bc_ffi:identity(show(V))]
                    );

                {error, Err} ->
                    bc_io:format(
                        <<"> ~s~nerror: ~s~n"/utf8>>,
                        [bc_ffi:identity(Src), bc_ffi:identity(Err)]
                    )
            end,
            transcript(Rest)
    end.

-spec parse_tree() -> {ok, expr()} | {error, binary()}.
parse_tree() ->
    parse(<<"1 + 2 * 3 - f x y % 4"/utf8>>).

-spec parse_let_fn() -> {ok, expr()} | {error, binary()}.
parse_let_fn() ->
    parse(<<"let add = fn a -> fn b -> a + b in add 1 (add 2 3)"/utf8>>).

-spec arithmetic() -> nil.
arithmetic() ->
    transcript(
        [<<"1 + 2 * 3"/utf8>>,
            <<"(1 + 2) * 3"/utf8>>,
            <<"10 - 4 - 3"/utf8>>,
            <<"100 / 7 % 4"/utf8>>,
            <<"-5 + -(2 * 3)"/utf8>>,
            <<"2 * 3 == 6"/utf8>>,
            <<"7 / 2"/utf8>>,
            <<"-7 / 2"/utf8>>,
            <<"-7 % 3"/utf8>>,
            <<"123456789 * 987654321 * 1000003"/utf8>>]
    ).

-spec scoping() -> nil.
scoping() ->
    transcript(
        [<<"let x = 1 in let x = x + 10 in x"/utf8>>,
            <<"let x = 1 in let f = fn y -> x + y in let x = 100 in f 1"/utf8>>,
            <<"let a = 2 in let b = a * a in let c = b * b in c * c"/utf8>>,
            <<"(fn x -> fn y -> x - y) 10 3"/utf8>>]
    ).

-spec closures() -> nil.
closures() ->
    transcript(
        [<<"let compose = fn f -> fn g -> fn x -> f (g x) in let inc = fn x -> x + 1 in let dbl = fn x -> x * 2 in compose inc dbl 5"/utf8>>,
            <<"let twice = fn f -> fn x -> f (f x) in twice (twice (fn x -> x * 3)) 1"/utf8>>,
            <<"let k = fn x -> fn y -> x in k 7 8"/utf8>>,
            <<"fn x -> x"/utf8>>]
    ).

-spec recursion() -> nil.
recursion() ->
    transcript(
        [<<"let rec fact = fn n -> if n < 2 then 1 else n * fact (n - 1) in fact 20"/utf8>>,
            <<"let rec fact = fn n -> if n < 2 then 1 else n * fact (n - 1) in fact 30"/utf8>>,
            <<"let rec fib = fn n -> if n < 2 then n else fib (n - 1) + fib (n - 2) in fib 20"/utf8>>,
            <<"let rec gcd = fn a -> fn b -> if b == 0 then a else gcd b (a % b) in gcd 1071 462"/utf8>>,
            <<"let rec sum = fn n -> if n == 0 then 0 else n + sum (n - 1) in sum 1000"/utf8>>,
            <<"let rec even = fn n -> if n == 0 then true else not (even (n - 1)) in even 51"/utf8>>]
    ).

-spec builtins() -> nil.
builtins() ->
    transcript(
        [<<"abs (0 - 42)"/utf8>>,
            <<"abs 5"/utf8>>,
            <<"not true"/utf8>>,
            <<"not (1 < 2)"/utf8>>,
            <<"abs true"/utf8>>,
            <<"abs"/utf8>>]
    ).

-spec runtime_errors() -> nil.
runtime_errors() ->
    transcript(
        [<<"1 / 0"/utf8>>,
            <<"5 % (2 - 2)"/utf8>>,
            <<"y + 1"/utf8>>,
            <<"1 + true"/utf8>>,
            <<"if 1 then 2 else 3"/utf8>>,
            <<"3 4"/utf8>>,
            <<"true == 1"/utf8>>,
            <<"let rec x = 5 in x"/utf8>>,
            <<"-true"/utf8>>]
    ).

-spec syntax_errors() -> nil.
syntax_errors() ->
    transcript(
        [<<"1 +"/utf8>>,
            <<"(1 + 2"/utf8>>,
            <<"let = 5 in 1"/utf8>>,
            <<"let x 5 in x"/utf8>>,
            <<"fn -> 1"/utf8>>,
            <<"if true then 1"/utf8>>,
            <<"1 2 )"/utf8>>,
            <<"let x = 1 x"/utf8>>,
            <<"@"/utf8>>]
    ).

-spec eval_values() -> list({ok, value()} | {error, binary()}).
eval_values() ->
    [run(<<"1 + 1"/utf8>>),
        run(<<"1 < 0"/utf8>>),
        run(<<"fn x -> x"/utf8>>),
        run(<<"let rec f = fn x -> x in f"/utf8>>),
        run(<<"abs"/utf8>>),
        run(<<"nope"/utf8>>)].

-spec deep_recursion() -> {ok, value()} | {error, binary()}.
deep_recursion() ->
    run(
        <<"let rec count = fn n -> if n == 0 then 0 else 1 + count (n - 1) in count 20000"/utf8>>
    ).

-spec church_numerals() -> nil.
church_numerals() ->
    transcript(
        [<<"let zero = fn f -> fn x -> x in let succ = fn n -> fn f -> fn x -> f (n f x) in let three = succ (succ (succ zero)) in three (fn x -> x + 1) 0"/utf8>>,
            <<"let two = fn f -> fn x -> f (f x) in let mul = fn m -> fn n -> fn f -> m (n f) in mul two two (fn x -> x * 10) 1"/utf8>>]
    ).
