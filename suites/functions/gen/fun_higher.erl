-module(fun_higher).
-compile([no_auto_import, nowarn_unused_vars]).

-export([capture_many/0, call_captured/0, captured_env/0, funs_from_funs/0, composition_chain/0, curry3/0, equality/0, fun_ordering/0, info_local/0, info_external/0, info_local_named/0, info_bad_item/0, fun_to_list_forms/0, arity_checks/0, apply_wrong_arity/0, direct_wrong_arity/0, call_atom/0, call_integer/0, call_tuple_fun/0, apply_external_missing/0, apply_mfa_cases/0, loop_funs/0, named_recursion/0, funs_in_data/0, fold_building_fun/0, printing_funs/0]).

-spec capture_from(
    integer(),
    binary(),
    float(),
    list(integer()),
    boolean(),
    {integer(), integer()}
) -> fun((integer()) -> {integer(),
    binary(),
    float(),
    list(integer()),
    boolean(),
    {integer(), integer()}}).
capture_from(A, B, C, D, E, G) ->
    fun(X) -> {A + X, B, C, D, E, G} end.

-spec capture_many() -> fun((integer()) -> {integer(),
    binary(),
    float(),
    list(integer()),
    boolean(),
    {integer(), integer()}}).
capture_many() ->
    capture_from(1, <<"two"/utf8>>, 3.0, [4, 4], true, {6, 7}).

-spec call_captured() -> {integer(),
    binary(),
    float(),
    list(integer()),
    boolean(),
    {integer(), integer()}}.
call_captured() ->
    (capture_many())(10).

-spec captured_env() -> bc_io:dynamic_().
captured_env() ->
    fun_ffi:env_of(capture_many()).

-spec make_counter(integer()) -> fun((integer()) -> {integer(),
    fun((integer()) -> integer())}).
make_counter(Start) ->
    fun(Step) ->
        Next = Start + Step,
        {Next, fun(More) -> Next + More end}
    end.

-spec funs_from_funs() -> list(integer()).
funs_from_funs() ->
    C = make_counter(100),
    {N1, F1} = C(5),
    {N2, F2} = C(50),
    [N1, F1(1), N2, F2(2), erlang:element(1, (make_counter(0))(0))].

-spec compose(fun((BF) -> BG), fun((BH) -> BF)) -> fun((BH) -> BG).
compose(F, G) ->
    fun(X) -> F(G(X)) end.

-spec twice(fun((BI) -> BI)) -> fun((BI) -> BI).
twice(F) ->
    compose(F, F).

-spec composition_chain() -> list(integer()).
composition_chain() ->
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X@1) -> X@1 * 2 end,
    [(compose(Inc, Dbl))(5),
        (compose(Dbl, Inc))(5),
        (twice(twice(Dbl)))(1),
        (twice(compose(Inc, Dbl)))(0)].

-spec curry3() -> list(integer()).
curry3() ->
    F = fun(A) -> fun(B) -> fun(C) -> ((A * 100) + (B * 10)) + C end end end,
    G = F(1),
    [(G(2))(3), (G(4))(5), ((F(9))(9))(9)].

-spec adder(integer()) -> fun((integer()) -> integer()).
adder(N) ->
    fun(X) -> X + N end.

-spec equality() -> list(boolean()).
equality() ->
    A1 = adder(1),
    A1b = adder(1),
    A2 = adder(2),
    [erlang:'=:='(A1, A1),
        erlang:'=:='(A1, A1b),
        erlang:'=:='(A1, A2),
        erlang:'=='(A1, A1b),
        erlang:'=:='(fun_ffi:local_named(), fun_ffi:local_named()),
        erlang:'=:='(
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"reverse"/utf8>>),
                1
            ),
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"reverse"/utf8>>),
                1
            )
        ),
        erlang:'=:='(
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"reverse"/utf8>>),
                1
            ),
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"reverse"/utf8>>),
                2
            )
        ),
        erlang:'=:='(erlang:phash2(A1), erlang:phash2(A1b)),
        erlang:'=:='(fun(X) -> X end, fun(X@1) -> X@1 end)].

-spec fun_ordering() -> list(boolean()).
fun_ordering() ->
    Ext = fun_ffi:external_fun(
        erlang:binary_to_atom(<<"lists"/utf8>>),
        erlang:binary_to_atom(<<"reverse"/utf8>>),
        1
    ),
    [erlang:'<'(adder(1), adder(2)),
        erlang:'<'(1, adder(1)),
        erlang:'<'(adder(1), {}),
        erlang:'<'(erlang:binary_to_atom(<<"z"/utf8>>), Ext),
        erlang:'<'(Ext, [])].

-spec info_local() -> list(bc_io:dynamic_()).
info_local() ->
    fun_ffi:info(adder(7)).

-spec info_external() -> list(bc_io:dynamic_()).
info_external() ->
    fun_ffi:info(
        fun_ffi:external_fun(
            erlang:binary_to_atom(<<"lists"/utf8>>),
            erlang:binary_to_atom(<<"map"/utf8>>),
            2
        )
    ).

-spec info_local_named() -> list(bc_io:dynamic_()).
info_local_named() ->
    fun_ffi:info(fun_ffi:local_named()).

-spec info_bad_item() -> bc_io:dynamic_().
info_bad_item() ->
    fun_ffi:info_item(adder(1), erlang:binary_to_atom(<<"colour"/utf8>>)).

