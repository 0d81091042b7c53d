-module(tup_ops).
-compile([no_auto_import, nowarn_unused_vars]).

-export([access/0, destructure/0, element_setelement/0, element_out_of_range/0, element_zero/0, setelement_not_tuple/0, sizes/0, make_tuples/0, list_conversions/0, grow_shrink/0, ordering/0, sort_tuples/0, swap/1, fill_big/0]).

-spec access() -> {integer(), binary(), float(), {boolean(), nil}}.
access() ->
    T = {1, <<"two"/utf8>>, 3.0, {true, nil}},
    {erlang:element(1, T),
        erlang:element(2, T),
        erlang:element(3, T),
        erlang:element(4, T)}.

-spec destructure() -> integer().
destructure() ->
    {A, {B, C}, _} = {1, {2, 3}, 4},
    ((A * 100) + (B * 10)) + C.

-spec element_setelement() -> {bc_io:dynamic_(),
    bc_io:dynamic_(),
    bc_io:dynamic_()}.
element_setelement() ->
    T = bc_ffi:identity({<<"a"/utf8>>, <<"b"/utf8>>, <<"c"/utf8>>}),
    {erlang:element(2, T), erlang:setelement(2, T, bc_ffi:identity(99)), T}.

-spec element_out_of_range() -> bc_io:dynamic_().
element_out_of_range() ->
    erlang:element(4, bc_ffi:identity({1, 2, 3})).

-spec element_zero() -> bc_io:dynamic_().
element_zero() ->
    erlang:element(0, bc_ffi:identity({1, 2, 3})).

-spec setelement_not_tuple() -> bc_io:dynamic_().
setelement_not_tuple() ->
    erlang:setelement(1, bc_ffi:identity([1, 2]), bc_ffi:identity(0)).

-spec sizes() -> list(integer()).
sizes() ->
    [erlang:tuple_size(bc_ffi:identity({})),
        erlang:tuple_size(bc_ffi:identity({1})),
        erlang:tuple_size(bc_ffi:identity({1, {2, 3}})),
        erlang:tuple_size(erlang:make_tuple(1000, bc_ffi:identity(0)))].

-spec make_tuples() -> {bc_io:dynamic_(), bc_io:dynamic_()}.
make_tuples() ->
    {erlang:make_tuple(3, bc_ffi:identity(<<"x"/utf8>>)),
        erlang:make_tuple(
            5,
            bc_ffi:identity(0),
            [{2, bc_ffi:identity(<<"two"/utf8>>)},
                {5, bc_ffi:identity(<<"five"/utf8>>)},
                {2, bc_ffi:identity(<<"again"/utf8>>)}]
        )}.

-spec list_conversions() -> {list(bc_io:dynamic_()),
    bc_io:dynamic_(),
    bc_io:dynamic_()}.
list_conversions() ->
    {erlang:tuple_to_list(bc_ffi:identity({1, <<"a"/utf8>>, 2.5})),
        erlang:list_to_tuple(
            [bc_ffi:identity(1), bc_ffi:identity([2]), bc_ffi:identity({})]
        ),
        erlang:list_to_tuple([])}.

-spec grow_shrink() -> list(bc_io:dynamic_()).
grow_shrink() ->
    T = bc_ffi:identity({1, 2, 3}),
    [erlang:append_element(T, bc_ffi:identity(4)),
        erlang:insert_element(1, T, bc_ffi:identity(0)),
        erlang:insert_element(4, T, bc_ffi:identity(9)),
        erlang:delete_element(2, T)].

-spec ordering() -> list(boolean()).
ordering() ->
    [erlang:'<'({9, 9}, {1, 1, 1}),
        erlang:'<'({1, 2}, {1, 3}),
        erlang:'<'({1, <<"b"/utf8>>}, {1, <<"a"/utf8>>}),
        {1, 2} =:= {1, 2},
        {1, {2, 3}} =:= {1, {2, 4}}].

-spec sort_tuples() -> list(bc_io:dynamic_()).
sort_tuples() ->
    lists:sort(
        [bc_ffi:identity({2, <<"b"/utf8>>}),
            bc_ffi:identity({1, <<"z"/utf8>>, 0}),
            bc_ffi:identity({1, <<"a"/utf8>>}),
            bc_ffi:identity({}),
            bc_ffi:identity({2, <<"a"/utf8>>})]
    ).

-spec swap({AI, AJ}) -> {AJ, AI}.
swap(Pair) ->
    {erlang:element(2, Pair), erlang:element(1, Pair)}.

-spec fill(bc_io:dynamic_(), integer()) -> bc_io:dynamic_().
fill(T, I) ->
    case I of
        0 ->
            T;

        _ ->
            fill(erlang:setelement(I, T, bc_ffi:identity(I * I)), I - 1)
    end.

-spec fill_big() -> {integer(), bc_io:dynamic_(), bc_io:dynamic_()}.
fill_big() ->
    T = fill(erlang:make_tuple(1000, bc_ffi:identity(0)), 1000),
    {erlang:tuple_size(T), erlang:element(1, T), erlang:element(1000, T)}.
