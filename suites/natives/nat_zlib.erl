%% zlib (OTP 26) one-shot functions: compress/uncompress, zip/unzip, gzip/gunzip and the
%% zstream checksum wrappers; byte-exact output, empty, unicode and huge inputs, errors.
-module(nat_zlib).
-export([id/1, compress_bytes/0, zip_bytes/0, gzip_bytes/0, roundtrips/0, iodata/0,
         unicode/0, huge_text/0, huge_random/0, gunzip_members/0, trailing_data/0,
         errors/0, error_frames/0, checksums/0, etf_compressed/0]).

-compile({nowarn_deprecated_function, [{zlib, crc32, 2}, {zlib, crc32, 3},
                                       {zlib, adler32, 2}, {zlib, adler32, 3},
                                       {zlib, crc32_combine, 4}, {zlib, adler32_combine, 4}]}).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

st(F) ->
    try F() catch C:R:S -> {caught, C, R, [Fr || {M, _, _, _} = Fr <- S, lists:member(M, [base64, zlib, erlang])]} end.

inputs() ->
    [<<>>, <<"a">>, <<"hello hello hello hello">>, binary:copy(<<"abc">>, 1000),
     list_to_binary(lists:seq(0, 255))].

compress_bytes() -> [zlib:compress(I) || I <- inputs()].

zip_bytes() -> [zlib:zip(I) || I <- inputs()].

gzip_bytes() -> [zlib:gzip(I) || I <- inputs()].

roundtrips() ->
    [{zlib:uncompress(zlib:compress(I)) =:= I, zlib:unzip(zlib:zip(I)) =:= I,
      zlib:gunzip(zlib:gzip(I)) =:= I} || I <- inputs()].

%% Any iodata is accepted: nested lists, bytes and binaries, a binary tail.
iodata() ->
    D = [<<"ab">>, $c, [[$d, <<"ef">>], []] | <<"gh">>],
    [zlib:compress(D), zlib:zip(D), zlib:gzip(D),
     zlib:uncompress([binary:part(zlib:compress(D), 0, 3), binary:part(zlib:compress(D), 3, byte_size(zlib:compress(D)) - 3)]),
     zlib:unzip([zlib:zip(D)]), zlib:gunzip([[zlib:gzip(D)]])].

unicode() ->
    U = unicode:characters_to_binary("Grüße, 世界! ✓✓✓ Grüße, 世界!"),
    C = zlib:compress(U),
    [C, zlib:gzip(U), unicode:characters_to_list(zlib:uncompress(C))].

