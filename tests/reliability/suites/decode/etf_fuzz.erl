%% binary_to_term on arbitrary bytes, from Erlang: it must return a term or raise badarg.
-module(etf_fuzz).
-export([decode/1, decode_safe/1]).

decode(Bin) ->
    try binary_to_term(Bin) of
        T -> {ok, T}
    catch
        error:badarg -> badarg
    end.

decode_safe(Bin) ->
    try binary_to_term(Bin, [safe]) of
        T -> {ok, T}
    catch
        error:badarg -> badarg
    end.
