%% beamconf_driver: the portable driver for external VMs (command-adapter targets).
%%
%% It runs one case and reports the outcome on stdout as a marked line,
%%   BEAMCONF-RESULT:<hex of term_to_binary(Outcome)>
%% where Outcome is {return, Value} | {exception, Class, Reason, Stacktrace}.
%% Everything the case printed comes before the marker, and after a line
%%   BEAMCONF-STARTED
%% written once the case's module is loaded: a case that may call erlang:halt
%% and ends the VM after that line is judged as a halt, one that ends it before
%% (say, the VM cannot load the module) is not. The case itself arrives
%% as term_to_binary hex of {Module, Function, Args}, so the VM needs no Erlang
%% parser; the driver uses only BIFs every BEAM implementation has (no stdlib).
-module(beamconf_driver).
-export([run/1, start/0]).

run(SpecHex) when is_list(SpecHex) ->
    run(list_to_binary(SpecHex));
run(SpecHex) when is_binary(SpecHex) ->
    {Module, Function, Args} = binary_to_term(unhex(SpecHex)),
    %% Calling any function of the module loads it (module_info may not exist).
    _ = (catch Module:module_info(module)),
    io:put_chars(<<"BEAMCONF-STARTED\n">>),
    Outcome = try {return, erlang:apply(Module, Function, Args)}
              catch Class:Reason:Stack -> {exception, Class, Reason, trim(Stack)}
              end,
    report(Outcome).

%% For VMs that can only start a module's start/0: the harness supplies the case
%% through a generated module beamconf_case exporting spec/0.
start() ->
    run(beamconf_case:spec()),
    ok.

report(Outcome) ->
    Line = [<<"BEAMCONF-RESULT:">>, hex(term_to_binary(Outcome)), <<"\n">>],
    io:put_chars(Line).

trim([{?MODULE, _, _, _} | _]) -> [];
trim([Frame | Rest]) -> [Frame | trim(Rest)];
trim([]) -> [].

hex(Bin) -> << <<(digit(N bsr 4)), (digit(N band 15))>> || <<N>> <= Bin >>.

digit(N) when N < 10 -> $0 + N;
digit(N) -> $a + N - 10.

unhex(Hex) -> << <<(value(H) * 16 + value(L))>> || <<H, L>> <= Hex >>.

value(C) when C >= $0, C =< $9 -> C - $0;
value(C) when C >= $a, C =< $f -> C - $a + 10;
value(C) when C >= $A, C =< $F -> C - $A + 10.
