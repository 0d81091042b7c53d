#!/usr/bin/env escript
%% Records what OTP's math module returns, bit for bit, for seeded random arguments,
%% into fixtures/libm-otp26.txt (read by libm.test.ts). Run with a real OTP 26 on Linux:
%%
%%   /opt/otp26/bin/escript tests/libm/gen-libm.escript tests/libm/fixtures/libm-otp26.txt
%%
%% Format: "@ Function Arity" starts a section; each row is the argument(s) and the
%% result as 16 hex digits of the double's bits, or "badarith" when math raised it.

-mode(compile).

-define(ROWS, 2000).

main([Out]) ->
    rand:seed(exsss, {20240611, 7, 1}),
    Sections = [section(F, 1, args1(F)) || F <- one_arg()] ++
               [section(F, 2, args2(F)) || F <- [pow, atan2]],
    Header = io_lib:format("# math results of OTP ~s (erts ~s), ~s~n",
                           [erlang:system_info(otp_release), erlang:system_info(version),
                            erlang:system_info(system_architecture)]),
    ok = file:write_file(Out, [Header | Sections]).

one_arg() ->
    [exp, log, log2, log10, sinh, cosh, tanh, asinh, acosh, atanh, erf, erfc, sqrt,
     sin, cos, tan, asin, acos, atan].

section(F, Arity, Args) ->
    [io_lib:format("@ ~s ~b~n", [F, Arity]) | [row(F, A) || A <- Args]].

row(F, [X]) -> [hex(X), $\s, result(catch math:F(X)), $\n];
row(F, [X, Y]) -> [hex(X), $\s, hex(Y), $\s, result(catch math:F(X, Y)), $\n].

result(V) when is_float(V) -> hex(V);
result({'EXIT', {badarith, _}}) -> "badarith".

hex(X) ->
    <<B:64>> = <<X:64/float>>,
    io_lib:format("~16.16.0b", [B]).

%% ---------------------------------------------------------------------------
%% Arguments: a share of generic ranges plus points that matter for the function.

args1(F) ->
    Special = special(F),
    Special ++ [[X] || X <- generic(F, ?ROWS - length(Special))].

generic(F, N) ->
    Kinds = kinds(F),
    [gen(lists:nth(I rem length(Kinds) + 1, Kinds)) || I <- lists:seq(1, N)].

kinds(exp) -> [unit, scale10, scale100, exp_range, exp_edges, bits, near0, int];
kinds(F) when F =:= sinh; F =:= cosh -> [unit, scale10, scale100, exp_edges, bits, near0, int];
kinds(F) when F =:= log; F =:= log2; F =:= log10; F =:= sqrt ->
    [pos_wide, near1, near1_tight, pos_unit, pos_scale100, subnormal, int, bits];
kinds(acosh) -> [above1, near1_above, pos_wide, scale100];
kinds(F) when F =:= atanh; F =:= asin; F =:= acos -> [unit, unit_edges, near0, near1, bits];
kinds(F) when F =:= erf; F =:= erfc -> [unit, scale10, erf_range, near0, bits];
kinds(_) -> [unit, scale10, scale100, wide, near0, near1, int, bits].

gen(unit) -> sym(1.0);
gen(scale10) -> sym(10.0);
gen(scale100) -> sym(100.0);
gen(wide) -> sign() * math:pow(10, uniform(-300, 300));
gen(pos_wide) -> math:pow(10, uniform(-307, 308));
gen(pos_unit) -> rand:uniform();
gen(pos_scale100) -> 100 * rand:uniform();
gen(exp_range) -> uniform(-745.2, 709.8);
gen(exp_edges) -> sign() * uniform(700.0, 711.0);
gen(near0) -> sign() * math:pow(2, uniform(-1074, -20));
gen(near1) -> 1 + sym(math:pow(2, -rand:uniform(30)));
gen(near1_tight) -> 1 + sym(math:pow(2, -20 - rand:uniform(33)));
gen(near1_above) -> 1 + math:pow(2, uniform(-52, 0));
gen(above1) -> 1 + rand:uniform() * 3;
gen(unit_edges) -> sign() * (1 - math:pow(2, uniform(-53, -1)));
gen(subnormal) -> rand:uniform() * math:pow(2, -1022);
gen(erf_range) -> sym(12.0);
gen(int) -> float(rand:uniform(2001) - 1001);
gen(bits) -> random_finite().

%% Special arguments: exact points and boundaries of the algorithms.
special(exp) ->
    Ln2 = math:log(2),
    [[K * Ln2 / 128] || K <- lists:seq(-40, 40)] ++
    [[X] || X <- [0.0, -0.0, 1.0, -1.0, 709.78, 709.7827128933840, 709.79, -708.39, -708.4,
                  -744.44, -745.13, -745.14, -746.0, 710.0, 1.0e-300, -1.0e-300, 5.0e-324]];
special(F) when F =:= log; F =:= log2; F =:= log10 ->
    [[X] || X <- [1.0, 2.0, 0.5, 10.0, 100.0, 1.0e-300, 5.0e-324, 1.7976931348623157e308,
                  0.9375, 1.0625, 0.0, -1.0]];
special(acosh) -> [[X] || X <- [1.0, 2.0, 0.5, 268435456.0, 1.0e300]];
special(atanh) -> [[X] || X <- [0.5, -0.5, 0.0, 1.0, -1.0, 2.0]];
special(_) -> [[X] || X <- [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 22.0, 710.0, 1.0e-300]].

args2(pow) ->
    [[abs(gen(pos_wide)), sym(2.0)] || _ <- lists:seq(1, 400)] ++
    [[gen(pos_wide), sym(0.1)] || _ <- lists:seq(1, 300)] ++
    [[rand:uniform() * 4, sym(60.0)] || _ <- lists:seq(1, 400)] ++
    [[-1 * rand:uniform() * 10, float(rand:uniform(41) - 21)] || _ <- lists:seq(1, 300)] ++
    [[1 + sym(math:pow(2, -rand:uniform(40))), sym(1.0e6)] || _ <- lists:seq(1, 300)] ++
    [[math:exp(uniform(-5, 5)), 700 / uniform(-5, 5)] || _ <- lists:seq(1, 200)] ++
    [[random_finite(), random_finite()] || _ <- lists:seq(1, 100)];
args2(atan2) ->
    [[gen(wide), gen(wide)] || _ <- lists:seq(1, 700)] ++
    [[sym(1.0), sym(1.0)] || _ <- lists:seq(1, 700)] ++
    [[random_finite(), random_finite()] || _ <- lists:seq(1, 600)].

sym(Scale) -> (rand:uniform() - 0.5) * 2 * Scale.
sign() -> case rand:uniform(2) of 1 -> 1.0; 2 -> -1.0 end.
uniform(Lo, Hi) -> Lo + rand:uniform() * (Hi - Lo).

%% A double with a uniformly random bit pattern among the finite ones.
random_finite() ->
    Sign = rand:uniform(2) - 1,
    Exponent = rand:uniform(2047) - 1,
    Mantissa = rand:uniform(1 bsl 52) - 1,
    <<X:64/float>> = <<Sign:1, Exponent:11, Mantissa:52>>,
    X.
