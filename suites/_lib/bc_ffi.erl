%% Erlang helpers for the Gleam conformance suites: things Gleam itself
%% cannot express (an untyped identity, catching exceptions).
-module(bc_ffi).
-export([identity/1, try_call/1]).

%% Lets Gleam code put values of different types into one io:format
%% argument list.
identity(X) -> X.

%% Runs F() and turns an exception into a plain value, so a case can
%% show several failures on stdout and keep going.
try_call(F) ->
    try {returned, F()}
    catch Class:Reason -> {caught, Class, Reason}
    end.
