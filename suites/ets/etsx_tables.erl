%% ETS conformance: table creation, options, objects and keys, traversal order of
%% every table type, in-place updates. Results never contain table ids or pids.
-module(etsx_tables).
-export([new_types/0, new_named/0, new_bad_options/0, set_insert_lookup/0,
         insert_errors/0, insert_new/0, bag_semantics/0, duplicate_bag_semantics/0,
         keypos/0, lookup_element/0, member_delete/0, delete_object/0,
         delete_all_take/0, set_order_small/0, set_order_mixed/0, set_order_grown/0,
         bag_order/0, ordered_set_order/0, first_next_set/0, first_next_ordered/0,
         fold/0, update_counter/0, update_counter_errors/0, update_element/0,
         deleted_table/0, rename/0, info_items/0]).

c(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.

info(T) ->
    [ets:info(T, I) || I <- [type, size, keypos, protection, named_table, name, heir,
                             node, compressed, read_concurrency, write_concurrency]].

new_types() ->
    [info(ets:new(t, [Type])) || Type <- [set, ordered_set, bag, duplicate_bag]] ++
        [info(ets:new(t, [bag, public, {keypos, 2}, compressed, {read_concurrency, true},
                          {write_concurrency, true}, private]))].

new_named() ->
    N = ets:new(etsx_named_one, [named_table, public]),
    Dup = c(fun() -> ets:new(etsx_named_one, [named_table]) end),
    Ref = ets:whereis(etsx_named_one),
    true = ets:insert(etsx_named_one, {k, v}),
    ViaRef = ets:lookup(Ref, k),
    true = ets:delete(etsx_named_one),
    Again = ets:new(etsx_named_one, [named_table]),
    ets:delete(Again),
    Unnamed = ets:new(etsx_named_two, []),
    [N, Dup, is_reference(Ref), ViaRef, Again, is_reference(Unnamed),
     ets:whereis(etsx_named_two), c(fun() -> ets:lookup(etsx_named_two, k) end)].

new_bad_options() ->
    [c(fun() -> ets:new(t, Opts) end)
     || Opts <- [[nonsense], [{keypos, 0}], [{keypos, a}], not_a_list, [set | bag],
                 [{write_concurrency, maybe_not}], [{heir, not_a_pid, data}]]] ++
        [c(fun() -> ets:new("name", []) end)].

set_insert_lookup() ->
    T = ets:new(t, [set]),
    R = [ets:insert(T, {a, 1}), ets:insert(T, {a, 2}), ets:insert(T, [{b, 1}, {c, 1}, {b, 2}]),
         ets:insert(T, [])],
    R ++ [ets:lookup(T, a), ets:lookup(T, b), ets:lookup(T, c), ets:lookup(T, zz),
          ets:lookup(T, 1), ets:info(T, size)].

insert_errors() ->
    T = ets:new(t, [set]),
    K = ets:new(t, [{keypos, 3}]),
    [c(fun() -> ets:insert(T, not_a_tuple) end), c(fun() -> ets:insert(T, {}) end),
     c(fun() -> ets:insert(T, [{a}, b]) end), c(fun() -> ets:insert(T, [{a} | {b}]) end),
     ets:lookup(T, a),
     c(fun() -> ets:insert(K, {a, b}) end), c(fun() -> ets:insert(K, {a, b, c}) end),
     c(fun() -> ets:insert(not_a_table, {a}) end), c(fun() -> ets:lookup(make_ref(), a) end)].

insert_new() ->
    T = ets:new(t, [set]),
    B = ets:new(t, [bag]),
    [ets:insert_new(T, {a, 1}), ets:insert_new(T, {a, 2}), ets:lookup(T, a),
     ets:insert_new(T, [{b, 1}, {a, 3}]), ets:lookup(T, b),
     ets:insert_new(T, [{c, 1}, {c, 2}]), ets:lookup(T, c),
     ets:insert_new(B, {k, 1}), ets:insert_new(B, {k, 2}), ets:lookup(B, k),
     c(fun() -> ets:insert_new(T, [x]) end)].

bag_semantics() ->
    B = ets:new(t, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {k, 1.0}, {j, 1}]),
    ets:insert(B, {k, 3}),
    [ets:lookup(B, k), ets:lookup(B, j), ets:info(B, size)].

duplicate_bag_semantics() ->
    B = ets:new(t, [duplicate_bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}]),
    ets:insert(B, {k, 1}),
    [ets:lookup(B, k), ets:info(B, size)].

keypos() ->
    T = ets:new(t, [{keypos, 2}]),
    O = ets:new(t, [ordered_set, {keypos, 2}]),
    ets:insert(T, [{x, a, 1}, {y, b, 2}, {z, a, 3}]),
    ets:insert(O, [{x, 3}, {y, 1}, {z, 2}]),
    [ets:lookup(T, a), ets:lookup(T, x), ets:member(T, b), ets:tab2list(O),
     ets:first(O), ets:last(O)].

