%% beamconf_capture: runs conformance cases on real Erlang/OTP and records what
%% happened, for golden capture and for the `otp` target.
%%
%% Invoked as
%%   erl -noshell -pa ... -eval 'beamconf_capture:main(["REQUEST_FILE", "RESULT_FILE"])'
%% REQUEST_FILE holds Erlang terms (file:consult/1):
%%   {'case', Id, Module, Function, ArgsText, TimeoutMs}.
%% RESULT_FILE receives one block of lines per case; every variable field is hex
%% encoded so the harness can parse it without an Erlang term parser:
%%   case <Id>
%%   stdout <hex of the bytes written to the group leader, UTF-8>
%%   outcome return | exception | exit | timeout | bad_args
%%   result_text <hex of ~tp text> / result_etf <hex of term_to_binary>
%%   class <error|exit|throw>
%%   reason_text / reason_etf / stack_text / stack_etf <hex>
%%   end
%% Each case runs in a fresh process whose group leader is a small io server of
%% ours that behaves like OTP's group.erl for output requests and captures the
%% bytes instead of writing them. Logger output never reaches it.
%%
%% A case that may call erlang:halt (suite field `halts: true`) would end the node
%% and every case after it, so it gets a node of its own:
%%   erl -noshell -pa ... -eval 'beamconf_capture:alone(["REQUEST_FILE", "RESULT_FILE"])'
%% with one case in REQUEST_FILE. Its output goes to the node's real stdout, through
%% the group leader `erl -noshell -eval` code has, so the harness reads it there. The
%% driver writes `case <Id>` and `started` before running it; a block that is never
%% finished means the case halted the node, whose exit status the harness records.
-module(beamconf_capture).
-export([main/1, alone/1]).

main([RequestFile, ResultFile]) ->
    %% Crash reports of case processes must not reach stdout or the results.
    _ = logger:remove_handler(default),
    {ok, Requests} = file:consult(RequestFile),
    {ok, Out} = file:open(ResultFile, [write, raw, binary]),
    lists:foreach(fun(Req) -> ok = file:write(Out, run_request(Req)) end, Requests),
    ok = file:close(Out),
    erlang:halt(0).

alone([RequestFile, ResultFile]) ->
    _ = logger:remove_handler(default),
    {ok, [{'case', Id, Module, Function, ArgsText, Timeout}]} = file:consult(RequestFile),
    {ok, Out} = file:open(ResultFile, [write, raw, binary]),
    ok = file:write(Out, [line('case', atom_to_list(Id)), <<"started\n">>]),
    Block = case parse_args(ArgsText) of
                {ok, Args} -> run_case(Module, Function, Args, Timeout, inherit);
                {error, What} -> [line(outcome, "bad_args"), hex_line(reason_text, What)]
            end,
    ok = file:write(Out, [Block, <<"end\n">>]),
    ok = file:close(Out),
    erlang:halt(0).

run_request({'case', Id, Module, Function, ArgsText, Timeout}) ->
    Block = case parse_args(ArgsText) of
                {ok, Args} -> run_case(Module, Function, Args, Timeout, capture);
                {error, What} -> [line(outcome, "bad_args"), hex_line(reason_text, What)]
            end,
    [line('case', atom_to_list(Id)), Block, <<"end\n">>].

parse_args(Text) ->
    case erl_scan:string(Text ++ ".") of
        {ok, Tokens, _} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Args} when is_list(Args) -> {ok, Args};
                {ok, _} -> {error, <<"args is not a list">>};
                {error, E} -> {error, unicode:characters_to_binary(io_lib:format("~tp", [E]))}
            end;
        {error, E, _} -> {error, unicode:characters_to_binary(io_lib:format("~tp", [E]))}
    end.

%% Output: `capture` gives the case a capturing group leader (the stdout line),
%% `inherit` leaves it the driver's own, so it reaches the node's stdout.
run_case(Module, Function, Args, Timeout, Output) ->
    Parent = self(),
    Pid = spawn(fun() ->
                        receive go -> ok end,
                        Outcome = try {return, erlang:apply(Module, Function, Args)}
                                  catch Class:Reason:Stack -> {exception, Class, Reason, Stack}
                                  end,
                        Parent ! {self(), outcome, Outcome}
                end),
    Collector = case Output of
                    capture ->
                        C = spawn(fun() -> collect([]) end),
                        group_leader(C, Pid),
                        C;
                    inherit ->
                        none
                end,
    Ref = monitor(process, Pid),
    Pid ! go,
    Outcome = receive
                  {Pid, outcome, O} ->
                      receive {'DOWN', Ref, process, Pid, _} -> ok end,
                      O;
                  {'DOWN', Ref, process, Pid, Reason} ->
                      {exit, Reason}
              after Timeout ->
                      exit(Pid, kill),
                      receive {'DOWN', Ref, process, Pid, _} -> ok end,
                      timeout
              end,
    case Collector of
        none -> outcome_lines(Outcome);
        _ -> [hex_line(stdout, collected(Collector)) | outcome_lines(Outcome)]
    end.

