-module(exc_kinds).
-compile([no_auto_import, nowarn_unused_vars]).

-export([badmatch_case/0, case_clause_case/0, if_clause_case/0, function_clause_args/0, function_clause_guard_false/0, fun_clause_case/0, try_clause_case/0, undef_module/0, undef_function/0, badarith_case/0, badarg_bifs/0, badarg_hd/0, system_limit_atom/0, badkey_case/0, badmap_case/0, records_ok/0, badrecord_field/0, badrecord_not_tuple/0, badrecord_update/0, nocatch_value/0, process_exit_reasons/0, exit_self_signal/0, exit_self_normal/0, uncaught_throw/0, uncaught_exit/0, raise_custom_stack/0, raise_throw_class/0, raise_bad_class/0, catch_expressions/0, nested_tries/0, after_blocks/0, after_raises/0, rethrow_class_change/0, error_with_info/0, error_with_args/0, stack_of_throw/0, guard_exceptions/0, gleam_panic/0, gleam_todo/0, gleam_let_assert/0, error_reason_shapes/0]).

-spec badmatch_case() -> bc_io:dynamic_().
badmatch_case() ->
    exc_kinds_ffi:badmatch(
        {erlang:binary_to_atom(<<"error"/utf8>>),
            erlang:binary_to_atom(<<"enoent"/utf8>>)}
    ).

-spec case_clause_case() -> bc_io:dynamic_().
case_clause_case() ->
    exc_kinds_ffi:case_clause(3).

-spec if_clause_case() -> bc_io:dynamic_().
if_clause_case() ->
    exc_kinds_ffi:if_clause(5).

-spec function_clause_args() -> bc_io:dynamic_().
function_clause_args() ->
    exc_kinds_ffi:guarded(erlang:binary_to_atom(<<"a"/utf8>>), [1, 2]).

-spec function_clause_guard_false() -> bc_io:dynamic_().
function_clause_guard_false() ->
    exc_kinds_ffi:guarded(1, 5).

-spec fun_clause_case() -> bc_io:dynamic_().
fun_clause_case() ->
    exc_kinds_ffi:fun_clause(3).

-spec try_clause_case() -> bc_io:dynamic_().
try_clause_case() ->
    exc_kinds_ffi:try_clause(erlang:binary_to_atom(<<"not_ok"/utf8>>)).

-spec undef_module() -> bc_io:dynamic_().
undef_module() ->
    erlang:apply(
        erlang:binary_to_atom(<<"beamconf_missing_module"/utf8>>),
        erlang:binary_to_atom(<<"run"/utf8>>),
        [bc_ffi:identity(1), bc_ffi:identity(<<"x"/utf8>>)]
    ).

-spec undef_function() -> bc_io:dynamic_().
undef_function() ->
    erlang:apply(
        erlang:binary_to_atom(<<"lists"/utf8>>),
        erlang:binary_to_atom(<<"reverse"/utf8>>),
        [bc_ffi:identity(1), bc_ffi:identity(2), bc_ffi:identity(3)]
    ).

-spec badarith_case() -> bc_io:dynamic_().
badarith_case() ->
    erlang:'+'(1, erlang:binary_to_atom(<<"one"/utf8>>)).

-spec badarg_bifs() -> list(bc_try:outcome()).
badarg_bifs() ->
    [bc_ffi:try_call(fun() -> erlang:atom_to_list(1) end),
        bc_ffi:try_call(fun() -> erlang:hd([]) end),
        bc_ffi:try_call(fun() -> erlang:list_to_atom([bc_ffi:identity(-1)]) end),
        bc_ffi:try_call(fun() -> erlang:binary_part(<<1, 2>>, 1, 5) end),
        bc_ffi:try_call(fun() -> erlang:integer_to_list(1.5) end),
        bc_ffi:try_call(
            fun() -> erlang:list_to_atom(lists:duplicate(256, 97)) end
        )].

-spec badarg_hd() -> bc_io:dynamic_().
badarg_hd() ->
    erlang:hd([]).

-spec system_limit_atom() -> bc_io:dynamic_().
system_limit_atom() ->
    erlang:list_to_atom(lists:duplicate(256, 97)).

-spec badkey_case() -> bc_io:dynamic_().
badkey_case() ->
    maps:get(
        erlang:binary_to_atom(<<"missing"/utf8>>),
        maps:from_list([{erlang:binary_to_atom(<<"present"/utf8>>), 1}])
    ).

-spec badmap_case() -> bc_io:dynamic_().
badmap_case() ->
    maps:get(erlang:binary_to_atom(<<"k"/utf8>>), {1, 2}).

