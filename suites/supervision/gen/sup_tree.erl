-module(sup_tree).
-compile([no_auto_import, nowarn_unused_vars]).

-export([supervisor/3, start_stop/0, one_for_one/0, one_for_one_twice/0, one_for_all/0, rest_for_one_middle/0, rest_for_one_last/0, rest_for_one_first/0, transient_normal/0, transient_shutdown_reason/0, temporary_never_restarted/0, permanent_normal_exit/0, unknown_child_ignored/0, restart_limit/0, report_midway/0, two_supervisors/0]).
-export_type([pid_/0, dynamic_/0, strategy/0, restart/0, exit_reason/0, command/0, worker_msg/0, event/0, spec/0, child/0, state/0]).

-type pid_() :: any().

-type dynamic_() :: any().

-type strategy() :: one_for_one | one_for_all | rest_for_one.

-type restart() :: permanent | transient | temporary.

-type exit_reason() :: normal | shutdown | killed | {other, dynamic_()}.

-type command() :: {crash, integer(), dynamic_()} |
    {kill, integer()} |
    {quit, integer()} |
    {report, pid_()} |
    {stop, pid_()} |
    {reply, list(event())}.

-type worker_msg() :: {die, dynamic_()} | leave.

-type event() :: {started, integer(), integer()} |
    {exited, integer(), binary()} |
    {terminated, integer()} |
    {removed, integer()} |
    gave_up.

-type spec() :: {spec, integer(), restart()}.

-type child() :: {child, spec(), pid_(), integer()}.

-type state() :: {state,
        strategy(),
        list(child()),
        integer(),
        integer(),
        list(event())}.

-spec start_child(spec(), integer()) -> child().
start_child(Spec, Generation) ->
    {child,
        Spec,
        sup_tree_ffi:spawn_link(fun sup_tree_ffi:worker_loop/0),
        Generation}.

-spec describe(exit_reason()) -> binary().
describe(Reason) ->
    case Reason of
        normal ->
            <<"normal"/utf8>>;

        shutdown ->
            <<"shutdown"/utf8>>;

        killed ->
            <<"killed"/utf8>>;

        {other, _} ->
            <<"other"/utf8>>
    end.

-spec should_restart(restart(), exit_reason()) -> boolean().
should_restart(Restart, Reason) ->
    case {Restart, Reason} of
        {permanent, _} ->
            true;

        {transient, normal} ->
            false;

        {transient, shutdown} ->
            false;

        {transient, _} ->
            true;

        {temporary, _} ->
            false
    end.

-spec terminate_all(list(child()), list(event())) -> list(event()).
terminate_all(Children, Log) ->
    case Children of
        [] ->
            Log;

        [C | Rest] ->
            sup_tree_ffi:terminate(erlang:element(3, C)),
            terminate_all(
                Rest,
                [{terminated, erlang:element(2, erlang:element(2, C))} | Log]
            )
    end.

-spec append_spec(list(spec()), spec()) -> list(spec()).
append_spec(L, S) ->
    case L of
        [] ->
            [S];

        [X | Rest] ->
            [X | append_spec(Rest, S)]
    end.

-spec specs(restart(), integer()) -> list(spec()).
specs(Restart, N) ->
    case N of
        0 ->
            [];

        _ ->
            append_spec(specs(Restart, N - 1), {spec, N, Restart})
    end.

-spec send_all(pid_(), list(command())) -> nil.
send_all(To, Commands) ->
    case Commands of
        [] ->
            nil;

        [C | Rest] ->
            erlang:send(To, C),
            send_all(To, Rest)
    end.

-spec boom() -> dynamic_().
boom() ->
    erlang:binary_to_atom(<<"boom"/utf8>>).

-spec find(list(child()), integer()) -> {ok, child()} | {error, nil}.
find(Children, Id) ->
    case Children of
        [] ->
            {error, nil};

        [C | Rest] ->
            case erlang:element(2, erlang:element(2, C)) =:= Id of
                true ->
                    {ok, C};

                false ->
                    find(Rest, Id)
            end
    end.

