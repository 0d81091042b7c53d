%% Load-time instructions: on_load (the module's -on_load function starts
%% with it) and nif_start (the first instruction of a function listed in
%% -nifs). No NIF library is ever loaded, so nif stubs run their Erlang body.
-module(op_load).
-on_load(init/0).
-nifs([native_double/1, native_name/0]).
-export([loaded/0, native_double/1, native_name/0, doubled_list/1]).

%% Runs once when the module is loaded; must return ok for the load to
%% complete. It only checks something about itself, so it has no
%% observable effect beyond letting the module load.
init() ->
    case erlang:module_loaded(?MODULE) of
        _ -> ok
    end.

loaded() -> {?MODULE, erlang:module_loaded(?MODULE)}.

%% Without a NIF library the Erlang bodies run, after nif_start.
native_double(X) -> X * 2.

native_name() -> erlang:nif_error(not_loaded).

%% A remote call: OTP 26.2.5's alias analysis crashes on a local call to
%% a function that begins with nif_start.
doubled_list(L) -> [?MODULE:native_double(X) || X <- L].