-spec records_ok() -> bc_io:dynamic_().
records_ok() ->
    exc_kinds_ffi:record_ok().

-spec badrecord_field() -> bc_io:dynamic_().
badrecord_field() ->
    exc_kinds_ffi:bad_record_field({erlang:binary_to_atom(<<"other"/utf8>>), 1}).

-spec badrecord_not_tuple() -> bc_io:dynamic_().
badrecord_not_tuple() ->
    exc_kinds_ffi:bad_record_field(42).

-spec badrecord_update() -> bc_io:dynamic_().
badrecord_update() ->
    exc_kinds_ffi:bad_record_update(
        {erlang:binary_to_atom(<<"point"/utf8>>), 1}
    ).

-spec nocatch_value() -> bc_io:dynamic_().
nocatch_value() ->
    exc_kinds_ffi:nocatch_in_process(
        {erlang:binary_to_atom(<<"ball"/utf8>>), 7}
    ).

-spec process_exit_reasons() -> list(bc_io:dynamic_()).
process_exit_reasons() ->
    [exc_kinds_ffi:exit_reason_in_process(
            erlang:binary_to_atom(<<"error"/utf8>>)
        ),
        exc_kinds_ffi:exit_reason_in_process(
            erlang:binary_to_atom(<<"exit"/utf8>>)
        ),
        exc_kinds_ffi:exit_reason_in_process(
            erlang:binary_to_atom(<<"badarith"/utf8>>)
        ),
        exc_kinds_ffi:exit_reason_in_process(
            erlang:binary_to_atom(<<"normal"/utf8>>)
        ),
        exc_kinds_ffi:exit_reason_in_process(
            erlang:binary_to_atom(<<"kill_self"/utf8>>)
        )].

-spec exit_self_signal() -> bc_io:dynamic_().
exit_self_signal() ->
    exc_kinds_ffi:exit_self_signal(
        {erlang:binary_to_atom(<<"shutdown"/utf8>>), <<"by signal"/utf8>>}
    ).

-spec exit_self_normal() -> bc_io:dynamic_().
exit_self_normal() ->
    exc_kinds_ffi:exit_self_normal().

-spec uncaught_throw() -> bc_io:dynamic_().
uncaught_throw() ->
    erlang:throw({erlang:binary_to_atom(<<"thrown"/utf8>>), [1, 2]}).

-spec uncaught_exit() -> bc_io:dynamic_().
uncaught_exit() ->
    erlang:exit({erlang:binary_to_atom(<<"exited"/utf8>>), <<"reason"/utf8>>}).

-spec raise_custom_stack() -> bc_io:dynamic_().
raise_custom_stack() ->
    exc_kinds_ffi:raise3(
        erlang:binary_to_atom(<<"error"/utf8>>),
        erlang:binary_to_atom(<<"raised"/utf8>>),
        [{erlang:binary_to_atom(<<"fake_mod"/utf8>>),
                erlang:binary_to_atom(<<"fake_fun"/utf8>>),
                2,
                [{erlang:binary_to_atom(<<"file"/utf8>>),
                        bc_ffi:identity([102, 46, 101, 114, 108])},
                    {erlang:binary_to_atom(<<"line"/utf8>>),
                        bc_ffi:identity(99)}]}]
    ).

-spec raise_throw_class() -> bc_io:dynamic_().
raise_throw_class() ->
    exc_kinds_ffi:raise3(
        erlang:binary_to_atom(<<"throw"/utf8>>),
        erlang:binary_to_atom(<<"ball"/utf8>>),
        []
    ).