-spec remove(list(child()), integer()) -> list(child()).
remove(Children, Id) ->
    case Children of
        [] ->
            [];

        [C | Rest] ->
            case erlang:element(2, erlang:element(2, C)) =:= Id of
                true ->
                    Rest;

                false ->
                    [C | remove(Rest, Id)]
            end
    end.

-spec children_after(list(child()), integer()) -> list(child()).
children_after(Children, Id) ->
    case Children of
        [] ->
            [];

        [C | Rest] ->
            case erlang:element(2, erlang:element(2, C)) =:= Id of
                true ->
                    Rest;

                false ->
                    children_after(Rest, Id)
            end
    end.

-spec ids(list(child())) -> list(integer()).
ids(Children) ->
    case Children of
        [] ->
            [];

        [C | Rest] ->
            [erlang:element(2, erlang:element(2, C)) | ids(Rest)]
    end.

-spec member(list(integer()), integer()) -> boolean().
member(L, X) ->
    case L of
        [] ->
            false;

        [Y | Rest] ->
            case X =:= Y of
                true ->
                    true;

                false ->
                    member(Rest, X)
            end
    end.

-spec reverse_children(list(child()), list(child())) -> list(child()).
reverse_children(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            reverse_children(Rest, [X | Acc])
    end.

-spec start_all(list(spec()), list(child()), list(event())) -> {list(child()),
    list(event())}.
start_all(Specs, Acc, Log) ->
    case Specs of
        [] ->
            {reverse_children(Acc, []), Log};

        [Spec | Rest] ->
            start_all(
                Rest,
                [start_child(Spec, 1) | Acc],
                [{started, erlang:element(2, Spec), 1} | Log]
            )
    end.

-spec restart_ids(list(child()), list(integer()), list(event()), list(child())) -> {list(child()),
    list(event())}.
restart_ids(Children, Which, Log, Acc) ->
    case Children of
        [] ->
            {reverse_children(Acc, []), Log};

        [C | Rest] ->
            case member(Which, erlang:element(2, erlang:element(2, C))) of
                true ->
                    G = erlang:element(4, C) + 1,
                    restart_ids(
                        Rest,
                        Which,
                        [{started, erlang:element(2, erlang:element(2, C)), G} |
                            Log],
                        [start_child(erlang:element(2, C), G) | Acc]
                    );

                false ->
                    restart_ids(Rest, Which, Log, [C | Acc])
            end
    end.

-spec restart(state(), child()) -> state().
restart(State, Failed) ->
    Restarts = erlang:element(5, State) + 1,
    case Restarts > erlang:element(4, State) of
        true ->
            Others = remove(
                erlang:element(3, State),
                erlang:element(2, erlang:element(2, Failed))
            ),
            Log = terminate_all(
                reverse_children(Others, []),
                erlang:element(6, State)
            ),
            sup_tree_ffi:exit_self(erlang:binary_to_atom(<<"shutdown"/utf8>>)),
            erlang:setelement(
                6,
                erlang:setelement(3, State, []),
                [gave_up | Log]
            );

        false ->
            State@1 = erlang:setelement(5, State, Restarts),
            case erlang:element(2, State@1) of
                one_for_one ->
                    {Children, Log@1} = restart_ids(
                        erlang:element(3, State@1),
                        [erlang:element(2, erlang:element(2, Failed))],
                        erlang:element(6, State@1),
                        []
                    ),
                    erlang:setelement(
                        6,
                        erlang:setelement(3, State@1, Children),
                        Log@1
                    );

                one_for_all ->
                    Others@1 = remove(
                        erlang:element(3, State@1),
                        erlang:element(2, erlang:element(2, Failed))
                    ),
                    Log@2 = terminate_all(
                        reverse_children(Others@1, []),
                        erlang:element(6, State@1)
                    ),
                    {Children@1, Log@3} = restart_ids(
                        erlang:element(3, State@1),
                        ids(erlang:element(3, State@1)),
                        Log@2,
                        []
                    ),
                    erlang:setelement(
                        6,
                        erlang:setelement(3, State@1, Children@1),
                        Log@3
                    );

                rest_for_one ->
                    After = children_after(
                        erlang:element(3, State@1),
                        erlang:element(2, erlang:element(2, Failed))
                    ),
                    Log@4 = terminate_all(
                        reverse_children(After, []),
                        erlang:element(6, State@1)
                    ),
                    {Children@2, Log@5} = restart_ids(
                        erlang:element(3, State@1),
                        [erlang:element(2, erlang:element(2, Failed)) |
                            ids(After)],
                        Log@4,
                        []
                    ),
                    erlang:setelement(
                        6,
                        erlang:setelement(3, State@1, Children@2),
                        Log@5
                    )
            end
    end.

-spec act(state(), integer(), fun((pid_()) -> exit_reason())) -> state().
act(State, Id, How) ->
    case find(erlang:element(3, State), Id) of
        {error, nil} ->
            State;

        {ok, Child} ->
            Reason = How(erlang:element(3, Child)),
            Log = [{exited, Id, describe(Reason)} | erlang:element(6, State)],
            case should_restart(
                erlang:element(3, erlang:element(2, Child)),
                Reason
            ) of
                false ->
                    erlang:setelement(
                        6,
                        erlang:setelement(
                            3,
                            State,
                            remove(erlang:element(3, State), Id)
                        ),
                        [{removed, Id} | Log]
                    );

                true ->
                    restart(erlang:setelement(6, State, Log), Child)
            end
    end.

-spec reverse_events(list(event()), list(event())) -> list(event()).
reverse_events(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            reverse_events(Rest, [X | Acc])
    end.

-spec serve(state()) -> nil.
serve(State) ->
    case sup_tree_ffi:receive_command() of
        {crash, Id, Reason} ->
            serve(
                act(
                    State,
                    Id,
                    fun(Pid) ->
                        erlang:send(Pid, {die, Reason}),
                        sup_tree_ffi:wait_exit(Pid)
                    end
                )
            );

        {kill, Id@1} ->
            serve(act(State, Id@1, fun sup_tree_ffi:kill/1));

        {quit, Id@2} ->
            serve(
                act(
                    State,
                    Id@2,
                    fun(Pid@1) ->
                        erlang:send(Pid@1, leave),
                        sup_tree_ffi:wait_exit(Pid@1)
                    end
                )
            );

        {report, From} ->
            erlang:send(
                From,
                {reply, reverse_events(erlang:element(6, State), [])}
            ),
            serve(State);

        {stop, From@1} ->
            Log = terminate_all(
                reverse_children(erlang:element(3, State), []),
                erlang:element(6, State)
            ),
            erlang:send(From@1, {reply, reverse_events(Log, [])}),
            nil;

        {reply, _} ->
            serve(State)
    end.

-spec supervisor(strategy(), list(spec()), integer()) -> nil.
supervisor(Strategy, Specs, Max_restarts) ->
    sup_tree_ffi:trap_exits(),
    {Children, Log} = start_all(Specs, [], []),
    serve({state, Strategy, Children, Max_restarts, 0, Log}).

-spec scenario(strategy(), list(spec()), integer(), list(command())) -> {ok,
        list(event())} |
    {error, dynamic_()}.
scenario(Strategy, Children, Max, Commands) ->
    Sup = sup_tree_ffi:spawn_monitored(
        fun() -> supervisor(Strategy, Children, Max) end
    ),
    send_all(Sup, Commands),
    case sup_tree_ffi:call(Sup, {stop, erlang:self()}) of
        {ok, {reply, Log}} ->
            sup_tree_ffi:await_down(Sup),
            {ok, Log};

        {ok, _} ->
            {error, bc_ffi:identity(<<"unexpected reply"/utf8>>)};

        {error, Reason} ->
            {error, Reason}
    end.

-spec start_stop() -> {ok, list(event())} | {error, dynamic_()}.
start_stop() ->
    scenario(one_for_one, specs(permanent, 3), 5, []).

-spec one_for_one() -> {ok, list(event())} | {error, dynamic_()}.
one_for_one() ->
    scenario(one_for_one, specs(permanent, 3), 5, [{crash, 2, boom()}]).

-spec one_for_one_twice() -> {ok, list(event())} | {error, dynamic_()}.
one_for_one_twice() ->
    scenario(
        one_for_one,
        specs(permanent, 3),
        5,
        [{crash, 2, boom()}, {crash, 2, boom()}, {kill, 1}]
    ).

-spec one_for_all() -> {ok, list(event())} | {error, dynamic_()}.
one_for_all() ->
    scenario(one_for_all, specs(permanent, 4), 5, [{crash, 2, boom()}]).

-spec rest_for_one_middle() -> {ok, list(event())} | {error, dynamic_()}.
rest_for_one_middle() ->
    scenario(rest_for_one, specs(permanent, 4), 5, [{crash, 2, boom()}]).

-spec rest_for_one_last() -> {ok, list(event())} | {error, dynamic_()}.
rest_for_one_last() ->
    scenario(rest_for_one, specs(permanent, 4), 5, [{crash, 4, boom()}]).

-spec rest_for_one_first() -> {ok, list(event())} | {error, dynamic_()}.
rest_for_one_first() ->
    scenario(rest_for_one, specs(permanent, 3), 5, [{kill, 1}]).

-spec transient_normal() -> {ok, list(event())} | {error, dynamic_()}.
transient_normal() ->
    scenario(
        one_for_one,
        specs(transient, 2),
        5,
        [{quit, 1}, {crash, 2, boom()}]
    ).

-spec transient_shutdown_reason() -> {ok, list(event())} | {error, dynamic_()}.
transient_shutdown_reason() ->
    scenario(
        one_for_one,
        specs(transient, 2),
        5,
        [{crash, 1, erlang:binary_to_atom(<<"shutdown"/utf8>>)}]
    ).

-spec temporary_never_restarted() -> {ok, list(event())} | {error, dynamic_()}.
temporary_never_restarted() ->
    scenario(
        one_for_all,
        specs(temporary, 3),
        5,
        [{crash, 2, boom()}, {crash, 3, boom()}]
    ).

-spec permanent_normal_exit() -> {ok, list(event())} | {error, dynamic_()}.
permanent_normal_exit() ->
    scenario(one_for_one, specs(permanent, 2), 5, [{quit, 2}]).

-spec unknown_child_ignored() -> {ok, list(event())} | {error, dynamic_()}.
unknown_child_ignored() ->
    scenario(one_for_one, specs(permanent, 2), 5, [{crash, 9, boom()}]).

-spec restart_limit() -> {ok, list(event())} | {error, dynamic_()}.
restart_limit() ->
    scenario(
        one_for_one,
        specs(permanent, 2),
        3,
        [{crash, 1, boom()},
            {crash, 2, boom()},
            {crash, 1, boom()},
            {crash, 2, boom()}]
    ).

-spec report_midway() -> {{ok, list(event())} | {error, dynamic_()},
    {ok, list(event())} | {error, dynamic_()}}.
report_midway() ->
    Sup = sup_tree_ffi:spawn_monitored(
        fun() -> supervisor(one_for_all, specs(permanent, 2), 5) end
    ),
    erlang:send(Sup, {crash, 1, boom()}),
    Mid = case sup_tree_ffi:call(Sup, {report, erlang:self()}) of
        {ok, {reply, Log}} ->
            {ok, Log};

        {ok, _} ->
            {error, bc_ffi:identity(<<"unexpected reply"/utf8>>)};

        {error, R} ->
            {error, R}
    end,
    Last = case sup_tree_ffi:call(Sup, {stop, erlang:self()}) of
        {ok, {reply, Log@1}} ->
            sup_tree_ffi:await_down(Sup),
            {ok, Log@1};

        {ok, _} ->
            {error, bc_ffi:identity(<<"unexpected reply"/utf8>>)};

        {error, R@1} ->
            {error, R@1}
    end,
    {Mid, Last}.

-spec two_supervisors() -> list({ok, list(event())} | {error, dynamic_()}).
two_supervisors() ->
    [scenario(one_for_one, specs(permanent, 1), 1, [{crash, 1, boom()}]),
        scenario(
            rest_for_one,
            specs(transient, 2),
            1,
            [{crash, 1, erlang:binary_to_atom(<<"normal"/utf8>>)}]
        )].
