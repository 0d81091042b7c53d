%% Stack-frame set-up as compiled for releases before OTP 24
%% (-compile(no_init_yregs)): allocate_zero, allocate_heap_zero and init
%% instead of allocate + init_yregs.
-module(op_noinit).
-compile([no_init_yregs]).
-export([guarded_call/2, guarded_pair/2, catch_in_frame/1, kept_across/2]).

%% Cases pass an atom naming the fun to call (funs cannot be case arguments).
pick(sum) -> fun({A, B}) -> A + B end;
pick(third) -> fun(T) -> element(3, T) end;
pick(divide) -> fun([X]) -> X / 0 end;
pick(double) -> fun(X) -> X * 2 end.

%% allocate_heap_zero: the frame is zeroed and the tuple built at once.
guarded_call(Name, A) ->
    T = {A, A},
    F = pick(Name),
    try F(T) catch error:R:S -> {R, length(S) > 0, T} end.

guarded_pair(Name, A) ->
    F = pick(Name),
    try F([A]) catch error:R:_ -> {caught, R} end.

%% allocate_zero plus init of a y register that a catch may leave unset.
catch_in_frame(X) ->
    R = (catch id(X)),
    Y = case R of {'EXIT', _} -> failed; _ -> id(R) end,
    {R, Y}.

kept_across(Name, X) ->
    F = pick(Name),
    A = id(X),
    B = try F(A) catch _:_ -> error end,
    C = id(B),
    {A, B, C}.

id(X) -> X.
