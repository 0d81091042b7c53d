%% Conformance cases for the gleam_erlang package's FFI module gleam_erlang_ffi
%% (gleam-lang/erlang v1.3.0): every exported function. Results avoid pids,
%% references and anything else that differs between runs.
-module(gffi_erlang).
-export([id/1, module_info_ffi/0, atom_from_string/0, new_name/0, sleep/0, sleep_forever/0, selectors/0,
         select_tagged/0, select_timeout/0, select_anything/0, select_down/0,
         select_mapped/0, select_merge_remove/0, select_errors/0, select1/0,
         receive_subject/0, receive_named/0, receive_errors/0, demonitor/0,
         link/0, trap_exits/0, flush_messages/0, priv_directory/0,
         connect_node/0, register_process/0, process_named/0, identity/0,
         cast_exit_reason/0, cast_down_message/0]).

-define(M, gleam_erlang_ffi).

c(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.

atom_from_string() ->
    [c(fun() -> ?M:atom_from_string(S) end)
     || S <- [<<"ok">>, <<"gffi_surely_not_an_atom_zq93">>, <<"">>, <<"ünï"/utf8>>,
              not_binary, "ok"]].

new_name() ->
    A = ?M:new_name(<<"proc">>),
    Text = atom_to_binary(A),
    [is_atom(A), binary:part(Text, 0, 5), A =/= ?M:new_name(<<"proc">>),
     c(fun() -> ?M:new_name(not_binary) end)].

sleep() ->
    [?M:sleep(0), ?M:sleep(5), c(fun() -> ?M:sleep(-1) end), c(fun() -> ?M:sleep(x) end)].

%% sleep_forever never returns: a helper process sleeps and is killed.
sleep_forever() ->
    Pid = spawn(fun() -> ?M:sleep_forever() end),
    Ref = monitor(process, Pid),
    timer:sleep(5),
    Alive = is_process_alive(Pid),
    exit(Pid, kill),
    receive {'DOWN', Ref, process, _, Reason} -> {Alive, Reason} end.

selectors() ->
    S0 = ?M:new_selector(),
    S1 = ?M:insert_selector_handler(S0, {ping, 1}, fun(M) -> M end),
    S2 = ?M:remove_selector_handler(S1, {ping, 1}),
    {element(1, S0), element(2, S0), maps:keys(element(2, S1)), element(2, S2)}.

select_tagged() ->
    S = ?M:insert_selector_handler(?M:new_selector(), {pong, 2}, fun({pong, X}) -> {got, X} end),
    self() ! {other, 1},
    self() ! {pong, 7},
    self() ! {pong, 8},
    R1 = ?M:select(S, 0),
    R2 = ?M:select(S, 0),
    R3 = ?M:select(S, 0),
    Left = ?M:select(?M:insert_selector_handler(?M:new_selector(), anything, fun(M) -> M end), 0),
    [R1, R2, R3, Left].

select_timeout() ->
    S = ?M:insert_selector_handler(?M:new_selector(), {never, 1}, fun(M) -> M end),
    self() ! {something, else},
    R = ?M:select(S, 20),
    receive Any -> [R, Any] after 0 -> [R, none] end.

select_anything() ->
    S = ?M:insert_selector_handler(?M:new_selector(), anything, fun(M) -> {any, M} end),
    self() ! plain_atom,
    self() ! {},
    [?M:select(S, 0), ?M:select(S, 0), ?M:select(S, 0)].

select_down() ->
    Pid = spawn(fun() -> receive go -> exit(custom) end end),
    Ref = monitor(process, Pid),
    S = ?M:insert_selector_handler(?M:new_selector(), Ref,
                                   fun({process_down, R, _P, Reason}) -> {down, R =:= Ref, Reason} end),
    Pid ! go,
    R1 = ?M:select(S, 1000),
    Pid2 = spawn(fun() -> ok end),
    Ref2 = monitor(process, Pid2),
    S2 = ?M:insert_selector_handler(?M:new_selector(), {'DOWN', 5}, fun(M) -> {raw, element(5, M)} end),
    R2 = ?M:select(S2, 1000),
    demonitor(Ref2, [flush]),
    [R1, R2].

select_mapped() ->
    S0 = ?M:insert_selector_handler(?M:new_selector(), {n, 2}, fun({n, X}) -> X end),
    S1 = ?M:map_selector(S0, fun(X) -> X * 10 end),
    S2 = ?M:map_selector(S1, fun(X) -> {wrapped, X} end),
    self() ! {n, 4},
    self() ! {n, 5},
    [?M:select(S1, 0), ?M:select(S2, 0), maps:keys(element(2, S2))].

select_merge_remove() ->
    A = ?M:insert_selector_handler(?M:new_selector(), {a, 1}, fun(_) -> from_a end),
    B = ?M:insert_selector_handler(?M:new_selector(), {a, 1}, fun(_) -> from_b end),
    M = ?M:merge_selector(A, B),
    self() ! {a},
    R1 = ?M:select(M, 0),
    R2 = ?M:select(?M:remove_selector_handler(M, {a, 1}), 0),
    [R1, R2].

select_errors() ->
    S = ?M:new_selector(),
    [c(fun() -> ?M:select(S, -1) end), c(fun() -> ?M:select(S, x) end),
     c(fun() -> ?M:select(not_selector, 0) end),
     c(fun() -> ?M:insert_selector_handler({selector, nomap}, k, v) end),
     c(fun() -> ?M:merge_selector({selector, #{}}, {other, #{}}) end),
     c(fun() -> ?M:merge_selector({selector, x}, {selector, #{}}) end),
     c(fun() -> ?M:map_selector({selector, x}, fun(X) -> X end) end),
     c(fun() -> ?M:remove_selector_handler(nope, k) end)].

select1() ->
    S = ?M:insert_selector_handler(?M:new_selector(), {v, 2}, fun({v, X}) -> X + 1 end),
    self() ! {v, 41},
    ?M:select(S).

receive_subject() ->
    Ref = make_ref(),
    Subject = {subject, self(), Ref},
    self() ! {other_ref, 1},
    self() ! {Ref, first},
    self() ! {Ref, second},
    R1 = ?M:'receive'(Subject),
    R2 = ?M:'receive'(Subject, 0),
    R3 = ?M:'receive'(Subject, 10),
    Rest = receive X -> X after 0 -> none end,
    [R1, R2, R3, Rest].

receive_named() ->
    Subject = {named_subject, my_name},
    self() ! {my_name, hello},
    R1 = ?M:'receive'(Subject, 0),
    R2 = ?M:'receive'(Subject, 0),
    self() ! {my_name, again},
    R3 = ?M:'receive'(Subject),
    [R1, R2, R3].

receive_errors() ->
    [c(fun() -> ?M:'receive'({subject, self(), make_ref()}, -5) end),
     c(fun() -> ?M:'receive'(not_subject, 0) end),
     c(fun() -> ?M:'receive'(not_subject) end)].

demonitor() ->
    Pid = spawn(fun() -> receive stop -> ok end end),
    Ref = monitor(process, Pid),
    Pid ! stop,
    timer:sleep(5),
    R = ?M:demonitor(Ref),
    Flushed = receive {'DOWN', Ref, _, _, _} -> still_there after 0 -> flushed end,
    [R, Flushed, c(fun() -> ?M:demonitor(not_ref) end)].

link() ->
    Pid = spawn(fun() -> receive stop -> ok end end),
    R1 = ?M:link(Pid),
    unlink(Pid),
    Pid ! stop,
    [R1, c(fun() -> ?M:link(not_pid) end)].

trap_exits() ->
    R1 = ?M:trap_exits(true),
    F1 = process_flag(trap_exit, false),
    R2 = ?M:trap_exits(false),
    F2 = process_flag(trap_exit, false),
    [R1, F1, R2, F2, c(fun() -> ?M:trap_exits(perhaps) end)].

flush_messages() ->
    self() ! a, self() ! {b, 1}, self() ! c,
    R = ?M:flush_messages(),
    Left = receive X -> X after 0 -> empty end,
    [R, Left, ?M:flush_messages()].

priv_directory() ->
    [?M:priv_directory(<<"gffi_no_such_application_q77">>),
     ?M:priv_directory(<<"ok">>), ?M:priv_directory(not_binary)].

connect_node() ->
    [?M:connect_node('nobody@nowhere'), c(fun() -> ?M:connect_node("x@y") end)].

register_process() ->
    Pid = spawn(fun() -> receive stop -> ok end end),
    R1 = ?M:register_process(Pid, gffi_reg_name),
    R2 = ?M:register_process(self(), gffi_reg_name),
    Same = whereis(gffi_reg_name) =:= Pid,
    R3 = ?M:unregister_process(gffi_reg_name),
    R4 = ?M:unregister_process(gffi_reg_name),
    R5 = ?M:register_process(Pid, "not_atom"),
    Pid ! stop,
    [R1, R2, Same, R3, R4, R5].

process_named() ->
    register(gffi_named_self, self()),
    {ok, P} = ?M:process_named(gffi_named_self),
    unregister(gffi_named_self),
    [P =:= self(), ?M:process_named(gffi_named_self), c(fun() -> ?M:process_named("x") end)].

identity() ->
    [?M:identity(X) || X <- [1, <<"ü"/utf8>>, [], {a}, #{k => v}]].

cast_exit_reason() ->
    [?M:cast_exit_reason(R) || R <- [normal, killed, shutdown, {shutdown, x}, <<"r">>]].

cast_down_message() ->
    [c(fun() -> ?M:cast_down_message(M) end)
     || M <- [{'DOWN', r, process, p, normal}, {'DOWN', r, port, p, killed},
              {'DOWN', r, process, p, oops}, {'DOWN', r, other, p, normal},
              {'DOWN', r, process, p}, not_down]].

%% module_info/0,1 of the FFI module itself, through a variable module name.
module_info_ffi() ->
    M = ?MODULE:id(gleam_erlang_ffi),
    {M:module_info(module), [K || {K, _} <- M:module_info()],
     lists:member({atom_from_string, 1}, M:module_info(exports)),
     lists:member({module_info, 1}, M:module_info(exports)),
     byte_size(M:module_info(md5)),
     try M:module_info(no_such_item) catch C:R -> {C, R} end}.

id(X) -> X.
