#!/usr/bin/env escript
%% Prints, for a fixed pseudo-random sample of doubles (plus edge values), the
%% bit pattern and how OTP formats it: float_to_list(F, [short]), a set of
%% ~e/~f/~g directives, and erlang:display/1's text.
-mode(compile).

main([N]) ->
    rand:seed(exsss, {17, 42, 4711}),
    Edge = [0.0, -0.0, 5.0e-324, -5.0e-324, 2.2250738585072009e-308, 2.2250738585072014e-308,
            1.7976931348623157e308, 9007199254740992.0, 9007199254740994.0, 4503599627370496.0,
            4503599627370497.0, 1.0e23, 8.41e21, 1.0e-7, 123456789012345680.0, 0.1, 0.2, 0.30000000000000004,
            1.0e15, 1.0e16, 1.0e17, 9.999999999999999e15, 2.0e15, 1.8014398509481984e16],
    Rand = [gen(I) || I <- lists:seq(1, list_to_integer(N))],
    lists:foreach(fun report/1, Edge ++ Rand).

report(F) ->
    <<B:64>> = <<F:64/float>>,
    Fmt = "~e|~f|~g|~.3e|~.2f|~.10g|~.15f|~.1g|~.17e",
    io:format("~.16b ~s ~s ~s~n",
              [B, float_to_list(F, [short]),
               lists:flatten(io_lib:format(Fmt, lists:duplicate(9, F))),
               erts_internal:term_to_string(F, undefined)]).

gen(I) ->
    case I rem 5 of
        0 -> <<F:64/float>> = finite_bits(), F;
        1 -> rand:uniform() * math:pow(10, rand:uniform(40) - 20);
        2 -> float(rand:uniform(100000000)) / math:pow(10, rand:uniform(12));
        3 -> float(rand:uniform(1 bsl 60)) * math:pow(2, rand:uniform(20));
        4 -> float(rand:uniform(1000)) / 8
    end.

finite_bits() ->
    B = <<(rand:uniform(1 bsl 32) - 1):32, (rand:uniform(1 bsl 32) - 1):32>>,
    <<_:1, E:11, _:52>> = B,
    case E of 16#7ff -> finite_bits(); _ -> B end.
