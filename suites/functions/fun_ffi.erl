%% Erlang-side helpers for fun_higher: fun_info items that are stable
%% between runs (never pid), fun calls through apply and direct calls,
%% and external funs built with fun M:F/A.
-module(fun_ffi).
-export([info/1, info_item/2, call_direct/2, apply_fun/2, apply_mfa/3,
         external_fun/3, local_named/0, env_of/1, fun_text/1,
         make_funs_in_loop/1, recursive_fun/1, tuple_fun_call/0]).

%% Every documented fun_info item except pid.
info(F) ->
    [erlang:fun_info(F, Item) || Item <- [type, module, name, arity, env, index, new_index, uniq, new_uniq]].

info_item(F, Item) -> erlang:fun_info(F, Item).

%% F(A1, ..., An) written as a direct call, not through apply.
call_direct(F, []) -> F();
call_direct(F, [A]) -> F(A);
call_direct(F, [A, B]) -> F(A, B);
call_direct(F, [A, B, C]) -> F(A, B, C).

apply_fun(F, Args) -> erlang:apply(F, Args).

apply_mfa(M, F, Args) -> erlang:apply(M, F, Args).

external_fun(M, F, A) -> fun M:F/A.

local_named() -> fun local_double/1.

local_double(X) -> 2 * X.

env_of(F) ->
    {env, Env} = erlang:fun_info(F, env),
    Env.

fun_text(F) -> erlang:fun_to_list(F).

%% Funs created in a loop share code but not environment.
make_funs_in_loop(N) -> [fun() -> I * I end || I <- lists:seq(1, N)].

%% A named fun calling itself.
recursive_fun(N) ->
    Fact = fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end,
    Fact(N).

%% {Module, Function} tuples are not funs any more: badfun.
tuple_fun_call() ->
    F = id({lists, reverse}),
    F([1, 2, 3]).

id(X) -> X.
