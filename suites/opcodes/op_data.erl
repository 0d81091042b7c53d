%% Data-structure instructions: map construction, update and matching
%% (put_map_assoc, put_map_exact, get_map_elements, has_map_fields, is_map),
%% tuples and records (put_tuple2, set_tuple_element, update_record,
%% badrecord), lists (get_list, get_hd, get_tl) and the float register
%% instructions (fmove, fconv, fadd, fsub, fmul, fdiv, fnegate).
-module(op_data).
-export([map_update_exact/2, map_update_bad/0, map_assoc/3, map_get_two/1,
         map_has_fields/1, map_guard/1, map_nested/1,
         set_elements/1, record_update/1, record_update_one/1,
         record_field/1, record_bad/1, record_new/0,
         heads_tails/1, second_and_rest/1, head_only/1, list_swap/2,
         float_poly/2, float_neg/1, float_mixed/2, float_div/2,
         float_overflow/1, float_div_zero/1, swap_args/2, tuple_build/3]).

-record(rec, {a = 1, b = 2, c = 3, d = 4, e = 5}).
-record(other, {x}).

%% M#{K := V} (put_map_exact) updates existing keys only.
map_update_exact(M, V) -> M#{a := V, b := V}.

map_update_bad() ->
    M = id(#{a => 1}),
    try M#{b := 2} of R -> {no_error, R}
    catch error:Reason -> {error, Reason}
    end.

map_assoc(M, K, V) -> M#{K => V, fixed => true}.

%% get_map_elements: one instruction fetches two keys or fails.
map_get_two(#{x := X, y := Y}) -> {X, Y};
map_get_two(#{x := X}) -> {only_x, X};
map_get_two(M) when is_map(M) -> no_keys;
map_get_two(_) -> not_a_map.

%% has_map_fields: the keys must exist, their values are not used.
map_has_fields(#{name := _, age := _}) -> person;
map_has_fields(#{name := _}) -> named;
map_has_fields(_) -> unknown.

map_guard(M) when is_map(M), map_size(M) > 2 -> big;
map_guard(M) when is_map(M) -> small;
map_guard(_) -> none.

map_nested(#{inner := #{v := V} = Inner} = Outer) ->
    Outer#{inner := Inner#{v := V + 1}, touched => yes}.

%% Several setelement calls on a fresh tuple become setelement/3 followed
%% by set_tuple_element.
set_elements(T) ->
    setelement(2, setelement(4, setelement(6, T, six), four), two).

%% A record update of several fields uses update_record.
record_update(R) -> R#rec{b = bb, d = dd}.

record_update_one(R) -> R#rec{e = [R#rec.a]}.

record_field(R) -> R#rec.c.

%% Accessing a field of something that is not that record raises
%% {badrecord, Term} (the badrecord instruction).
record_bad(X) -> X#rec.a.

record_new() -> {#rec{}, #rec{c = 30}, #other{x = 1}}.

heads_tails(L) -> hd_tl(L, []).

hd_tl([H | T], Acc) -> hd_tl(T, [H | Acc]);
hd_tl([], Acc) -> Acc.

second_and_rest([_, S | Rest]) -> {S, Rest};
second_and_rest(_) -> short.

%% Only the head is used: get_hd.
head_only([H | _]) -> H;
head_only([]) -> empty.

%% Returning the two arguments swapped exercises swap.
list_swap(A, B) -> swap_args(B, A).

swap_args(A, B) -> {id(B), id(A)}.

tuple_build(A, B, C) -> {{A, B}, {B, C}, {C, A}, [A, B, C]}.

%% Floats known to be floats stay in float registers.
float_poly(X, Y) when is_float(X), is_float(Y) ->
    (X * X - 2.0 * Y) / (X + Y + 1.0).

float_neg(X) when is_float(X) -> -X * 3.0.

%% An integer operand in a float expression is converted with fconv.
float_mixed(X, N) when is_float(X), is_integer(N) -> X * N + 0.5 - N / 4.

float_div(X, Y) when is_float(X), is_float(Y) -> X / Y.

float_overflow(X) when is_float(X) ->
    try X * X * X of R -> {ok, R}
    catch error:E -> {error, E}
    end.

float_div_zero(X) when is_float(X) ->
    try X / 0.0 of R -> {ok, R}
    catch error:E -> {error, E}
    end.

id(X) -> X.