%% A deterministic pseudo-random byte string.
bytes(N) -> bytes(N, 987654321, []).
bytes(0, _, Acc) -> list_to_binary(Acc);
bytes(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7fffffff,
    bytes(N - 1, S1, [(S1 bsr 16) band 255 | Acc]).

%% Compressible text: words drawn pseudo-randomly from a small vocabulary.
text(N) -> text(N, 42, []).
text(0, _, Acc) -> iolist_to_binary(Acc);
text(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7fffffff,
    Words = {<<"the ">>, <<"quick ">>, <<"brown ">>, <<"fox ">>, <<"jumps ">>, <<"over ">>,
             <<"lazy ">>, <<"dog ">>, <<"zlib ">>, <<"beam\n">>, <<"Grüße ">>},
    text(N - 1, S1, [element(1 + (S1 bsr 16) rem 11, Words) | Acc]).

summary(B) -> {byte_size(B), erlang:crc32(B), erlang:adler32(B)}.

huge_text() ->
    T = text(200000),
    C = zlib:compress(T), Z = zlib:zip(T), G = zlib:gzip(T),
    [byte_size(T), summary(C), summary(Z), summary(G),
     zlib:uncompress(C) =:= T, zlib:unzip(Z) =:= T, zlib:gunzip(G) =:= T].

huge_random() ->
    R = bytes(300000),
    C = zlib:compress(R), G = zlib:gzip(R),
    [summary(C), summary(G), zlib:uncompress(C) =:= R, zlib:gunzip(G) =:= R].

%% gunzip/1 reads concatenated gzip members.
gunzip_members() ->
    [zlib:gunzip(<<(zlib:gzip("ab"))/binary, (zlib:gzip(<<>>))/binary, (zlib:gzip("cd"))/binary>>),
     t(fun() -> zlib:gunzip(<<(zlib:gzip("ab"))/binary, "xyz">>) end)].

%% uncompress/1 and unzip/1 stop at the end of the stream.
trailing_data() ->
    [zlib:uncompress(<<(zlib:compress("payload"))/binary, "trailing">>),
     zlib:unzip(<<(zlib:zip("payload"))/binary, "xyz">>)].

errors() ->
    C = zlib:compress(<<"hello hello hello">>),
    [t(fun() -> zlib:compress(?MODULE:id(foo)) end),
     t(fun() -> zlib:zip(?MODULE:id([1 | 2])) end),
     t(fun() -> zlib:gzip(?MODULE:id([256])) end),
     t(fun() -> zlib:gzip(?MODULE:id(<<1:3>>)) end),
     t(fun() -> zlib:uncompress(?MODULE:id(foo)) end),
     t(fun() -> zlib:uncompress(<<"garbage">>) end),
     t(fun() -> zlib:uncompress(<<>>) end),
     t(fun() -> zlib:uncompress(<<"garbage!!">>) end),
     t(fun() -> zlib:uncompress(binary:part(C, 0, byte_size(C) - 3)) end),
     t(fun() -> zlib:uncompress(<<(binary:part(C, 0, byte_size(C) - 1))/binary, 0>>) end),
     t(fun() -> zlib:unzip(<<"garbage!!">>) end),
     t(fun() -> zlib:unzip(<<>>) end),
     t(fun() -> zlib:unzip(?MODULE:id(foo)) end),
     t(fun() -> zlib:gunzip(<<"garbage!!">>) end),
     t(fun() -> zlib:gunzip(<<>>) end),
     t(fun() -> zlib:gunzip(binary:part(zlib:gzip("abcdef"), 0, 12)) end),
     t(fun() -> zlib:gunzip(zlib:compress("abc")) end)].

%% Failures whose frames hold no zstream reference.
error_frames() ->
    [st(fun() -> zlib:compress(?MODULE:id(foo)) end),
     st(fun() -> zlib:gunzip(?MODULE:id(<<1:3>>)) end),
     st(fun() -> zlib:uncompress(?MODULE:id(foo)) end),
     st(fun() -> zlib:uncompress(<<"short">>) end),
     st(fun() -> zlib:crc32(?MODULE:id(notaref), "abc") end),
     st(fun() -> zlib:crc32(make_ref(), ?MODULE:id(foo)) end),
     st(fun() -> zlib:adler32(make_ref(), 1, ?MODULE:id([-1])) end),
     st(fun() -> zlib:crc32_combine(make_ref(), 1, 2, ?MODULE:id(-3)) end)].

checksums() ->
    Z = make_ref(),
    D = <<"The quick brown fox jumps over the lazy dog">>,
    [zlib:crc32(Z, D), zlib:crc32(Z, zlib:crc32(Z, <<"The quick ">>), <<"brown fox jumps over the lazy dog">>),
     zlib:adler32(Z, D), zlib:adler32(Z, zlib:adler32(Z, <<"The quick ">>), <<"brown fox jumps over the lazy dog">>),
     zlib:crc32_combine(Z, erlang:crc32(<<"ab">>), erlang:crc32(<<"cd">>), 2) =:= erlang:crc32(<<"abcd">>),
     zlib:adler32_combine(Z, erlang:adler32(<<"ab">>), erlang:adler32(<<"cd">>), 2) =:= erlang:adler32(<<"abcd">>),
     zlib:crc32(Z, []), zlib:adler32(Z, <<>>),
     t(fun() -> zlib:crc32(?MODULE:id(x), D) end),
     t(fun() -> zlib:adler32(?MODULE:id(x), 1, D) end),
     t(fun() -> zlib:crc32(Z, ?MODULE:id(foo)) end)].

%% term_to_binary's compressed format is zlib data behind tag 80.
etf_compressed() ->
    T = lists:duplicate(50, {hello, "world"}),
    <<131, 80, Size:32, Z/binary>> = term_to_binary(T, [compressed]),
    [Size, binary_to_term(<<131, (zlib:uncompress(Z))/binary>>) =:= T,
     binary_to_term(<<131, 80, Size:32, (zlib:compress(binary:part(term_to_binary(T), 1, Size)))/binary>>) =:= T].