lookup_element() ->
    T = ets:new(t, [set]),
    B = ets:new(t, [bag]),
    ets:insert(T, {k, v1, v2}),
    ets:insert(B, [{k, a}, {k, b}]),
    [ets:lookup_element(T, k, 1), ets:lookup_element(T, k, 3),
     c(fun() -> ets:lookup_element(T, k, 4) end), c(fun() -> ets:lookup_element(T, k, 0) end),
     c(fun() -> ets:lookup_element(T, nokey, 2) end), ets:lookup_element(B, k, 2),
     ets:lookup_element(T, nokey, 2, default), ets:lookup_element(T, k, 2, default),
     c(fun() -> ets:lookup_element(T, k, 9, default) end),
     c(fun() -> ets:lookup_element(B, k, 3) end)].

member_delete() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{a, 1}, {b, 2}]),
    [ets:member(T, a), ets:member(T, z), ets:delete(T, a), ets:delete(T, zz),
     ets:member(T, a), ets:lookup(T, b), ets:info(T, size)].

delete_object() ->
    S = ets:new(t, [set]),
    B = ets:new(t, [bag]),
    D = ets:new(t, [duplicate_bag]),
    ets:insert(S, {a, 1}),
    ets:insert(B, [{a, 1}, {a, 2}]),
    ets:insert(D, [{a, 1}, {a, 2}, {a, 1}]),
    [ets:delete_object(S, {a, 2}), ets:lookup(S, a), ets:delete_object(S, {a, 1}), ets:lookup(S, a),
     ets:delete_object(B, {a, 1}), ets:lookup(B, a), ets:delete_object(D, {a, 1}), ets:lookup(D, a),
     c(fun() -> ets:delete_object(S, not_tuple) end)].

delete_all_take() ->
    T = ets:new(t, [set]),
    B = ets:new(t, [bag]),
    ets:insert(T, [{a, 1}, {b, 2}]),
    ets:insert(B, [{a, 1}, {a, 2}, {b, 3}]),
    [ets:take(T, a), ets:take(T, a), ets:lookup(T, b), ets:take(B, a), ets:tab2list(B),
     ets:delete_all_objects(T), ets:tab2list(T), ets:info(T, size)].

set_order_small() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{K, v} || K <- lists:seq(1, 30)]),
    ets:tab2list(T).

set_order_mixed() ->
    T = ets:new(t, [set]),
    Keys = [a, b, c, hello, world, <<"bin">>, <<>>, "str", [], 1.5, -3, 1 bsl 70,
            {1, 2}, {<<"x">>}, [1, 2, 3], 0, -0.0],
    ets:insert(T, [{K} || K <- Keys]),
    [ets:tab2list(T), ets:select(T, [{{'$1'}, [], ['$1']}])].

%% More objects than buckets: the table grows (linear hashing) and the order changes.
set_order_grown() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{K} || K <- lists:seq(1, 700)]),
    L = ets:tab2list(T),
    ets:delete(T, 5),
    ets:insert(T, {5}),
    {lists:sublist(L, 40), lists:nthtail(660, L), lists:sublist(ets:tab2list(T), 20),
     ets:info(T, size)}.

bag_order() ->
    B = ets:new(t, [bag]),
    ets:insert(B, [{K, V} || K <- [3, 1, 2], V <- [x, y, z]]),
    D = ets:new(t, [duplicate_bag]),
    ets:insert(D, [{K, V} || V <- [1, 2], K <- [b, a]]),
    [ets:tab2list(B), ets:tab2list(D), ets:lookup(D, a)].

ordered_set_order() ->
    O = ets:new(t, [ordered_set]),
    ets:insert(O, [{K, v} || K <- [b, 3, <<"z">>, {1}, a, 1.5, [x], 2]]),
    ets:insert(O, {1, int}),
    ets:insert(O, {1.0, float}),
    ets:insert(O, {2.0, float}),
    [ets:tab2list(O), ets:lookup(O, 1), ets:lookup(O, 2), ets:member(O, 1.0),
     ets:info(O, size)].

walk(T, First, Next) ->
    walk(T, First(T), Next, []).
walk(_T, '$end_of_table', _Next, Acc) -> lists:reverse(Acc);
walk(T, K, Next, Acc) -> walk(T, Next(T, K), Next, [K | Acc]).

first_next_set() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{K} || K <- [10, 20, 30, a, b, <<"x">>]]),
    B = ets:new(t, [bag]),
    ets:insert(B, [{K, V} || K <- [1, 2], V <- [x, y]]),
    E = ets:new(t, [set]),
    [walk(T, fun ets:first/1, fun ets:next/2), walk(T, fun ets:last/1, fun ets:prev/2),
     walk(B, fun ets:first/1, fun ets:next/2), ets:first(E), ets:last(E),
     c(fun() -> ets:next(T, not_there) end), c(fun() -> ets:prev(T, not_there) end)].