-spec raise_bad_class() -> list(bc_try:outcome()).
raise_bad_class() ->
    [bc_ffi:try_call(
            fun() ->
                exc_kinds_ffi:raise3(
                    erlang:binary_to_atom(<<"oops"/utf8>>),
                    erlang:binary_to_atom(<<"r"/utf8>>),
                    []
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                exc_kinds_ffi:raise3(
                    erlang:binary_to_atom(<<"error"/utf8>>),
                    erlang:binary_to_atom(<<"r"/utf8>>),
                    erlang:binary_to_atom(<<"not_a_stack"/utf8>>)
                )
            end
        ),
        bc_ffi:try_call(
            fun() ->
                exc_kinds_ffi:raise3(
                    erlang:binary_to_atom(<<"exit"/utf8>>),
                    erlang:binary_to_atom(<<"r"/utf8>>),
                    [{1, 2}]
                )
            end
        )].

-spec catch_expressions() -> list(bc_io:dynamic_()).
catch_expressions() ->
    [exc_kinds_ffi:catch_expr(
            fun() ->
                erlang:throw(erlang:binary_to_atom(<<"thrown_value"/utf8>>))
            end
        ),
        exc_kinds_ffi:catch_expr(
            fun() ->
                erlang:exit(erlang:binary_to_atom(<<"exit_reason"/utf8>>))
            end
        ),
        exc_kinds_ffi:catch_expr(
            fun() ->
                erlang:error(erlang:binary_to_atom(<<"error_reason"/utf8>>))
            end
        ),
        exc_kinds_ffi:catch_expr(fun() -> erlang:'+'(1, <<"x"/utf8>>) end),
        exc_kinds_ffi:catch_expr(
            fun() -> erlang:binary_to_atom(<<"normal_value"/utf8>>) end
        ),
        exc_kinds_ffi:catch_expr(
            fun() ->
                erlang:throw(
                    {erlang:binary_to_atom(<<"EXIT"/utf8>>),
                        erlang:binary_to_atom(<<"fake"/utf8>>)}
                )
            end
        )].

-spec nested_tries() -> list(bc_io:dynamic_()).
nested_tries() ->
    [exc_kinds_ffi:nested(erlang:binary_to_atom(<<"throw"/utf8>>)),
        exc_kinds_ffi:nested(erlang:binary_to_atom(<<"error"/utf8>>)),
        exc_kinds_ffi:nested(erlang:binary_to_atom(<<"exit"/utf8>>)),
        exc_kinds_ffi:nested(erlang:binary_to_atom(<<"none"/utf8>>))].

-spec after_blocks() -> list(bc_io:dynamic_()).
after_blocks() ->
    [exc_kinds_ffi:after_order(true), exc_kinds_ffi:after_order(false)].

-spec after_raises() -> bc_io:dynamic_().
after_raises() ->
    exc_kinds_ffi:after_raises().

-spec rethrow_class_change() -> bc_io:dynamic_().
rethrow_class_change() ->
    exc_kinds_ffi:rethrow_class_change().

-spec error_with_info() -> bc_io:dynamic_().
error_with_info() ->
    exc_kinds_ffi:error_with_info().

-spec error_with_args() -> bc_io:dynamic_().
error_with_args() ->
    exc_kinds_ffi:error_args(
        {erlang:binary_to_atom(<<"bad_input"/utf8>>), 42},
        [bc_ffi:identity(<<"arg one"/utf8>>), bc_ffi:identity(2)]
    ).

-spec stack_of_throw() -> bc_io:dynamic_().
stack_of_throw() ->
    exc_kinds_ffi:stack_of_throw().

-spec guard_exceptions() -> list(bc_io:dynamic_()).
guard_exceptions() ->
    [exc_kinds_ffi:guard_exception([1, 2, 3]),
        exc_kinds_ffi:guard_exception({erlang:binary_to_atom(<<"a"/utf8>>)}),
        exc_kinds_ffi:guard_exception(erlang:binary_to_atom(<<"x"/utf8>>)),
        exc_kinds_ffi:guard_exception([1]),
        exc_kinds_ffi:guard_exception({})].

-spec gleam_panic() -> bc_io:dynamic_().
gleam_panic() ->
    erlang:error(#{gleam_error => panic,
            message => <<"gleam panic message"/utf8>>,
            module => <<"exc_kinds"/utf8>>,
            function => <<"gleam_panic"/utf8>>,
            line => 293}).

-spec gleam_todo() -> bc_io:dynamic_().
gleam_todo() ->
    erlang:error(#{gleam_error => todo,
            message => <<"not written yet"/utf8>>,
            module => <<"exc_kinds"/utf8>>,
            function => <<"gleam_todo"/utf8>>,
            line => 297}).

-spec gleam_let_assert() -> integer().
gleam_let_assert() ->
    _assert_subject = lists:duplicate(3, 1),
    [A, B] = case _assert_subject of
        [_, _] -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"exc_kinds"/utf8>>,
                        function => <<"gleam_let_assert"/utf8>>,
                        line => 301})
    end,
    A + B.

-spec error_reason_shapes() -> list(bc_try:outcome()).
error_reason_shapes() ->
    [bc_ffi:try_call(
            fun() ->
                erlang:error(
                    {erlang:binary_to_atom(<<"tuple"/utf8>>), <<"reason"/utf8>>}
                )
            end
        ),
        bc_ffi:try_call(fun() -> erlang:error([1, 2]) end),
        bc_ffi:try_call(fun() -> erlang:error(maps:from_list([{1, 2}])) end),
        bc_ffi:try_call(
            fun() -> erlang:exit(erlang:binary_to_atom(<<"normal"/utf8>>)) end
        ),
        bc_ffi:try_call(fun() -> erlang:throw(3.5) end)].
