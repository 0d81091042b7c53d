%% Arguments where V8's libm (JS Math) and glibc's, which OTP calls on Linux, round
%% differently in the last bit: a VM that computes math with another libm than glibc's
%% (2.36, x86-64 FMA variants) shows up here. Arguments are given as the bits of the
%% double so they are exact; results print as shortest round-trip floats.
-module(nat_math_bits).
-export([id/1, exp_bits/0, log_bits/0, pow_bits/0, hyperbolic_bits/0,
         inverse_hyperbolic_bits/0, erfc_tail_bits/0, trig_bits/0]).

id(X) -> X.

f(Bits) -> <<X:64/float>> = <<Bits:64>>, X.

each(F, Args) -> [F(f(B)) || B <- ?MODULE:id(Args)].

each2(F, Args) -> [F(f(X), f(Y)) || {X, Y} <- ?MODULE:id(Args)].

exp_bits() ->
    each(fun math:exp/1,
     [16#bfc9a57d76d152fc,
      16#bfc8f40b5ed9812d,
      16#bfc8429946e1af5d,
      16#bfc62e42fefa39ef,
      16#bfc2b708872320e2,
      16#bfb3687a9f1af2b1]).

log_bits() ->
    [each(fun math:log/1,
      [16#40488c783d1554c2,
      16#4017053a62e08667,
      16#3fe2e50012e3efdf,
      16#3fe2942be64c968a,
      16#3fe543eed55eb697,
      16#3fd5dafb9c7cfb1e]),
     each(fun math:log2/1,
      [16#3fe3e49e13abb458,
      16#3fe64193d77353fb,
      16#3fc4ddeb5fd13658]),
     each(fun math:log10/1,
      [16#3fd26d80461e55a6,
      16#3fe26e844cf5c1d4,
      16#3fe844520dae0d70,
      16#4004c53c1ad42e18,
      16#3fea64d88b6c9f4d,
      16#4077a00000000000])].

pow_bits() ->
    each2(fun math:pow/2,
     [{16#4093e3ac0a7c1161, 16#3fffff72ee82dd68},
      {16#3f27322bc25e1d5d, 16#3fab4ff0e1ade9dd},
      {16#40049267babce59d, 16#c049c7f530597c4c},
      {16#400130c94b9d5807, 16#c040213855038882},
      {16#3fd5861dc13528e0, 16#40156b6041c7116e},
      {16#3fedcba681304e54, 16#c04af12092e9d185}]).

hyperbolic_bits() ->
    [each(fun math:sinh/1,
      [16#4072500000000000,
      16#c056f91b116af897,
      16#c053b129d056bda5,
      16#408629619201f831,
      16#c051b4e6d718de9b,
      16#407b100000000000]),
     each(fun math:cosh/1,
      [16#401232ccca3a4a4a,
      16#c085e33c4f4b0b75,
      16#405058f11580edba,
      16#c0860af08a737c7d,
      16#c072e00000000000,
      16#4017d4f1f0d55058]),
     each(fun math:tanh/1,
      [16#3fdf77dff84f33d8])].

inverse_hyperbolic_bits() ->
    [each(fun math:asinh/1,
      [16#401627a220ed22d8,
      16#402b9cd7ea8491b0,
      16#c050badcef57082e,
      16#c0514ebaeb1fa183,
      16#4074f00000000000,
      16#c063600000000000]),
     each(fun math:acosh/1,
      [16#400cfcec39811bba,
      16#4009586e89e05074,
      16#40082279ac2680a7,
      16#4038f6c9ea12e229,
      16#4046254ab877c100,
      16#4008813cfc006eb3])].

erfc_tail_bits() ->
    each(fun math:erfc/1,
     [16#4000000000000000,
      16#4023942adb5c5082,
      16#401d04d3341bb6d2,
      16#40047cd1442c89b7,
      16#402175e4e8dcc833,
      16#40228204899c56b6]).

trig_bits() ->
    [each(fun math:sin/1, [16#4040f691c6b318a0,
      16#c081480000000000,
      16#c037c85b01298b4b]),
     each(fun math:cos/1, [16#c08f400000000000,
      16#bfeac068629a8558,
      16#400f2ff17418532b]),
     each(fun math:tan/1, [16#3ff1fb7f9d5de699,
      16#3fee80e3e0ab6888,
      16#3ff128293683df5e]),
     each(fun math:asin/1, [16#bfe4fcac8bc82128,
      16#3fefefcc57c8907f,
      16#bfeef897039642e2]),
     each(fun math:acos/1, [16#bfe403736836d8f6,
      16#3fddd8f1549af85c,
      16#bfeac86f48791573]),
     each(fun math:atan/1, [16#c04ee066e87eb22f,
      16#bfe8dd393110b61e,
      16#3fdc0d726635c07c]),
     each2(fun math:atan2/2, [{16#3fe7f85ab3a57800, 16#3fe15d80c4dd9470},
      {16#bfec2568c6f287dc, 16#3fe29bcabad974c8},
      {16#bfe7fc09655ca126, 16#bfd89c7dbc9e5198}])].
