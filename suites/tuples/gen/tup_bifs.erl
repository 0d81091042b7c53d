-module(tup_bifs).
-compile([no_auto_import, nowarn_unused_vars]).

-export([make_tuples/0, make_tuple_big/0, make_tuple_errors/0, insert_delete_append/0, insert_delete_errors/0, insert_out_of_range/0, element_errors/0, element_beyond_end/0, setelement_beyond_end/0, setelement_copies/0, sizes/0, size_of_list/0, round_trips/0, list_to_tuple_errors/0, gleam_records/0, record_update/0, tuple_ordering/0, tuple_printing/0]).
-export_type([point/0, shape/0]).

-type point() :: {point, integer(), integer()}.

-type shape() :: {circle, point(), integer()} | empty.

-spec make_tuples() -> list(bc_io:dynamic_()).
make_tuples() ->
    [erlang:make_tuple(0, 1),
        erlang:make_tuple(3, erlang:binary_to_atom(<<"x"/utf8>>)),
        erlang:make_tuple(5, 0, [{2, <<"two"/utf8>>}, {4, <<"four"/utf8>>}]),
        erlang:make_tuple(3, 0, [{1, <<"a"/utf8>>}, {1, <<"b"/utf8>>}]),
        erlang:make_tuple(2, 0, [])].

-spec make_tuple_big() -> {integer(), bc_io:dynamic_(), bc_io:dynamic_()}.
make_tuple_big() ->
    T = erlang:make_tuple(100000, 7),
    {erlang:tuple_size(T), erlang:element(1, T), erlang:element(100000, T)}.

-spec make_tuple_errors() -> list(bc_try:outcome()).
make_tuple_errors() ->
    [bc_ffi:try_call(fun() -> erlang:make_tuple(-1, 0) end),
        bc_ffi:try_call(fun() -> erlang:make_tuple(1.0, 0) end),
        bc_ffi:try_call(
            fun() -> erlang:make_tuple(2, 0, [{3, <<"x"/utf8>>}]) end
        ),
        bc_ffi:try_call(
            fun() -> erlang:make_tuple(2, 0, [{0, <<"x"/utf8>>}]) end
        ),
        bc_ffi:try_call(fun() -> erlang:make_tuple(16777216, 0) end)].

-spec insert_delete_append() -> list(bc_io:dynamic_()).
insert_delete_append() ->
    T = {1, 2, 3},
    [erlang:insert_element(1, T, erlang:binary_to_atom(<<"first"/utf8>>)),
        erlang:insert_element(4, T, erlang:binary_to_atom(<<"last"/utf8>>)),
        erlang:insert_element(2, T, erlang:binary_to_atom(<<"mid"/utf8>>)),
        erlang:insert_element(1, {}, erlang:binary_to_atom(<<"only"/utf8>>)),
        erlang:delete_element(1, T),
        erlang:delete_element(3, T),
        erlang:delete_element(1, {erlang:binary_to_atom(<<"x"/utf8>>)}),
        erlang:append_element(T, 4),
        erlang:append_element({}, {})].

-spec insert_delete_errors() -> list(bc_try:outcome()).
insert_delete_errors() ->
    T = {1, 2, 3},
    [bc_ffi:try_call(fun() -> erlang:insert_element(0, T, 0) end),
        bc_ffi:try_call(fun() -> erlang:insert_element(5, T, 0) end),
        bc_ffi:try_call(fun() -> erlang:delete_element(0, T) end),
        bc_ffi:try_call(fun() -> erlang:delete_element(4, T) end),
        bc_ffi:try_call(fun() -> erlang:delete_element(1, {}) end),
        bc_ffi:try_call(fun() -> erlang:append_element([1], 2) end),
        bc_ffi:try_call(fun() -> erlang:insert_element(1, [1], 0) end)].

-spec insert_out_of_range() -> bc_io:dynamic_().
insert_out_of_range() ->
    erlang:insert_element(5, {1, 2, 3}, 0).

-spec element_errors() -> list(bc_try:outcome()).
element_errors() ->
    T = {erlang:binary_to_atom(<<"a"/utf8>>),
        erlang:binary_to_atom(<<"b"/utf8>>)},
    [bc_ffi:try_call(fun() -> erlang:element(0, T) end),
        bc_ffi:try_call(fun() -> erlang:element(3, T) end),
        bc_ffi:try_call(fun() -> erlang:element(-1, T) end),
        bc_ffi:try_call(fun() -> erlang:element(1.0, T) end),
        bc_ffi:try_call(fun() -> erlang:element(1, [1]) end),
        bc_ffi:try_call(fun() -> erlang:element(18446744073709551616, T) end),
        bc_ffi:try_call(fun() -> erlang:setelement(3, T, 0) end),
        bc_ffi:try_call(fun() -> erlang:setelement(0, T, 0) end),
        bc_ffi:try_call(
            fun() ->
                erlang:setelement(1, erlang:binary_to_atom(<<"x"/utf8>>), 0)
            end
        )].

