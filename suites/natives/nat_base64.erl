%% base64 (OTP 26): encode/decode in both alphabets, padding options, whitespace,
%% MIME decoding, unicode and huge inputs, and the errors OTP raises.
-module(nat_base64).
-export([id/1, rfc_vectors/0, to_string/0, urlsafe/0, padding_false/0, odd_options/0,
         whitespace/0, mime/0, unicode/0, list_quirks/0, huge/0, errors/0,
         error_frames/0, format_error/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

%% The class, reason and the frames of OTP's library modules (callers are left out).
st(F) ->
    try F() catch C:R:S -> {caught, C, R, [Fr || {M, _, _, _} = Fr <- S, lists:member(M, [base64, zlib, erlang])]} end.

vectors() -> [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>].

rfc_vectors() ->
    [{V, base64:encode(V), base64:decode(base64:encode(V)),
      base64:encode(binary_to_list(V)), base64:decode(binary_to_list(base64:encode(V)))}
     || V <- vectors()].

to_string() ->
    [{base64:encode_to_string(V), base64:encode_to_string(binary_to_list(V)),
      base64:decode_to_string(base64:encode(V)), base64:decode_to_string(base64:encode_to_string(V))}
     || V <- vectors()].

%% Bytes whose encodings use the characters that differ between the two alphabets.
urlsafe() ->
    Bin = <<251, 255, 191, 62, 63, 0, 255>>,
    U = #{mode => urlsafe},
    S = #{mode => standard},
    [base64:encode(Bin), base64:encode(Bin, U), base64:encode(Bin, S),
     base64:encode_to_string(Bin, U), base64:encode(binary_to_list(Bin), U),
     base64:decode(base64:encode(Bin, U), U), base64:decode_to_string(base64:encode(Bin, U), U),
     base64:mime_decode(base64:encode(Bin, U), U), base64:mime_decode_to_string(base64:encode_to_string(Bin, U), U),
     t(fun() -> base64:decode(base64:encode(Bin, U)) end),
     t(fun() -> base64:decode(base64:encode(Bin), U) end),
     base64:mime_decode(base64:encode(Bin), U),
     base64:mime_decode(base64:encode(Bin, U))].

padding_false() ->
    P = #{padding => false},
    [{base64:encode(V, P), base64:encode_to_string(V, P), base64:encode(binary_to_list(V), P),
      base64:decode(base64:encode(V, P), P), base64:decode_to_string(base64:encode(V, P), P),
      base64:mime_decode(base64:encode(V, P), P), base64:mime_decode_to_string(base64:encode(V, P), P),
      base64:decode(binary_to_list(base64:encode(V, P)), P),
      %% Padded input is accepted with padding => false.
      base64:decode(base64:encode(V), P)}
     || V <- vectors()] ++
    [base64:encode(<<"ab">>, #{mode => urlsafe, padding => false}),
     base64:decode(<<"_-8">>, #{mode => urlsafe, padding => false})].

%% Unknown keys are ignored, a non-boolean padding means true, an unknown mode standard.
odd_options() ->
    [base64:encode(<<"a">>, #{padding => 1}),
     base64:encode(<<255, 254>>, #{mode => other}),
     base64:encode(<<"a">>, #{extra => key, padding => false}),
     base64:decode(<<"YQ==">>, #{padding => 1}),
     t(fun() -> base64:decode(<<"YQ">>, #{padding => yes}) end),
     base64:decode(<<"-_-_">>, #{mode => urlsafe, other => 1})].

whitespace() ->
    [base64:decode(<<" Zm9v YmFy ">>), base64:decode(<<"Zm\r\n9vYm\tFy">>),
     base64:decode(" Z m 9 v\nYmFy "), base64:decode_to_string("Zm9v\r\nYg=="),
     base64:decode(<<"Zm9vYg== \n">>), base64:decode("Zm9vYg==\t"),
     base64:decode(<<"Zm9vYmE= ">>), base64:decode(<<"Zm 9vYmE=">>),
     base64:decode(<<"    ">>), base64:decode("\n"), base64:decode(<<"Zm9v    ">>)].

mime() ->
    [base64:mime_decode(<<"Zm9v!YmFy">>), base64:mime_decode("Zm9v!YmFy"),
     base64:mime_decode(<<"Zm9v\r\nYmFy\r\n">>), base64:mime_decode_to_string(<<"Zm9v*YmFy">>),
     base64:mime_decode(<<"Zg==Zm9v">>), base64:mime_decode("Zg=Zm9v"),
     base64:mime_decode(<<"Zm9=vYg==">>), base64:mime_decode(<<"==Zm9v">>),
     base64:mime_decode(<<"Zm9vYg=">>), base64:mime_decode(<<"Zm9vYmE">>, #{padding => false}),
     base64:mime_decode_to_string("Zm9vYmE=", #{}), base64:mime_decode_to_string("Zg==YmFy"),
     base64:mime_decode(<<"Zm9vYg==========">>), base64:mime_decode(<<"%%%%">>),
     base64:mime_decode(<<>>), base64:mime_decode_to_string([]),
     base64:mime_decode(<<"Z", 200, "m", 0, "9v">>),
     t(fun() -> base64:mime_decode(<<"Zm9vY">>) end),
     t(fun() -> base64:mime_decode_to_string("Zm9vYm") end)].

unicode() ->
    U = unicode:characters_to_binary("héllo wörld ✓ 日本"),
    E = base64:encode(U),
    [E, base64:decode(E) =:= U, unicode:characters_to_list(base64:decode(E)),
     base64:encode_to_string(U), base64:mime_decode(<<"aMOpbGxv">>),
     t(fun() -> base64:decode(<<"aMOp", 233, "bGxv">>) end),
     base64:mime_decode(<<"aMOp", 233, "bGxv">>)].

%% Lists may hold any integers: OTP reads its lookup tuple at X + Offset.
list_quirks() ->
    [base64:encode([256]), base64:encode([1000, 2000, 3000]), base64:encode_to_string([257, 258]),
     base64:decode([300, 300, 300, 300]), base64:decode([256 + $Q, $Q, $=, $=]),
     t(fun() -> base64:encode([-1]) end), t(fun() -> base64:encode([100000]) end),
     t(fun() -> base64:encode([1.5]) end), t(fun() -> base64:encode([a, b, c]) end),
     t(fun() -> base64:encode_to_string([1 bsl 70]) end),
     t(fun() -> base64:decode([$Q, $Q, 600, $=]) end), t(fun() -> base64:decode([$Q, x]) end),
     t(fun() -> base64:mime_decode([$Q, $Q, 1.0]) end),
     t(fun() -> base64:decode_to_string([$Q, $Q, $Q | $Q]) end)].

%% A deterministic pseudo-random byte string.
bytes(N) -> bytes(N, 12345, []).
bytes(0, _, Acc) -> list_to_binary(Acc);
bytes(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7fffffff,
    bytes(N - 1, S1, [(S1 bsr 16) band 255 | Acc]).

%% 76-character lines joined by CRLF, as MIME writes them.
mime_lines(<<Line:76/binary, Rest/binary>>) when Rest =/= <<>> -> [Line, <<"\r\n">> | mime_lines(Rest)];
mime_lines(Rest) -> [Rest].

huge() ->
    Bin = bytes(300000),
    E = base64:encode(Bin),
    L = base64:encode_to_string(Bin),
    Mime = iolist_to_binary(mime_lines(E)),
    U = base64:encode(Bin, #{mode => urlsafe, padding => false}),
    [byte_size(E), erlang:crc32(E), length(L), list_to_binary(L) =:= E,
     base64:decode(E) =:= Bin, base64:decode(L) =:= Bin, base64:decode_to_string(E) =:= binary_to_list(Bin),
     base64:mime_decode(Mime) =:= Bin, base64:decode(Mime) =:= Bin,
     byte_size(U), base64:decode(U, #{mode => urlsafe, padding => false}) =:= Bin].

errors() ->
    [t(fun() -> base64:decode(?MODULE:id(foo)) end),
     t(fun() -> base64:encode(?MODULE:id(foo)) end),
     t(fun() -> base64:encode(?MODULE:id(<<1:3>>)) end),
     t(fun() -> base64:decode(?MODULE:id(<<1:3>>)) end),
     t(fun() -> base64:encode(<<"a">>, ?MODULE:id(nomap)) end),
     t(fun() -> base64:encode("a", ?MODULE:id(nomap)) end),
     t(fun() -> base64:decode(<<"YQ==">>, ?MODULE:id(nomap)) end),
     t(fun() -> base64:encode_to_string(<<"a">>, ?MODULE:id([])) end),
     t(fun() -> base64:decode(<<"A">>) end),
     t(fun() -> base64:decode(<<"AB">>) end),
     t(fun() -> base64:decode(<<"ABC">>) end),
     t(fun() -> base64:decode(<<"AB!D">>) end),
     t(fun() -> base64:decode(<<"A!CD">>) end),
     t(fun() -> base64:decode(<<"ABC!====">>) end),
     t(fun() -> base64:decode(<<"=AAA">>) end),
     t(fun() -> base64:decode(<<"A=AA">>) end),
     t(fun() -> base64:decode(<<"A!==">>) end),
     t(fun() -> base64:decode(<<"AB!=">>) end),
     t(fun() -> base64:decode(<<"QQ==x">>) end),
     t(fun() -> base64:decode(<<"QQ==QQ==">>) end),
     t(fun() -> base64:decode("QQ==x") end),
     t(fun() -> base64:decode("AB!D") end),
     t(fun() -> base64:decode("A!", #{padding => false}) end),
     t(fun() -> base64:decode_to_string("AB!D") end),
     t(fun() -> base64:decode_to_string("A!==") end),
     t(fun() -> base64:decode_to_string(<<"QUJD", "QQ">>) end),
     t(fun() -> base64:decode_to_string("Q") end),
     t(fun() -> base64:mime_decode("Q") end),
     t(fun() -> base64:mime_decode_to_string(<<"QQ">>) end),
     t(fun() -> base64:decode([$Q, $Q | tail]) end),
     t(fun() -> base64:mime_decode([$Q, $Q, $Q, $Q | tail]) end),
     t(fun() -> base64:encode([1, 2, 3, 4 | tail]) end)].

error_frames() ->
    [st(fun() -> base64:decode(?MODULE:id(foo)) end),
     st(fun() -> base64:encode(<<"a">>, ?MODULE:id(nomap)) end),
     st(fun() -> base64:encode("a", ?MODULE:id(nomap)) end),
     st(fun() -> base64:decode(<<"A">>) end),
     st(fun() -> base64:decode(<<"AB">>) end),
     st(fun() -> base64:decode("ABC") end),
     st(fun() -> base64:decode(<<"AB!D">>) end),
     st(fun() -> base64:decode(<<" AB!D">>) end),
     st(fun() -> base64:decode("AB!D") end),
     st(fun() -> base64:decode(<<"QQ==x">>) end),
     st(fun() -> base64:decode("QQ== x") end),
     st(fun() -> base64:decode_to_string("QUJDQUJDQQ") end),
     st(fun() -> base64:mime_decode(<<"Q">>) end),
     st(fun() -> base64:mime_decode_to_string("QUJDQUJD=QQ") end),
     st(fun() -> base64:encode([a]) end),
     st(fun() -> base64:encode([1, 2, x]) end),
     st(fun() -> base64:encode_to_string([1, 2, 3, 4, 5, 6, x]) end),
     st(fun() -> base64:decode([$A, 1.5]) end),
     st(fun() -> base64:decode_to_string("QUJDAB!D") end),
     st(fun() -> base64:decode_to_string("A!==") end),
     st(fun() -> base64:mime_decode_to_string([$Q, $Q, $Q, $Q, $Q, $Q, $Q, $Q | t]) end),
     st(fun() -> base64:decode("QUJD QQ==  x") end)].

format_error() ->
    [base64:format_error(missing_padding, []), base64:format_error(badarg, [])].