outcome_lines({return, Value}) ->
    [line(outcome, "return"), term_lines(result, Value)];
outcome_lines({exception, Class, Reason, Stack}) ->
    [line(outcome, "exception"), line(class, atom_to_list(Class)),
     term_lines(reason, Reason), term_lines(stack, trim_stack(Stack))];
outcome_lines({exit, Reason}) ->
    [line(outcome, "exit"), term_lines(reason, Reason)];
outcome_lines(timeout) ->
    [line(outcome, "timeout")].

%% The frames of this driver are not part of the case's behaviour.
trim_stack(Stack) ->
    [Frame || {M, _, _, _} = Frame <- Stack, M =/= ?MODULE].

term_lines(Name, Term) ->
    Text = unicode:characters_to_binary(io_lib:format("~tp", [Term])),
    [hex_line(list_to_atom(atom_to_list(Name) ++ "_text"), Text),
     hex_line(list_to_atom(atom_to_list(Name) ++ "_etf"), term_to_binary(Term))].

line(Key, Value) ->
    [atom_to_list(Key), $\s, Value, $\n].

hex_line(Key, Bin) ->
    line(Key, binary:encode_hex(Bin, lowercase)).

%% ---- the capturing io server ----

collect(Acc) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Acc1} = io_request(Request, Acc),
            From ! {io_reply, ReplyAs, Reply},
            collect(Acc1);
        {collected, From} ->
            From ! {collected, self(), iolist_to_binary(lists:reverse(Acc))}
    end.

collected(Collector) ->
    Collector ! {collected, self()},
    receive {collected, Collector, Bin} -> Bin end.

%% Output requests are answered as OTP's group.erl answers them; the bytes are
%% the UTF-8 encoding of the characters written.
io_request({put_chars, Encoding, Chars}, Acc) ->
    case catch unicode:characters_to_binary(Chars, Encoding) of
        Bin when is_binary(Bin) -> {ok, [Bin | Acc]};
        _ -> {{error, {put_chars, Encoding, Chars}}, Acc}
    end;
io_request({put_chars, Encoding, M, F, As}, Acc) ->
    Result = case catch apply(M, F, As) of
                 Bin when is_binary(Bin), Encoding =:= latin1 -> catch unicode:characters_to_binary(Bin, latin1);
                 Bin when is_binary(Bin) -> Bin;
                 Chars -> catch unicode:characters_to_binary(Chars, Encoding)
             end,
    case Result of
        B when is_binary(B) -> {ok, [B | Acc]};
        _ -> {{error, F}, Acc}
    end;
io_request({put_chars, Chars}, Acc) ->
    io_request({put_chars, latin1, Chars}, Acc);
io_request({put_chars, M, F, As}, Acc) ->
    io_request({put_chars, latin1, M, F, As}, Acc);
io_request({requests, Requests}, Acc) ->
    io_requests(Requests, {ok, Acc});
io_request({get_line, _Encoding, _Prompt}, Acc) ->
    {eof, Acc};
io_request({get_chars, _Encoding, _Prompt, _N}, Acc) ->
    {eof, Acc};
io_request({get_until, _Encoding, _Prompt, _M, _F, _As}, Acc) ->
    {eof, Acc};
io_request(getopts, Acc) ->
    {[{binary, false}, {encoding, unicode}], Acc};
io_request({setopts, _Opts}, Acc) ->
    {ok, Acc};
io_request({get_geometry, _}, Acc) ->
    {{error, enotsup}, Acc};
io_request(_, Acc) ->
    {{error, request}, Acc}.

io_requests([], Result) ->
    Result;
io_requests([R | Rs], {ok, Acc}) ->
    io_requests(Rs, io_request(R, Acc));
io_requests(_, Result) ->
    Result.
