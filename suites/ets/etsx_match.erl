%% ETS conformance: match patterns and match specifications (select and friends).
-module(etsx_match).
-export([match_patterns/0, match_object/0, select_bodies/0, select_guards/0,
         select_failures/0, select_bad_specs/0, select_count_delete/0,
         match_delete/0, select_reverse/0, select_ordered/0, select_bag/0]).

c(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.

people() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{1, alice, 30, <<"oslo">>}, {2, bob, 25, <<"rome">>},
                   {3, carol, 35, <<"oslo">>}, {4, dave, 25, <<"lima">>},
                   {5, erin, 41, <<"rome">>}]),
    T.

match_patterns() ->
    T = people(),
    [ets:match(T, {'$1', '_', 25, '_'}), ets:match(T, {'_', '$2', '_', <<"oslo">>}),
     ets:match(T, {'$3', '$1', '_', '$2'}), ets:match(T, {'_', '_', '_', '_'}),
     ets:match(T, '_'), ets:match(T, {'$1', '$1', '_', '_'}), ets:match(T, {'$1'}),
     ets:match(T, {6, '_', '_', '_'})].

match_object() ->
    T = people(),
    R = ets:new(t, [set]),
    ets:insert(R, [{a, a}, {b, c}, {d, {d, x}}, {e, [e, 1]}]),
    [ets:match_object(T, {'_', '_', 25, '_'}), ets:match_object(R, {'$1', '$1'}),
     ets:match_object(R, {'$1', {'$1', '_'}}), ets:match_object(R, {'_', ['$9' | '_']}),
     ets:match_object(T, {1.0, '_', '_', '_'})].

select_bodies() ->
    T = people(),
    [ets:select(T, [{{'$1', '$2', '_', '_'}, [], ['$2']}]),
     ets:select(T, [{{'$1', '$2', 25, '_'}, [], ['$_']}]),
     ets:select(T, [{{'$1', '$2', 25, '_'}, [], ['$$']}]),
     ets:select(T, [{{'$1', '$2', '$3', '_'}, [], [{{'$2', '$3'}}]}]),
     ets:select(T, [{{'$1', '_', '_', '_'}, [], [['$1', {const, {x}}]]}]),
     ets:select(T, [{{'$1', '_', '_', '_'}, [], [first, {'*', '$1', 100}]}]),
     ets:select(T, [{{'$1', '_', '$3', '_'}, [], [#{id => '$1', age => '$3'}]}]),
     ets:select(T, [{{'$1', '_', '_', '_'}, [], ['_']}]),
     ets:select(T, [{{1, '_', '_', '_'}, [], [one]}, {{'$1', '_', '_', '_'}, [], [{{other, '$1'}}]}])].

select_guards() ->
    T = people(),
    Ms = fun(G) -> [{{'$1', '$2', '$3', '$4'}, G, ['$1']}] end,
    [ets:select(T, Ms([{'>', '$3', 29}])),
     ets:select(T, Ms([{'=:=', '$4', <<"rome">>}])),
     ets:select(T, Ms([{'andalso', {'>=', '$3', 25}, {'<', '$3', 35}}])),
     ets:select(T, Ms([{'orelse', {'==', '$1', 1}, {'==', '$1', 5.0}}])),
     ets:select(T, Ms([{'==', '$1', 1.0}])),
     ets:select(T, Ms([{'=:=', '$1', 1.0}])),
     ets:select(T, Ms([{'>', '$3', 20}, {'<', '$3', 31}])),
     ets:select(T, Ms([{is_atom, '$2'}, {'not', {'=:=', '$2', bob}}])),
     ets:select(T, Ms([{'=:=', {element, 1, {{'$2'}}}, carol}])),
     ets:select(T, Ms([{'=:=', {'rem', '$1', 2}, 0}])),
     ets:select(T, Ms([{'and', {'>', '$1', 1}, {'<', '$1', 4}}])),
     ets:select(T, Ms([{'=:=', {byte_size, '$4'}, 4}])),
     ets:select(T, Ms([{'=:=', {hd, [a, '$2']}, a}, {is_binary, '$4'}])),
     ets:select(T, Ms([true])), ets:select(T, Ms([false])),
     ets:select(T, Ms([{'>', {'+', '$3', '$1'}, 40}]))].

select_failures() ->
    T = people(),
    Ms = fun(G, B) -> [{{'$1', '$2', '$3', '$4'}, G, B}] end,
    [ets:select(T, Ms([{'>', {'+', '$2', 1}, 0}], ['$1'])),
     ets:select(T, Ms([{'andalso', '$1', true}], ['$1'])),
     ets:select(T, Ms([{element, 9, '$_'}], ['$1'])),
     ets:select(T, Ms([], [{'+', '$2', 1}])),
     ets:select(T, Ms([], [{element, 9, '$_'}])),
     ets:select(T, Ms([], [{'div', '$1', 0}]))].

select_bad_specs() ->
    T = people(),
    [c(fun() -> ets:select(T, Ms) end)
     || Ms <- [not_a_list, [not_a_tuple], [{'_', [], []}], [{'_', guard, ['$_']}],
               [{{'$1', '_', '_', '_'}, [{'>', '$2', 1}], ['$_']}],
               [{{'$1', '_', '_', '_'}, [], ['$5']}],
               [{{'$1', '_', '_', '_'}, [{no_such_bif, '$1'}], ['$_']}],
               [{'_', [], ['$_']} | tail]]].

select_count_delete() ->
    T = people(),
    C1 = ets:select_count(T, [{{'_', '_', '$1', '_'}, [{'>', '$1', 28}], [true]}]),
    C2 = ets:select_count(T, [{{'_', '_', '$1', '_'}, [], [not_true]}]),
    D1 = ets:select_delete(T, [{{'_', '_', 25, '_'}, [], [true]}]),
    D2 = ets:select_delete(T, [{{'_', '_', '_', '_'}, [], [false]}]),
    [C1, C2, D1, D2, ets:tab2list(T), c(fun() -> ets:select_delete(T, bad) end)].

match_delete() ->
    T = people(),
    R = ets:match_delete(T, {'_', '_', '_', <<"rome">>}),
    [R, ets:tab2list(T), ets:match_delete(T, {nothing}), ets:info(T, size)].

select_reverse() ->
    T = people(),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K} || K <- [3, 1, 2]]),
    Ms = [{{'$1', '_', '_', '_'}, [], ['$1']}],
    [ets:select_reverse(T, Ms), ets:select(T, Ms),
     ets:select_reverse(O, [{{'$1'}, [], ['$1']}]), ets:select(O, [{{'$1'}, [], ['$1']}])].

select_ordered() ->
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K * K} || K <- [9, 2, 7, 4, 1]]),
    [ets:select(O, [{{'$1', '$2'}, [{'>', '$2', 10}], [{{'$2', '$1'}}]}]),
     ets:match(O, {'$1', '_'}), ets:match_object(O, {'_', 49})].

select_bag() ->
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}, {k, 4}]),
    [ets:select(B, [{{k, '$1'}, [], ['$1']}]), ets:match_object(B, {'_', '_'}),
     ets:select_delete(B, [{{k, '$1'}, [{'<', '$1', 3}], [true]}]), ets:tab2list(B)].
