-module(fun_closures).
-compile([no_auto_import, nowarn_unused_vars]).

-export([make_adder/1, adders/0, capture_many/0, curried/0, captures/0, composition/0, pipes/0, closures_in_list/0, compose_all/0, use_syntax/0, fun_equality/0, fun_introspection/0, wrong_arity/0, not_a_fun/0, self_apply/1, shadowing/0]).

-spec make_adder(integer()) -> fun((integer()) -> integer()).
make_adder(N) ->
    fun(X) -> X + N end.

-spec adders() -> list(integer()).
adders() ->
    Add2 = make_adder(2),
    Add10 = make_adder(10),
    [Add2(1), Add10(1), Add2(Add10(100))].

-spec repeat(binary(), integer()) -> binary().
repeat(S, N) ->
    case N of
        0 ->
            <<""/utf8>>;

        _ ->
            <<S/binary, (repeat(S, N - 1))/binary>>
    end.

-spec capture_many() -> binary().
capture_many() ->
    Greeting = <<"Hello"/utf8>>,
    Punct = <<"!"/utf8>>,
    Times = 3,
    F = fun(Name) ->
        <<<<<<Greeting/binary, ", "/utf8>>/binary, Name/binary>>/binary,
            (repeat(Punct, Times))/binary>>
    end,
    F(<<"world"/utf8>>).

-spec curried() -> integer().
curried() ->
    Volume = fun(L) -> fun(W) -> fun(H) -> (L * W) * H end end end,
    Base = (Volume(2))(3),
    Base(4) + Base(10).

-spec sub(integer(), integer()) -> integer().
sub(A, B) ->
    A - B.

-spec captures() -> {integer(), integer()}.
captures() ->
    Minus_five = fun(_capture) -> sub(_capture, 5) end,
    Five_minus = fun(_capture@1) -> sub(5, _capture@1) end,
    {Minus_five(20), Five_minus(20)}.

-spec compose(fun((AI) -> AJ), fun((AJ) -> AK)) -> fun((AI) -> AK).
compose(F, G) ->
    fun(X) -> G(F(X)) end.

-spec composition() -> list(integer()).
composition() ->
    Double_then_inc = compose(fun(X) -> X * 2 end, fun(X@1) -> X@1 + 1 end),
    Inc_then_double = compose(fun(X@2) -> X@2 + 1 end, fun(X@3) -> X@3 * 2 end),
    [Double_then_inc(5), Inc_then_double(5)].

-spec pipes() -> integer().
pipes() ->
    _pipe = [1, 2, 3, 4],
    _pipe@1 = lists:map(fun(X) -> X * X end, _pipe),
    _pipe@2 = lists:foldl(fun(X@1, Acc) -> X@1 + Acc end, 0, _pipe@1),
    sub(_pipe@2, 1).

-spec closures_in_list() -> list(integer()).
closures_in_list() ->
    Fs = lists:map(fun(I) -> fun(X) -> X * I end end, [1, 2, 3, 4]),
    lists:map(fun(F) -> F(10) end, Fs).

-spec compose_all() -> integer().
compose_all() ->
    Fs = [make_adder(1),
        fun(X) -> X * 3 end,
        make_adder(-2),
        fun(X@1) -> X@1 * X@1 end],
    Pipeline = lists:foldl(
        fun(F, Acc) -> compose(Acc, F) end,
        fun(X@2) -> X@2 end,
        Fs
    ),
    Pipeline(4).

-spec with_resource(binary(), fun((binary()) -> binary())) -> binary().
with_resource(Name, Body) ->
    bc_io:println(<<"open "/utf8, Name/binary>>),
    R = Body(<<Name/binary, "-handle"/utf8>>),
    bc_io:println(<<"close "/utf8, Name/binary>>),
    R.

-spec use_syntax() -> binary().
use_syntax() ->
    with_resource(
        <<"outer"/utf8>>,
        fun(A) ->
            with_resource(
                <<"inner"/utf8>>,
                fun(B) ->
                    bc_io:println(
                        <<<<<<"working with "/utf8, A/binary>>/binary,
                                " and "/utf8>>/binary,
                            B/binary>>
                    ),
                    <<<<A/binary, "+"/utf8>>/binary, B/binary>>
                end
            )
        end
    ).

-spec fun_equality() -> list(boolean()).
fun_equality() ->
    A = make_adder(1),
    B = make_adder(1),
    C = make_adder(2),
    D = fun(X) -> X + 1 end,
    [A =:= A, A =:= B, A =:= C, D =:= D, A =:= D].

-spec fun_introspection() -> {boolean(),
    boolean(),
    bc_io:dynamic_(),
    bc_io:dynamic_()}.
fun_introspection() ->
    F2 = fun(A, B) -> A + B end,
    {erlang:is_function(bc_ffi:identity(F2), 2),
        erlang:is_function(bc_ffi:identity(F2), 1),
        erlang:fun_info(
            bc_ffi:identity(F2),
            erlang:binary_to_atom(<<"arity"/utf8>>)
        ),
        erlang:fun_info(
            bc_ffi:identity(fun make_adder/1),
            erlang:binary_to_atom(<<"arity"/utf8>>)
        )}.

-spec wrong_arity() -> bc_io:dynamic_().
wrong_arity() ->
    F = fun(X) -> X end,
    case bc_ffi:try_call(
        fun() ->
            erlang:apply(
                bc_ffi:identity(F),
                [bc_ffi:identity(1), bc_ffi:identity(2)]
            )
        end
    ) of
        {returned, V} ->
            V;

        {caught, Class, Reason} ->
            bc_ffi:identity({Class, erlang:element(1, Reason)})
    end.

-spec not_a_fun() -> bc_io:dynamic_().
not_a_fun() ->
    erlang:apply(bc_ffi:identity(42), []).

-spec call_self(bc_io:dynamic_(), integer()) -> integer().
call_self(Self, K) ->
    bc_ffi:identity(erlang:apply(Self, [Self, bc_ffi:identity(K)])).

-spec self_apply(integer()) -> integer().
self_apply(N) ->
    Fact = fun(Self, K) -> case K of
            0 ->
                1;

            _ ->
                K * call_self(Self, K - 1)
        end end,
    call_self(bc_ffi:identity(Fact), N).

-spec shadowing() -> {integer(), integer()}.
shadowing() ->
    X = 1,
    F = fun() -> X end,
    X@1 = 2,
    {F(), X@1}.