-spec fun_to_list_forms() -> list(bc_io:dynamic_()).
fun_to_list_forms() ->
    [fun_ffi:fun_text(
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"map"/utf8>>),
                2
            )
        ),
        fun_ffi:fun_text(
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"erlang"/utf8>>),
                erlang:binary_to_atom(<<"++"/utf8>>),
                2
            )
        )].

-spec arity_checks() -> list(boolean()).
arity_checks() ->
    F2 = fun(A, B) -> A + B end,
    [erlang:is_function(F2),
        erlang:is_function(F2, 2),
        erlang:is_function(F2, 1),
        erlang:is_function(erlang:binary_to_atom(<<"f"/utf8>>)),
        erlang:is_function(
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"a"/utf8>>),
                erlang:binary_to_atom(<<"b"/utf8>>),
                0
            ),
            0
        )].

-spec apply_wrong_arity() -> bc_io:dynamic_().
apply_wrong_arity() ->
    fun_ffi:apply_fun(adder(1), [bc_ffi:identity(1), bc_ffi:identity(2)]).

-spec direct_wrong_arity() -> bc_io:dynamic_().
direct_wrong_arity() ->
    fun_ffi:call_direct(fun(A, B) -> A + B end, [bc_ffi:identity(1)]).

-spec call_atom() -> bc_io:dynamic_().
call_atom() ->
    fun_ffi:call_direct(
        erlang:binary_to_atom(<<"not_a_fun"/utf8>>),
        [bc_ffi:identity(1)]
    ).

-spec call_integer() -> bc_io:dynamic_().
call_integer() ->
    fun_ffi:apply_fun(42, []).

-spec call_tuple_fun() -> bc_io:dynamic_().
call_tuple_fun() ->
    fun_ffi:tuple_fun_call().

-spec apply_external_missing() -> bc_io:dynamic_().
apply_external_missing() ->
    fun_ffi:call_direct(
        fun_ffi:external_fun(
            erlang:binary_to_atom(<<"lists"/utf8>>),
            erlang:binary_to_atom(<<"no_such_function"/utf8>>),
            1
        ),
        [bc_ffi:identity(1)]
    ).

-spec apply_mfa_cases() -> list(bc_try:outcome()).
apply_mfa_cases() ->
    [bc_ffi:try_call(
            fun() ->
                fun_ffi:apply_mfa(
                    erlang:binary_to_atom(<<"lists"/utf8>>),
                    erlang:binary_to_atom(<<"reverse"/utf8>>),
                    [bc_ffi:identity([1, 2])]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                fun_ffi:apply_mfa(
                    erlang:binary_to_atom(<<"lists"/utf8>>),
                    erlang:binary_to_atom(<<"reverse"/utf8>>),
                    [bc_ffi:identity([1]),
                        bc_ffi:identity([2]),
                        bc_ffi:identity(3)]
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                fun_ffi:apply_mfa(
                    erlang:binary_to_atom(<<"no_such_module_beamconf"/utf8>>),
                    erlang:binary_to_atom(<<"f"/utf8>>),
                    []
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                fun_ffi:apply_mfa(
                    bc_ffi:identity(1),
                    erlang:binary_to_atom(<<"f"/utf8>>),
                    []
                )
            end
        ),
        bc_ffi:try_call(
            fun() -> fun_ffi:apply_fun(adder(1), [bc_ffi:identity(1)]) end
        )].

-spec loop_funs() -> {list(integer()), boolean(), boolean()}.
loop_funs() ->
    Fs = fun_ffi:make_funs_in_loop(5),
    Results = lists:map(fun(F) -> F() end, Fs),
    [F1, F2 | _] = case Fs of
        [_, _ | _] -> Fs;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"fun_higher"/utf8>>,
                        function => <<"loop_funs"/utf8>>,
                        line => 216})
    end,
    {Results,
        erlang:'=:='(
            fun_ffi:info_item(F1, erlang:binary_to_atom(<<"index"/utf8>>)),
            fun_ffi:info_item(F2, erlang:binary_to_atom(<<"index"/utf8>>))
        ),
        erlang:'=:='(F1, F2)}.

-spec named_recursion() -> list(integer()).
named_recursion() ->
    lists:map(fun fun_ffi:recursive_fun/1, [0, 1, 5, 20]).

-spec funs_in_data() -> list(integer()).
funs_in_data() ->
    Ops = [{<<"add"/utf8>>, fun(A, B) -> A + B end},
        {<<"sub"/utf8>>, fun(A@1, B@1) -> A@1 - B@1 end},
        {<<"mul"/utf8>>, fun(A@2, B@2) -> A@2 * B@2 end}],
    lists:map(fun(Op) -> (erlang:element(2, Op))(7, 3) end, Ops).

-spec fold_building_fun() -> integer().
fold_building_fun() ->
    Pipeline = lists:foldl(
        fun(N, Acc) -> compose(fun(X) -> (X * 10) + N end, Acc) end,
        fun(X@1) -> X@1 end,
        [1, 2, 3, 4]
    ),
    Pipeline(0).

-spec printing_funs() -> nil.
printing_funs() ->
    bc_io:format(
        <<"~p~n~w~n"/utf8>>,
        [fun_ffi:external_fun(
                erlang:binary_to_atom(<<"lists"/utf8>>),
                erlang:binary_to_atom(<<"map"/utf8>>),
                2
            ),
            fun_ffi:external_fun(
                erlang:binary_to_atom(<<"erlang"/utf8>>),
                erlang:binary_to_atom(<<"element"/utf8>>),
                2
            )]
    ).