first_next_ordered() ->
    O = ets:new(t, [ordered_set]),
    ets:insert(O, [{K} || K <- [5, 1, 3, z, a]]),
    [walk(O, fun ets:first/1, fun ets:next/2), walk(O, fun ets:last/1, fun ets:prev/2),
     ets:next(O, 2), ets:next(O, 4.5), ets:prev(O, 2), ets:prev(O, 1), ets:next(O, z),
     ets:next(O, zz)].

fold() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{K, K * 10} || K <- lists:seq(1, 8)]),
    O = ets:new(t, [ordered_set]),
    ets:insert(O, [{K} || K <- [c, a, b]]),
    B = ets:new(t, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}]),
    [ets:foldl(fun({_, V}, Acc) -> Acc + V end, 0, T),
     ets:foldl(fun({K, _}, Acc) -> [K | Acc] end, [], T),
     ets:foldr(fun({K, _}, Acc) -> [K | Acc] end, [], T),
     ets:foldl(fun({K}, Acc) -> [K | Acc] end, [], O),
     ets:foldr(fun({K}, Acc) -> [K | Acc] end, [], O),
     ets:foldl(fun(X, Acc) -> [X | Acc] end, [], B),
     c(fun() -> ets:foldl(fun(_, _) -> erlang:error(inside) end, 0, T) end),
     c(fun() -> ets:foldl(fun(_, A) -> A end, 0, no_such_table) end)].

update_counter() ->
    T = ets:new(t, [set]),
    ets:insert(T, {c, 10, 100, x}),
    R1 = ets:update_counter(T, c, 1),
    R2 = ets:update_counter(T, c, {3, -5}),
    R3 = ets:update_counter(T, c, [{2, 1}, {3, 10}, {2, -100, -50, 7}]),
    R4 = ets:update_counter(T, c, {2, 100, 50, 0}),
    R5 = ets:update_counter(T, d, {2, 5}, {anything, 1}),
    R6 = ets:update_counter(T, e, [], {e, 0}),
    R7 = ets:update_counter(T, c, {2, 1 bsl 64}),
    [R1, R2, R3, R4, R5, R6, R7, ets:lookup(T, c), ets:lookup(T, d), ets:lookup(T, e)].

update_counter_errors() ->
    T = ets:new(t, [set]),
    B = ets:new(t, [bag]),
    ets:insert(T, {c, 1, notint}),
    ets:insert(B, {c, 1}),
    [c(fun() -> ets:update_counter(T, nokey, 1) end),
     c(fun() -> ets:update_counter(T, c, {1, 1}) end),
     c(fun() -> ets:update_counter(T, c, {3, 1}) end),
     c(fun() -> ets:update_counter(T, c, {4, 1}) end),
     c(fun() -> ets:update_counter(T, c, {2, 1.5}) end),
     c(fun() -> ets:update_counter(T, c, x) end),
     c(fun() -> ets:update_counter(T, c, [{2, 1}, {3, 1}]) end),
     ets:lookup(T, c),
     c(fun() -> ets:update_counter(B, c, 1) end),
     c(fun() -> ets:update_counter(T, nokey, 1, {short}) end)].

update_element() ->
    T = ets:new(t, [set]),
    B = ets:new(t, [bag]),
    ets:insert(T, {k, a, b, c}),
    [ets:update_element(T, k, {2, x}), ets:update_element(T, k, [{3, y}, {4, z}, {3, w}]),
     ets:lookup(T, k), ets:update_element(T, nokey, {2, x}),
     c(fun() -> ets:update_element(T, k, {1, x}) end),
     c(fun() -> ets:update_element(T, k, {5, x}) end),
     c(fun() -> ets:update_element(B, k, {2, x}) end),
     c(fun() -> ets:update_element(T, k, bad) end), ets:lookup(T, k)].

deleted_table() ->
    T = ets:new(t, [set]),
    true = ets:delete(T),
    [ets:info(T), ets:info(T, size), c(fun() -> ets:lookup(T, k) end),
     c(fun() -> ets:insert(T, {k}) end), c(fun() -> ets:delete(T) end),
     c(fun() -> ets:info(T, not_an_item) end), c(fun() -> ets:info(not_a_table_id_1) end),
     c(fun() -> ets:info("x") end)].

rename() ->
    ets:new(etsx_rename_a, [named_table]),
    ets:new(etsx_rename_b, [named_table]),
    U = ets:new(unnamed, []),
    [ets:rename(etsx_rename_a, etsx_rename_c), ets:info(etsx_rename_c, name),
     ets:info(etsx_rename_a, name), c(fun() -> ets:rename(etsx_rename_c, etsx_rename_b) end),
     is_reference(ets:rename(U, etsx_rename_d)), ets:info(U, name), ets:info(etsx_rename_d, name), c(fun() -> ets:rename(etsx_rename_c, "s") end)].

info_items() ->
    T = ets:new(etsx_info_tab, [ordered_set, public, named_table]),
    ets:insert(T, [{1}, {2}]),
    Info = ets:info(T),
    [[K || {K, _} <- Info], proplists:get_value(size, Info),
     proplists:get_value(type, Info), ets:info(T, owner) =:= self(),
     ets:info(T, fixed), is_integer(ets:info(T, memory))].
