#!/usr/bin/env escript
%% -*- erlang -*-
%% Runs every {Module, Function, Args} form of a case file on a real OTP and prints one
%% result line per case in the canonical text format of support.ts:
%%   escript gen-expected.escript cases/string.cases > expected/string.expected
%% Binaries print as <<N,...>>, lists as [..] (never as strings), errors as Class:Reason.

-mode(compile).

main([File]) ->
    {ok, Cases} = file:consult(File),
    io:setopts([{encoding, latin1}]),
    lists:foreach(fun run/1, Cases).

run({M, F, A}) ->
    Line = try apply(M, F, A) of
               R -> show(R)
           catch C:E -> [atom_to_list(C), ":", show(E)]
           end,
    io:put_chars([Line, "\n"]).

show(T) when is_integer(T) -> integer_to_list(T);
show(T) when is_float(T) -> float_to_list(T, [short]);
show(T) when is_atom(T) -> io_lib:write_atom(T);
show(T) when is_binary(T) -> ["<<", lists:join(",", [integer_to_list(B) || <<B>> <= T]), ">>"];
show(T) when is_bitstring(T) ->
    Full = bit_size(T) div 8,
    Rem = bit_size(T) rem 8,
    <<Bytes:Full/binary, Last:Rem>> = T,
    ["<<", lists:join(",", [integer_to_list(B) || <<B>> <= Bytes] ++
                          [integer_to_list(Last) ++ ":" ++ integer_to_list(Rem)]), ">>"];
show(T) when is_tuple(T) -> ["{", lists:join(",", [show(E) || E <- tuple_to_list(T)]), "}"];
show([]) -> "[]";
show([_|_] = L) -> ["[", show_list(L), "]"];
show(T) when is_reference(T) -> "#ref";
show(_) -> "#other".

show_list([H]) -> show(H);
show_list([H | T]) when is_list(T) -> [show(H), ",", show_list(T)];
show_list([H | T]) -> [show(H), "|", show(T)].
