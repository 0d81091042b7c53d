#!/usr/bin/env escript
%% Reads print cases written by generate-expectations.js and prints, one line
%% per case, what OTP produces: "Id ok C1,C2,..." (code points) or "Id badarg".
-mode(compile).

main([File]) ->
    {ok, Cases} = file:consult(File),
    lists:foreach(fun run/1, Cases).

parse(Text) ->
    {ok, Tokens, _} = erl_scan:string(Text ++ "."),
    {ok, Term} = erl_parse:parse_term(Tokens),
    Term.

run({Id, _Kind, _Fmt, ArgsText} = Case) ->
    try parse(ArgsText) of
        Term -> run(Case, Term)
    catch
        _:_ -> io:format("~w unparsable~n", [Id])
    end.

run({Id, Kind, Fmt, _}, Args) when Kind =:= format; Kind =:= format_pc_unicode ->
    report(Id, try {ok, lists:flatten(io_lib:format(Fmt, Args))}
               catch error:badarg -> badarg end);
run({Id, display, _, _}, Term) ->
    report(Id, {ok, erts_internal:term_to_string(Term, undefined)}).

report(Id, badarg) ->
    io:format("~w badarg~n", [Id]);
report(Id, {ok, Chars}) ->
    io:format("~w ok ~s~n", [Id, lists:join(",", [integer_to_list(C) || C <- Chars])]).
