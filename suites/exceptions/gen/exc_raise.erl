-module(exc_raise).
-compile([no_auto_import, nowarn_unused_vars]).

-export([raise_error/0, raise_error_with_args/1, raise_exit/0, raise_throw/0, raise_exit_normal/0, catch_each_class/0, atom_from_invalid_utf8/0, unknown_existing_atom/0, atom_too_long/0, add_int_to_atom/0, call_undefined/0, atom_to_list_of_binary/0, function_clause/1, case_clause/1, if_clause/1, try_clause/1, old_catch_forms/0, reraise/0, reraise_bad_class/0, after_blocks/0, rethrow/0, process_exits/0, stack_top/0]).

-spec atom(binary()) -> bc_io:dynamic_().
atom(S) ->
    erlang:binary_to_atom(<<S/binary>>).

-spec raise_error() -> bc_io:dynamic_().
raise_error() ->
    erlang:error({<<"my_error"/utf8>>, 42}).

-spec raise_error_with_args(integer()) -> bc_io:dynamic_().
raise_error_with_args(X) ->
    erlang:error(atom(<<"bad_input"/utf8>>), [bc_ffi:identity(X)]).

-spec raise_exit() -> bc_io:dynamic_().
raise_exit() ->
    erlang:exit({atom(<<"shutdown"/utf8>>), <<"going away"/utf8>>}).

-spec raise_throw() -> bc_io:dynamic_().
raise_throw() ->
    erlang:throw([1, 2, 3]).

-spec raise_exit_normal() -> bc_io:dynamic_().
raise_exit_normal() ->
    erlang:exit(atom(<<"normal"/utf8>>)).

-spec show(binary(), fun(() -> bc_io:dynamic_())) -> nil.
show(Label, F) ->
    case bc_ffi:try_call(F) of
        {returned, V} ->
            bc_io:format(
                <<"~s: returned ~p~n"/utf8>>,
                [bc_ffi:identity(Label), V]
            );

        {caught, Class, Reason} ->
            bc_io:format(
                <<"~s: ~p:~p~n"/utf8>>,
                [bc_ffi:identity(Label), Class, Reason]
            )
    end.

-spec catch_each_class() -> nil.
catch_each_class() ->
    show(<<"error"/utf8>>, fun() -> raise_error() end),
    show(<<"exit"/utf8>>, fun() -> raise_exit() end),
    show(<<"throw"/utf8>>, fun() -> raise_throw() end),
    show(<<"nothing"/utf8>>, fun() -> bc_ffi:identity(<<"fine"/utf8>>) end).

-spec atom_from_invalid_utf8() -> bc_io:dynamic_().
atom_from_invalid_utf8() ->
    erlang:binary_to_atom(<<255, 254>>).

-spec unknown_existing_atom() -> bc_io:dynamic_().
unknown_existing_atom() ->
    erlang:binary_to_existing_atom(<<"surely_not_an_existing_atom_9f3k"/utf8>>).

-spec atom_too_long() -> bc_io:dynamic_().
atom_too_long() ->
    erlang:list_to_atom(lists:duplicate(256, 97)).

-spec add_int_to_atom() -> bc_io:dynamic_().
add_int_to_atom() ->
    erlang:'+'(bc_ffi:identity(1), atom(<<"one"/utf8>>)).

-spec call_undefined() -> bc_io:dynamic_().
call_undefined() ->
    erlang:apply(
        atom(<<"exc_no_such_module"/utf8>>),
        atom(<<"nope"/utf8>>),
        [bc_ffi:identity(1)]
    ).

-spec atom_to_list_of_binary() -> bc_io:dynamic_().
atom_to_list_of_binary() ->
    erlang:atom_to_list(bc_ffi:identity(<<"not an atom"/utf8>>)).

-spec function_clause(integer()) -> bc_io:dynamic_().
function_clause(X) ->
    exc_helper:small_name(X).

-spec case_clause(bc_io:dynamic_()) -> integer().
case_clause(X) ->
    exc_helper:case_without_match(X).

-spec if_clause(integer()) -> bc_io:dynamic_().
if_clause(X) ->
    exc_helper:if_without_match(X).

-spec try_clause(bc_io:dynamic_()) -> bc_io:dynamic_().
try_clause(X) ->
    exc_helper:try_of_without_match(X).

-spec old_catch_forms() -> list(bc_io:dynamic_()).
old_catch_forms() ->
    [exc_helper:old_catch(fun() -> erlang:throw(atom(<<"thrown"/utf8>>)) end),
        exc_helper:old_catch(fun() -> erlang:exit(atom(<<"exited"/utf8>>)) end),
        exc_helper:old_catch(
            fun() -> erlang:error(atom(<<"errored"/utf8>>)) end
        ),
        exc_helper:old_catch(fun() -> bc_ffi:identity(7) end)].

-spec reraise() -> list(bc_io:dynamic_()).
reraise() ->
    [bc_ffi:identity(
            bc_ffi:try_call(
                fun() ->
                    exc_helper:raise_again(
                        atom(<<"throw"/utf8>>),
                        bc_ffi:identity(1)
                    )
                end
            )
        ),
        bc_ffi:identity(
            bc_ffi:try_call(
                fun() ->
                    exc_helper:raise_again(
                        atom(<<"exit"/utf8>>),
                        bc_ffi:identity(2)
                    )
                end
            )
        ),
        bc_ffi:identity(
            bc_ffi:try_call(
                fun() ->
                    exc_helper:raise_again(
                        atom(<<"error"/utf8>>),
                        bc_ffi:identity(3)
                    )
                end
            )
        )].

-spec reraise_bad_class() -> bc_io:dynamic_().
reraise_bad_class() ->
    exc_helper:raise_again(atom(<<"oops"/utf8>>), bc_ffi:identity(1)).

-spec after_blocks() -> list(bc_io:dynamic_()).
after_blocks() ->
    [exc_helper:after_order(fun() -> bc_ffi:identity(<<"ok"/utf8>>) end),
        exc_helper:after_order(fun() -> erlang:throw(atom(<<"t"/utf8>>)) end)].

-spec rethrow() -> bc_io:dynamic_().
rethrow() ->
    exc_helper:nested_rethrow().

-spec process_exits() -> list(bc_io:dynamic_()).
process_exits() ->
    [exc_helper:exit_from_process(atom(<<"normal"/utf8>>)),
        exc_helper:exit_from_process(atom(<<"custom_reason"/utf8>>)),
        exc_helper:exit_from_process(
            bc_ffi:identity({atom(<<"bad"/utf8>>), [1, 2]})
        )].

-spec stack_top() -> bc_io:dynamic_().
stack_top() ->
    exc_helper:stack_depth_of_error().
