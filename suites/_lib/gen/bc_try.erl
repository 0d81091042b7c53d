-module(bc_try).
-compile([no_auto_import, nowarn_unused_vars]).

-export([try_call/1]).
-export_type([outcome/1]).

-type outcome(W) :: {returned, W} | {caught, bc_io:dynamic_(), bc_io:dynamic_()}.

-spec try_call(fun(() -> X)) -> outcome(X).
try_call(F) ->
    bc_ffi:try_call(F).