-spec element_beyond_end() -> bc_io:dynamic_().
element_beyond_end() ->
    erlang:element(4, {1, 2, 3}).

-spec setelement_beyond_end() -> bc_io:dynamic_().
setelement_beyond_end() ->
    erlang:setelement(4, {1, 2, 3}, 0).

-spec setelement_copies() -> list(bc_io:dynamic_()).
setelement_copies() ->
    T = {1, 2, 3},
    T2 = erlang:setelement(2, T, erlang:binary_to_atom(<<"two"/utf8>>)),
    [bc_ffi:identity(T),
        T2,
        erlang:setelement(1, erlang:setelement(3, T2, 30), 10)].

-spec sizes() -> list(integer()).
sizes() ->
    [erlang:tuple_size({}),
        erlang:tuple_size({1}),
        erlang:tuple_size({1, 2, {3, 4}}),
        erlang:size({1, 2}),
        erlang:size(<<1, 2, 3>>)].

-spec size_of_list() -> integer().
size_of_list() ->
    erlang:tuple_size([1, 2]).

-spec map(list(BL), fun((BL) -> BN)) -> list(BN).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec append(list(BP), list(BP)) -> list(BP).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec round_trips() -> list(boolean()).
round_trips() ->
    Ts = [bc_ffi:identity({}),
        bc_ffi:identity({1}),
        bc_ffi:identity({1, <<"a"/utf8>>, [2], {3}}),
        erlang:list_to_tuple(lists:seq(1, 1000))],
    _pipe = map(
        Ts,
        fun(T) ->
            erlang:'=:='(erlang:list_to_tuple(erlang:tuple_to_list(T)), T)
        end
    ),
    append(
        _pipe,
        [erlang:'=:='(
                erlang:tuple_to_list(
                    erlang:list_to_tuple(
                        [bc_ffi:identity(1), bc_ffi:identity(<<"b"/utf8>>)]
                    )
                ),
                [bc_ffi:identity(1), bc_ffi:identity(<<"b"/utf8>>)]
            )]
    ).

-spec list_to_tuple_errors() -> list(bc_try:outcome()).
list_to_tuple_errors() ->
    [bc_ffi:try_call(fun() -> erlang:list_to_tuple(erlang:'++'([1], 2)) end),
        bc_ffi:try_call(
            fun() ->
                erlang:list_to_tuple(erlang:binary_to_atom(<<"x"/utf8>>))
            end
        ),
        bc_ffi:try_call(fun() -> erlang:list_to_tuple(bc_ffi:identity({1})) end),
        bc_ffi:try_call(fun() -> erlang:tuple_to_list([1]) end)].

-spec gleam_records() -> list(bc_io:dynamic_()).
gleam_records() ->
    C = {circle, {point, 1, 2}, 5},
    [bc_ffi:identity(C),
        bc_ffi:identity(empty),
        bc_ffi:identity(erlang:tuple_size(C)),
        erlang:element(1, C),
        erlang:element(2, C),
        bc_ffi:identity(erlang:tuple_to_list({point, 3, 4})),
        bc_ffi:identity(
            erlang:is_record(C, erlang:binary_to_atom(<<"circle"/utf8>>), 3)
        ),
        bc_ffi:identity(
            erlang:is_record(C, erlang:binary_to_atom(<<"circle"/utf8>>), 2)
        ),
        bc_ffi:identity(
            erlang:is_record(
                {point, 1, 2},
                erlang:binary_to_atom(<<"point"/utf8>>),
                3
            )
        ),
        bc_ffi:identity(erlang:is_tuple(empty)),
        bc_ffi:identity(
            erlang:'=:='(
                erlang:list_to_tuple(
                    [erlang:binary_to_atom(<<"point"/utf8>>),
                        bc_ffi:identity(3),
                        bc_ffi:identity(4)]
                ),
                {point, 3, 4}
            )
        )].

-spec record_update() -> list(point()).
record_update() ->
    P = {point, 1, 2},
    [erlang:setelement(2, P, 10), erlang:setelement(3, P, 20), P].

-spec tuple_ordering() -> list(boolean()).
tuple_ordering() ->
    [erlang:'<'({}, {0}),
        erlang:'<'({9, 9}, {0, 0, 0}),
        erlang:'<'({1, 2}, {1, 3}),
        erlang:'<'({1, 2.0}, {1, 2}),
        erlang:'<'({1, 2}, {1, 2.0}),
        erlang:'=:='({1, 2.0}, {1, 2}),
        erlang:'<'({erlang:binary_to_atom(<<"a"/utf8>>)}, {1}),
        erlang:'<'({2}, [1])].

-spec tuple_printing() -> nil.
tuple_printing() ->
    bc_io:format(
        <<"~p~n~w~n"/utf8>>,
        [bc_ffi:identity(
                erlang:make_tuple(
                    30,
                    erlang:binary_to_atom(<<"filler"/utf8>>),
                    [{15, <<"middle"/utf8>>}]
                )
            ),
            bc_ffi:identity({{}, {{}}, {1, {2, {3}}}})]
    ).
