%% Type-test and comparison instructions: every is_* test, is_eq/is_ne
%% (arithmetic comparison), select_val, select_tuple_arity, test_arity and
%% is_tagged_tuple. Each classifier runs over the same sample of terms so
%% that every test both succeeds and fails at least once.
-module(op_types).
-export([samples/0, classify_all/0, classify/1, function_arity/1,
         arith_eq/2, arith_ne/2, exact_vs_arith/0, boolean_check/1,
         tuple_shape/1, tagged/1, select_atom/1, select_int/1,
         compare_chain/0, bits_vs_binary/0, number_kinds/0,
         is_function_bad_arity/1, number_test/1]).

%% One term of each kind; a pid and a reference are made on the fly
%% and only ever classified, never returned.
samples() ->
    [42, -7, 1 bsl 70, 3.5, -0.0, ok, true, false, [], [1, 2], "str",
     <<"bin">>, <<1:3>>, {}, {a, 1}, {a, 1, 2}, #{}, #{k => v},
     fun(X) -> X end, fun erlang:abs/1, fun() -> ok end,
     self(), make_ref()].

classify_all() ->
    [classify(T) || T <- samples()].

%% Ordered type tests: the first that succeeds names the term.
classify(X) when is_integer(X) -> integer;
classify(X) when is_float(X) -> float;
classify(X) when is_boolean(X) -> boolean;
classify(X) when is_atom(X) -> atom;
classify(X) when is_pid(X) -> pid;
classify(X) when is_reference(X) -> reference;
classify(X) when is_port(X) -> port;
classify(X) when is_binary(X) -> binary;
classify(X) when is_bitstring(X) -> bitstring;
classify(X) when is_map(X) -> map;
classify(X) when is_function(X, 0) -> fun0;
classify(X) when is_function(X) -> function;
classify(X) when is_tuple(X) -> tuple;
classify(X) when is_list(X) -> list;
classify(_) -> other.

%% is_function/2 with the arity in a register, not a literal.
function_arity(F) ->
    [A || A <- [0, 1, 2, 3], is_function(F, A)].

is_function_bad_arity(A) ->
    is_function(fun() -> ok end, A).

%% == and /= compare numbers by value: 1 == 1.0.
arith_eq(A, B) when A == B -> equal;
arith_eq(_, _) -> not_equal.

%% Written so the compiler keeps is_ne rather than inverting it to is_eq.
arith_ne(A, B) ->
    if A /= B, is_atom(A) -> different_atom;
       true -> not_different_atom
    end.

number_test(X) when is_number(X) -> number;
number_test(_) -> not_number.

exact_vs_arith() ->
    Pairs = [{1, 1.0}, {1, 1}, {0, -0.0}, {0.0, -0.0}, {a, a}, {[1], [1.0]},
             {{1, 2}, {1.0, 2}}, {#{a => 1}, #{a => 1.0}}, {1 bsl 64, float(1 bsl 64)}],
    [{A == B, A /= B, A =:= B, A =/= B} || {A, B} <- Pairs].

boolean_check(X) when is_boolean(X) -> {bool, X};
boolean_check(X) -> {not_bool, X}.

%% select_tuple_arity dispatches on the size of a tuple.
tuple_shape({}) -> empty;
tuple_shape({_}) -> one;
tuple_shape({_, _}) -> two;
tuple_shape({_, _, _}) -> three;
tuple_shape(T) when is_tuple(T) -> {many, tuple_size(T)};
tuple_shape(_) -> not_a_tuple.

%% is_tagged_tuple: arity and first element in one test.
tagged({point, X, Y}) -> {point, X + Y};
tagged(_) -> untagged.

%% select_val on atoms and integers (dense and sparse).
select_atom(red) -> 1;
select_atom(green) -> 2;
select_atom(blue) -> 3;
select_atom(cyan) -> 4;
select_atom(magenta) -> 5;
select_atom(_) -> 0.

select_int(0) -> zero;
select_int(1) -> one;
select_int(2) -> two;
select_int(3) -> three;
select_int(100) -> hundred;
select_int(-5) -> minus_five;
select_int(1000000) -> million;
select_int(_) -> other.

%% is_lt / is_ge across types follow the term order.
compare_chain() ->
    Terms = [1, 1.0, a, {1}, [], [1], <<>>, #{}, 2.5, -1, "a", {0, 0}],
    Sorted = lists:sort(Terms),
    Lt = length([x || A <- Terms, B <- Terms, A < B]),
    Ge = length([x || A <- Terms, B <- Terms, A >= B]),
    {Sorted, Lt, Ge}.

bits_vs_binary() ->
    [{is_binary(B), is_bitstring(B)} || B <- [<<>>, <<1>>, <<1:1>>, <<1:15>>, "no"]].

number_kinds() ->
    [{is_number(N), is_integer(N), is_float(N)} || N <- [0, 1.0, 1 bsl 100, -1, nan, "1"]].
