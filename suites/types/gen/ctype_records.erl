-module(ctype_records).
-compile([no_auto_import, nowarn_unused_vars]).

-export([area/1, representations/0, default_person/0, birthday/1, updates/0, update_is_copy/0, insert/2, tree_demo/0, degenerate_depth/0, maybe_map/2, maybes/0, describe_status/1, record_equality/0, account_ids/0, constructors_as_functions/0]).
-export_type([shape/0, person/0, tree/1, maybe/1, account/0, http_status/0]).

-type shape() :: {circle, float()} |
    {rect, float(), float()} |
    {triangle, float(), float(), float()} |
    dot.

-type person() :: {person, binary(), integer(), binary(), list(binary())}.

-type tree(W) :: leaf | {node, tree(W), W, tree(W)}.

-type maybe(X) :: {just, X} | nothing.

-type account() :: {personal, integer(), binary()} |
    {business, integer(), binary(), integer()}.

-type http_status() :: ok200 | not_found404 | {server_error5xx, integer()}.

-spec area(shape()) -> float().
area(Shape) ->
    case Shape of
        {circle, R} ->
            (3.0 * R) * R;

        {rect, W, H} ->
            W * H;

        {triangle, A, B, C} ->
            S = ((A + B) + C) / 2.0,
            math:sqrt(((S * (S - A)) * (S - B)) * (S - C));

        dot ->
            0.0
    end.

-spec representations() -> list(bc_io:dynamic_()).
representations() ->
    [bc_ffi:identity({circle, 1.5}),
        bc_ffi:identity({rect, 3.0, 2.0}),
        bc_ffi:identity(dot),
        bc_ffi:identity({just, nothing}),
        bc_ffi:identity({server_error5xx, 503}),
        bc_ffi:identity(ok200),
        bc_ffi:identity({ok, 1}),
        bc_ffi:identity({error, nil}),
        bc_ffi:identity(true)].

-spec default_person() -> person().
default_person() ->
    {person, <<"Ada"/utf8>>, 36, <<"ada@example.com"/utf8>>, [<<"math"/utf8>>]}.

-spec birthday(person()) -> person().
birthday(P) ->
    erlang:setelement(3, P, erlang:element(3, P) + 1).

-spec updates() -> {person(), person(), binary(), integer()}.
updates() ->
    P = default_person(),
    Q = erlang:setelement(
        5,
        erlang:setelement(2, P, <<"Grace"/utf8>>),
        [<<"navy"/utf8>> | erlang:element(5, P)]
    ),
    R = erlang:setelement(4, birthday(Q), <<"grace@example.com"/utf8>>),
    {Q, R, erlang:element(2, R), erlang:element(3, R)}.

-spec update_is_copy() -> {person(), person(), boolean()}.
update_is_copy() ->
    P = default_person(),
    Q = birthday(P),
    {P, Q, P =:= Q}.

-spec insert(tree(integer()), integer()) -> tree(integer()).
insert(Tree, X) ->
    case Tree of
        leaf ->
            {node, leaf, X, leaf};

        {node, L, V, R} when X < V ->
            {node, insert(L, X), V, R};

        {node, L@1, V@1, R@1} when X > V@1 ->
            {node, L@1, V@1, insert(R@1, X)};

        {node, _, _, _} ->
            Tree
    end.

-spec to_list(tree(AB), list(AB)) -> list(AB).
to_list(Tree, Acc) ->
    case Tree of
        leaf ->
            Acc;

        {node, L, V, R} ->
            to_list(L, [V | to_list(R, Acc)])
    end.

-spec from_list(list(integer()), tree(integer())) -> tree(integer()).
from_list(Items, Tree) ->
    case Items of
        [] ->
            Tree;

        [X | Rest] ->
            from_list(Rest, insert(Tree, X))
    end.

-spec tree_demo() -> {tree(integer()), list(integer())}.
tree_demo() ->
    T = from_list([5, 2, 8, 1, 9, 2, 7], leaf),
    {T, to_list(T, [])}.

-spec depth(tree(any())) -> integer().
depth(Tree) ->
    case Tree of
        leaf ->
            0;

        {node, L, _, R} ->
            Dl = depth(L),
            Dr = depth(R),
            case Dl > Dr of
                true ->
                    Dl + 1;

                false ->
                    Dr + 1
            end
    end.

-spec seq(integer(), integer(), list(integer())) -> list(integer()).
seq(From, To, Acc) ->
    case To < From of
        true ->
            Acc;

        false ->
            seq(From, To - 1, [To | Acc])
    end.

-spec degenerate_depth() -> integer().
degenerate_depth() ->
    depth(from_list(seq(1, 500, []), leaf)).

-spec maybe_map(maybe(AO), fun((AO) -> AQ)) -> maybe(AQ).
maybe_map(M, F) ->
    case M of
        {just, X} ->
            {just, F(X)};

        nothing ->
            nothing
    end.

-spec maybes() -> list(maybe(integer())).
maybes() ->
    [maybe_map({just, 20}, fun(X) -> (X * 2) + 2 end),
        maybe_map(nothing, fun(X@1) -> X@1 + 1 end)].

-spec describe_status(http_status()) -> binary().
describe_status(S) ->
    case S of
        ok200 ->
            <<"ok"/utf8>>;

        not_found404 ->
            <<"not found"/utf8>>;

        {server_error5xx, Code} when (Code >= 500) andalso (Code < 600) ->
            <<"server error"/utf8>>;

        {server_error5xx, _} ->
            <<"bogus"/utf8>>
    end.

-spec record_equality() -> list(boolean()).
record_equality() ->
    [{circle, 1.0} =:= {circle, 1.0},
        {circle, 1.0} =:= {circle, 2.0},
        dot =:= dot,
        {just, leaf} =:= {just, leaf}].

-spec map(list(AX), fun((AX) -> AZ)) -> list(AZ).
map(Items, F) ->
    case Items of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec account_ids() -> list({integer(), binary()}).
account_ids() ->
    Accounts = [{personal, 1, <<"ann"/utf8>>},
        {business, 2, <<"Acme"/utf8>>, 40},
        {personal, 3, <<"bob"/utf8>>}],
    map(Accounts, fun(A) -> {erlang:element(2, A), case A of
                    {personal, _, O} ->
                        O;

                    {business, _, C, _} ->
                        C
                end} end).

-spec constructors_as_functions() -> list(shape()).
constructors_as_functions() ->
    Make = fun(Field@0) -> {circle, Field@0} end,
    Make_rect = fun(_capture) -> {rect, _capture, 1.0} end,
    [Make(1.0),
        Make_rect(4.0) |
        map([2.0, 3.0], fun(Field@0) -> {circle, Field@0} end)].
