-module(bc_try).
-compile([no_auto_import, nowarn_unused_vars]).

-export([try_call/1]).
-export_type([outcome/0]).

-type outcome() :: {returned, bc_io:dynamic_()} |
    {caught, bc_io:dynamic_(), bc_io:dynamic_()}.

-spec try_call(fun(() -> any())) -> outcome().
try_call(F) ->
    bc_ffi:try_call(F).
