#!/usr/bin/env escript
%% -*- erlang -*-
%% Runs every {Module, Function, ArgsText} of a case file on a real OTP and prints one
%% line per case: "ok " then the result, or the exception class and reason, each term
%% as the hex of its term_to_binary/1 (exact, and quick to read back however deep).
%%   escript gen-expected.escript cases.terms > expected.txt
-mode(compile).

main([File]) ->
    {ok, Cases} = file:consult(File),
    io:setopts([{encoding, latin1}]),
    lists:foreach(fun run/1, Cases).

run({M, F, ArgsText}) ->
    {ok, Tokens, _} = erl_scan:string(ArgsText ++ "."),
    {ok, Args} = erl_parse:parse_term(Tokens),
    Line = try apply(M, F, Args) of
               R -> ["ok ", binary:encode_hex(term_to_binary(R))]
           catch C:E -> [atom_to_list(C), " ", binary:encode_hex(term_to_binary(E))]
           end,
    io:put_chars([Line, "\n"]).
