-module(bc_io).
-compile([no_auto_import, nowarn_unused_vars]).

-export([dyn/1, format/2, print/1, println/1, debug/1, show/2]).
-export_type([dynamic_/0]).

-type dynamic_() :: any().

-spec dyn(any()) -> dynamic_().
dyn(Value) ->
    bc_ffi:identity(Value).

-spec format(binary(), list(dynamic_())) -> nil.
format(Format, Args) ->
    io:format(Format, Args),
    nil.

-spec print(binary()) -> nil.
print(Text) ->
    io:put_chars(Text),
    nil.

-spec println(binary()) -> nil.
println(Text) ->
    io:put_chars(Text),
    io:put_chars(<<"\n"/utf8>>),
    nil.

-spec debug(any()) -> nil.
debug(Value) ->
    format(<<"~p~n"/utf8>>, [bc_ffi:identity(Value)]).

-spec show(binary(), any()) -> nil.
show(Label, Value) ->
    format(
        <<"~s: ~p~n"/utf8>>,
        [bc_ffi:identity(Label), bc_ffi:identity(Value)]
    ).
