%% ets chunked traversal (OTP 26): select/3, match/3, match_object/3, select_reverse/3
%% and the continuations select/1, match/1, match_object/1, select_reverse/1, over
%% set, bag, duplicate_bag and ordered_set tables; chunk order, '$end_of_table', errors.
-module(nat_ets_chunks).
-export([id/1, set_chunks/0, ordered_chunks/0, ordered_reverse/0, bag_chunks/0,
         match_chunks/0, bound_key/0, empty_and_none/0, big_chunks/0, odd_keys/0,
         reuse_continuation/0, changes_between/0, errors/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

%% Every chunk of a traversal: the lists, in the order they came.
all_chunks('$end_of_table', Next) -> Next('$end_of_table'), [];
all_chunks({Items, Cont}, Next) -> [Items | all_chunks(Next(Cont), Next)].

chunks(First) -> all_chunks(First, fun ets:select/1).

%% A first chunk without its continuation (which holds references).
strip({Items, '$end_of_table'}) -> {Items, '$end_of_table'};
strip({Items, _Cont}) -> {Items, more};
strip(Other) -> Other.

table(Type, N) ->
    T = ets:new(?MODULE, [Type]),
    ets:insert(T, [{K, K * K, integer_to_list(K)} || K <- lists:seq(1, N)]),
    T.

ms() -> [{{'$1', '$2', '_'}, [{'>', '$1', 3}], [{{'$1', '$2'}}]}].

set_chunks() ->
    T = table(set, 60),
    Cs = chunks(ets:select(T, ms(), 10)),
    R = [Cs, [length(C) || C <- Cs], lists:sort(lists:append(Cs)) =:= lists:sort(ets:select(T, ms())),
         chunks(ets:select(T, ms(), 7)), chunks(ets:select(T, ms(), 1000)),
         chunks(ets:select_reverse(T, ms(), 10)) =:= Cs],
    ets:delete(T),
    R.

ordered_chunks() ->
    T = table(ordered_set, 40),
    R = [chunks(ets:select(T, ms(), 10)), chunks(ets:select(T, ms(), 37)),
         chunks(ets:select(T, ms(), 1)) =:= [[X] || X <- ets:select(T, ms())],
         chunks(ets:select(T, [{'_', [], ['$_']}], 40))],
    ets:delete(T),
    R.

ordered_reverse() ->
    T = table(ordered_set, 30),
    R = [all_chunks(ets:select_reverse(T, ms(), 8), fun ets:select_reverse/1),
         %% select/1 on a reverse continuation keeps going backwards.
         all_chunks(ets:select_reverse(T, ms(), 8), fun ets:select/1),
         ets:select_reverse(T, ms())],
    ets:delete(T),
    R.

bag_chunks() ->
    B = ets:new(?MODULE, [bag]),
    D = ets:new(?MODULE, [duplicate_bag]),
    Objs = [{K rem 7, V} || K <- lists:seq(1, 50), V <- [a, b]],
    ets:insert(B, Objs), ets:insert(D, Objs), ets:insert(D, Objs),
    MS = [{{'$1', '$2'}, [], [{{'$1', '$2'}}]}],
    R = [chunks(ets:select(B, MS, 9)), chunks(ets:select(D, MS, 25)),
         chunks(ets:select(D, [{{3, '$1'}, [], ['$1']}], 4))],
    ets:delete(B), ets:delete(D),
    R.

match_chunks() ->
    S = table(set, 25),
    O = table(ordered_set, 25),
    R = [all_chunks(ets:match(S, {'$1', '_', '$2'}, 6), fun ets:match/1),
         all_chunks(ets:match(O, {'$1', '_', '$2'}, 6), fun ets:match/1),
         all_chunks(ets:match_object(S, {'_', '_', '_'}, 9), fun ets:match_object/1),
         all_chunks(ets:match_object(O, {'_', '_', "1" ++ '_'}, 3), fun ets:match_object/1),
         all_chunks(ets:match(O, {'$1', '$2', '_'}, 4), fun ets:select/1)],
    ets:delete(S), ets:delete(O),
    R.

%% A match spec with a ground key visits only that key.
bound_key() ->
    S = table(set, 20),
    O = table(ordered_set, 20),
    B = ets:new(?MODULE, [bag]),
    ets:insert(B, [{k, N} || N <- lists:seq(1, 9)] ++ [{j, 0}]),
    R = [strip(X) || X <- [ets:select(S, [{{5, '$1', '_'}, [], ['$1']}], 1),
         ets:select(O, [{{5, '$1', '_'}, [], ['$1']}], 1),
         ets:select(S, [{{99, '_', '_'}, [], ['$_']}], 3),
         ets:select(O, [{{99, '_', '_'}, [], ['$_']}], 3),
         chunks(ets:select(B, [{{k, '$1'}, [], ['$1']}], 4)),
         chunks(ets:select(S, [{{3, '$1', '_'}, [], ['$1']}, {{4, '$1', '_'}, [], ['$1']}], 1)),
         chunks(ets:select(O, [{{3, '$1', '_'}, [], ['$1']}, {{4, '$1', '_'}, [], ['$1']}], 1)),
         ets:match(O, {7, '$1', '_'}, 5), ets:match_object(S, {8, '_', '_'}, 5)]],
    ets:delete(S), ets:delete(O), ets:delete(B),
    R.

empty_and_none() ->
    S = ets:new(?MODULE, [set]),
    O = ets:new(?MODULE, [ordered_set]),
    E = [ets:select(S, ms(), 5), ets:select(O, ms(), 5), ets:match(S, '$1', 1), ets:match_object(O, '_', 1),
         ets:select_reverse(O, ms(), 3)],
    ets:insert(S, {1, 1, "1"}), ets:insert(O, {1, 1, "1"}),
    N = [strip(X) || X <- [ets:select(S, ms(), 5), ets:select(O, ms(), 5),
         ets:select(S, [{{'_', '_'}, [], ['$_']}], 2), ets:select(O, [{{'_', '_'}, [], ['$_']}], 2),
         ets:select(S, [{'$1', [], ['$1']}], 5), ets:select(O, [{'$1', [], ['$1']}], 1),
         ets:select(O, [{'$1', [], ['$1']}], 2), ets:select(S, [{'$1', [], ['$1']}], 1)]],
    ets:delete(S), ets:delete(O),
    [E, N, ets:select('$end_of_table'), ets:match('$end_of_table'),
     ets:match_object('$end_of_table'), ets:select_reverse('$end_of_table')].

big_chunks() ->
    S = table(set, 5000),
    O = table(ordered_set, 5000),
    MS = [{{'$1', '_', '_'}, [{'==', {'rem', '$1', 3}, 0}], ['$1']}],
    SC = chunks(ets:select(S, MS, 100)),
    OC = chunks(ets:select(O, MS, 100)),
    R = [length(SC), [length(C) || C <- SC], erlang:crc32(term_to_binary(SC)),
         lists:sort(lists:append(SC)) =:= lists:append(OC), length(OC),
         erlang:crc32(term_to_binary(chunks(ets:select(S, [{'_', [], ['$_']}], 333))))],
    ets:delete(S), ets:delete(O),
    R.

%% Keys of every kind: unicode binaries, tuples, floats and atoms.
odd_keys() ->
    Keys = [<<"ü"/utf8>>, <<"日本"/utf8>>, {a, 1}, {a, 2.0}, 1.5, 2, atom, "ünï", [], <<>>],
    S = ets:new(?MODULE, [set]),
    O = ets:new(?MODULE, [ordered_set]),
    [ets:insert(T, {K, I}) || T <- [S, O], {I, K} <- lists:enumerate(Keys)],
    MS = [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}],
    %% A set's order of such keys varies between runs of OTP itself: only its sizes are shown.
    SC = chunks(ets:select(S, MS, 3)),
    R = [[length(C) || C <- SC], lists:sort(lists:append(SC)), chunks(ets:select(O, MS, 3)),
         all_chunks(ets:select_reverse(O, MS, 4), fun ets:select_reverse/1),
         strip(ets:select(O, [{{{a, '_'}, '$1'}, [], ['$1']}], 1)),
         chunks(ets:select(O, [{{{a, '_'}, '$1'}, [], ['$1']}], 1))],
    ets:delete(S), ets:delete(O),
    R.

%% A continuation is a value: using it twice gives the same chunk.
reuse_continuation() ->
    S = table(set, 30),
    O = table(ordered_set, 30),
    {_, C1} = ets:select(S, ms(), 4),
    {_, C2} = ets:select(O, ms(), 4),
    R = [ets:select(C1) =:= ets:select(C1), ets:select(C2) =:= ets:select(C2),
         element(1, ets:select(C2))],
    ets:delete(S), ets:delete(O),
    R.

%% Objects inserted or deleted between chunks of an ordered_set.
changes_between() ->
    O = table(ordered_set, 10),
    {A, C} = ets:select(O, ms(), 3),
    ets:insert(O, {100, 0, "x"}),
    ets:delete(O, 7),
    Rest = chunks(ets:select(C)),
    ets:delete(O),
    [A, Rest].

errors() ->
    S = table(set, 5),
    O = table(ordered_set, 5),
    {_, CS} = ets:select(S, ms(), 1),
    {_, CO} = ets:select(O, ms(), 1),
    R = [t(fun() -> ets:select(S, ms(), 0) end),
         t(fun() -> ets:select(S, ms(), -1) end),
         t(fun() -> ets:select(S, ms(), ?MODULE:id(many)) end),
         t(fun() -> ets:select(O, ms(), 1.0) end),
         t(fun() -> ets:select(S, [bad_spec], 1) end),
         t(fun() -> ets:match(S, {'$1'}, 0) end),
         t(fun() -> ets:match_object(?MODULE:id(no_such_table), '_', 1) end),
         t(fun() -> ets:select(?MODULE:id(garbage)) end),
         t(fun() -> ets:select(?MODULE:id({1, 2, 3})) end),
         t(fun() -> ets:select(?MODULE:id([])) end)],
    ets:delete(S), ets:delete(O),
    R ++ [t(fun() -> ets:select(CS) end), t(fun() -> ets:select(CO) end)].
