%% ETS conformance: protection, ownership, heirs and give_away between processes.
%% Processes report back plain values; no pid or table id is returned.
-module(etsx_owner).
-export([protection/0, owner_exit_deletes/0, heir/0, heir_dead/0, give_away/0,
         give_away_errors/0, setopts_heir/0]).

c(F) ->
    try F()
    catch Class:Reason -> {Class, Reason}
    end.

in_other_process(F) ->
    Self = self(),
    Pid = spawn(fun() -> Self ! {self(), c(F)} end),
    receive {Pid, R} -> R end.

protection() ->
    [begin
         T = ets:new(t, [P]),
         ets:insert(T, {k, v}),
         {P, in_other_process(fun() -> ets:lookup(T, k) end),
          in_other_process(fun() -> ets:insert(T, {k, w}) end),
          in_other_process(fun() -> ets:info(T, size) end),
          in_other_process(fun() -> ets:delete(T) end),
          c(fun() -> ets:lookup(T, k) end)}
     end || P <- [public, protected, private]].

owner_exit_deletes() ->
    Self = self(),
    Pid = spawn(fun() ->
                        ets:new(etsx_owned, [named_table, public]),
                        ets:insert(etsx_owned, {k, v}),
                        Self ! {self(), created},
                        receive stop -> ok end
                end),
    receive {Pid, created} -> ok end,
    Before = ets:lookup(etsx_owned, k),
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    [Before, ets:info(etsx_owned), c(fun() -> ets:lookup(etsx_owned, k) end)].

heir() ->
    Self = self(),
    Pid = spawn(fun() ->
                        T = ets:new(etsx_heir_tab, [named_table, {heir, Self, gift}]),
                        ets:insert(T, {k, v}),
                        Self ! {self(), created},
                        receive stop -> ok end
                end),
    receive {Pid, created} -> ok end,
    Pid ! stop,
    receive
        {'ETS-TRANSFER', Tab, From, Data} ->
            [if is_atom(Tab) -> Tab; true -> tid end, From =:= Pid, Data, ets:info(Tab, owner) =:= self(), ets:lookup(Tab, k),
             ets:info(Tab, heir) =:= self()]
    after 1000 -> no_transfer
    end.

heir_dead() ->
    Heir = spawn(fun() -> ok end),
    Ref = monitor(process, Heir),
    receive {'DOWN', Ref, process, Heir, _} -> ok end,
    Self = self(),
    Pid = spawn(fun() ->
                        ets:new(etsx_heir_dead, [named_table, {heir, Heir, x}]),
                        Self ! {self(), created}
                end),
    receive {Pid, created} -> ok end,
    Ref2 = monitor(process, Pid),
    receive {'DOWN', Ref2, process, Pid, _} -> ok end,
    ets:info(etsx_heir_dead).

give_away() ->
    Self = self(),
    T = ets:new(t, [private]),
    ets:insert(T, {k, v}),
    Pid = spawn(fun() ->
                        receive
                            {'ETS-TRANSFER', Tab, From, Gift} ->
                                Self ! {self(), [From =:= Self, Gift, ets:lookup(Tab, k),
                                                 ets:info(Tab, owner) =:= self()]}
                        end,
                        receive stop -> ok end
                end),
    R = ets:give_away(T, Pid, the_gift),
    Got = receive {Pid, X} -> X end,
    Mine = c(fun() -> ets:lookup(T, k) end),
    Pid ! stop,
    [R, Got, Mine].

give_away_errors() ->
    T = ets:new(t, [public]),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, _} -> ok end,
    Other = spawn(fun() -> receive stop -> ok end end),
    NotOwner = in_other_process(fun() -> ets:give_away(T, self(), x) end),
    R = [c(fun() -> ets:give_away(T, self(), x) end), c(fun() -> ets:give_away(T, Dead, x) end),
         c(fun() -> ets:give_away(T, not_a_pid, x) end), NotOwner,
         c(fun() -> ets:give_away(no_table, Other, x) end)],
    Other ! stop,
    R.

setopts_heir() ->
    Self = self(),
    Pid = spawn(fun() ->
                        T = ets:new(etsx_setopts_tab, [named_table]),
                        ets:setopts(T, {heir, Self, later}),
                        Self ! {self(), ets:info(T, heir) =:= Self,
                                c(fun() -> ets:setopts(T, {heir, bad}) end)},
                        receive stop -> ok end
                end),
    Info = receive {Pid, A, B} -> [A, B] end,
    Pid ! stop,
    Data = receive {'ETS-TRANSFER', _, _, D} -> D after 1000 -> none end,
    Info ++ [Data, c(fun() -> ets:setopts(etsx_setopts_tab, {heir, none}) end),
             ets:info(etsx_setopts_tab, heir)].
