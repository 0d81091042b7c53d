%% zlib (OTP 26) zstream API: open/close, deflate and inflate streams with every window
%% bits form, levels, strategies, flush modes, deflateParams mid-stream, dictionaries,
%% end-of-stream behaviours, safeInflate/inflateChunk chunking, crc32/1, the controlling
%% process and the errors OTP raises. No reference or pid is ever part of a result.
-module(nat_zlib_stream).
-export([id/1, open_close/0, deflate_basic/0, deflate_window_bits/0, deflate_levels/0,
         deflate_strategies/0, flush_modes/0, deflate_params/0, deflate_dictionary/0,
         deflate_reset/0, deflate_errors/0, inflate_basic/0, inflate_chunks/0,
         safe_inflate/0, inflate_dictionary/0, inflate_get_dictionary/0, inflate_eos/0,
         inflate_errors/0, inflate_chunk/0, buf_size/0, crc32_stream/0,
         controlling_process/0, empty_input/0, large_text/0, large_random/0,
         iodata_segments/0, error_frames/0]).

-compile({nowarn_deprecated_function, [{zlib, inflateChunk, 1}, {zlib, inflateChunk, 2},
                                       {zlib, getBufSize, 1}, {zlib, setBufSize, 2},
                                       {zlib, crc32, 1}]}).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

%% The zlib and erlang frames of a failure, references replaced so nothing varies.
st(F) ->
    try F() catch C:R:S ->
        {caught, C, R, [{M, Fn, noref(A)} || {M, Fn, A, _} <- S, lists:member(M, [zlib, erlang])]}
    end.

noref(T) when is_reference(T) -> zref;
noref(T) when is_pid(T) -> zpid;
noref(T) when is_list(T) -> [noref(E) || E <- T];
noref(T) when is_tuple(T) -> list_to_tuple(noref(tuple_to_list(T)));
noref(T) -> T.

b(IO) -> iolist_to_binary(IO).

sizes(IO) -> [byte_size(B) || B <- lists:flatten(IO)].

summary(B) -> {byte_size(B), erlang:crc32(B)}.

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
             <<"lazy ">>, <<"dog ">>, <<"zlib ">>, <<"beam\n">>, <<"stream ">>},
    text(N - 1, S1, [element(1 + (S1 bsr 16) rem 11, Words) | Acc]).

sample() -> <<"The quick brown fox jumps over the lazy dog. The quick brown fox jumps again.">>.

%% Deflate Data in one finishing call with the given deflateInit/6 parameters.
deflate_with(Data, Level, Bits, Mem, Strategy) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, Level, deflated, Bits, Mem, Strategy),
    Out = zlib:deflate(Z, Data, finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    Out.

inflate_with(Data, Bits) ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, Bits),
    Out = zlib:inflate(Z, Data),
    R = t(fun() -> zlib:inflateEnd(Z) end),
    ok = zlib:close(Z),
    {b(Out), R}.

open_close() ->
    Z = zlib:open(),
    [is_reference(Z), zlib:getBufSize(Z), t(fun() -> zlib:crc32(Z) end),
     zlib:close(Z),
     t(fun() -> zlib:close(Z) end),
     t(fun() -> zlib:deflateInit(Z) end),
     t(fun() -> zlib:inflateInit(Z) end),
     t(fun() -> zlib:deflate(Z, <<"x">>) end),
     t(fun() -> zlib:deflate(Z, <<>>) end),
     t(fun() -> zlib:inflate(Z, <<"x">>) end),
     t(fun() -> zlib:crc32(Z) end),
     zlib:getBufSize(Z), zlib:setBufSize(Z, 100), zlib:getBufSize(Z),
     t(fun() -> zlib:deflateEnd(Z) end),
     t(fun() -> zlib:inflateReset(Z) end),
     t(fun() -> zlib:close(?MODULE:id(notaref)) end),
     t(fun() -> zlib:close(make_ref()) end)].

deflate_basic() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    A = zlib:deflate(Z, <<"hello ">>),
    B = zlib:deflate(Z, "world"),
    C = zlib:deflate(Z, [<<" and ">>, "more"], finish),
    D = zlib:deflate(Z, <<>>, finish),
    E = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, best_compression),
    F = zlib:deflate(Z, sample(), finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    [A, B, C, D, E, b([A, B, C]) =:= zlib:compress(<<"hello world and more">>), F,
     zlib:uncompress(F) =:= sample()].

deflate_window_bits() ->
    D = binary:copy(sample(), 4),
    Ok = [{W, b(deflate_with(D, default, W, 8, default))} || W <- [15, 9, 8, -15, -9, 31, 25]],
    Bad = [{W, t(fun() -> deflate_with(D, default, W, 8, default) end)}
           || W <- [-8, 24, 32, 47, 7, 48, 0, -16, foo]],
    Ok ++ Bad ++ [b(deflate_with(D, default, -15, 8, default)) =:= zlib:zip(D),
                  b(deflate_with(D, default, 31, 8, default)) =:= zlib:gzip(D)].

deflate_levels() ->
    D = text(600),
    [{L, summary(b(deflate_with(D, L, 15, 8, default)))}
     || L <- [none, best_speed, best_compression, default, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
    ++ [{mem, M, summary(b(deflate_with(D, default, 15, M, default)))} || M <- [1, 2, 5, 9]]
    ++ [b(deflate_with(<<"abcabcabc">>, L, 15, 8, default)) || L <- [none, 1, 9]]
    ++ [{L, t(fun() -> deflate_with(D, L, 15, 8, default) end)} || L <- [10, -1, high]]
    ++ [{mem, M, t(fun() -> deflate_with(D, default, 15, M, default) end)} || M <- [0, 10, x]]
    ++ [t(fun() -> zlib:deflateInit(zlib:open(), default, ?MODULE:id(stored), 15, 8, default) end)].

deflate_strategies() ->
    D = text(600),
    [{S, summary(b(deflate_with(D, default, 15, 8, S)))} || S <- [default, filtered, huffman_only, rle]]
    ++ [b(deflate_with(<<"aaaaaaaaaabbbbbbbbbbaaaaaaaaaa">>, default, -15, 8, S)) || S <- [huffman_only, rle]]
    ++ [t(fun() -> deflate_with(D, default, 15, 8, fixed) end)].

%% Every flush mode, one deflate call each: the output of each call as returned.
flush_modes() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    Outs = [zlib:deflate(Z, <<"alpha alpha ">>, none),
            zlib:deflate(Z, <<"beta beta ">>, sync),
            zlib:deflate(Z, <<>>, sync),
            zlib:deflate(Z, <<"alpha beta ">>, full),
            zlib:deflate(Z, <<>>, full),
            zlib:deflate(Z, <<"gamma">>, none),
            zlib:deflate(Z, <<>>, none),
            zlib:deflate(Z, <<"alpha">>, finish),
            zlib:deflate(Z, <<>>, finish)],
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    Bad = t(fun() -> Z2 = zlib:open(), zlib:deflateInit(Z2), zlib:deflate(Z2, <<"x">>, partial) end),
    [Outs, zlib:unzip(b(Outs)), Bad].

deflate_params() ->
    T = text(10000),
    <<P1:6000/binary, P2:6000/binary, P3/binary>> = T,
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default),
    A = zlib:deflate(Z, P1),
    R1 = zlib:deflateParams(Z, best_compression, filtered),
    B = zlib:deflate(Z, P2),
    R2 = zlib:deflateParams(Z, none, default),
    C = zlib:deflate(Z, P3),
    R3 = zlib:deflateParams(Z, 1, rle),
    D = zlib:deflate(Z, P1, finish),
    ok = zlib:deflateEnd(Z),
    All = b([A, B, C, D]),
    %% Right after init, to the same parameters, and the flush it leaves behind.
    ok = zlib:deflateInit(Z, 3),
    E = zlib:deflateParams(Z, 3, default),
    F = zlib:deflate(Z, <<"abc">>),
    G = zlib:deflateParams(Z, 3, default),
    H = zlib:deflate(Z, <<>>, sync),
    I = zlib:deflateParams(Z, 9, huffman_only),
    J = zlib:deflate(Z, <<>>, sync),
    K = zlib:deflate(Z, <<"abcabc">>, finish),
    L = t(fun() -> zlib:deflateParams(Z, 5, default) end),
    M = t(fun() -> zlib:deflateParams(Z, 11, default) end),
    N = t(fun() -> zlib:deflateParams(Z, 5, fixed) end),
    ok = zlib:deflateEnd(Z),
    O = t(fun() -> zlib:deflateParams(Z, 5, default) end),
    %% From storing (level 0) to compressing: the hash is rebuilt.
    ok = zlib:deflateInit(Z, none),
    S1 = zlib:deflate(Z, binary:part(T, 0, 40000)),
    ok = zlib:deflateParams(Z, 6, default),
    S2 = zlib:deflate(Z, binary:part(T, 0, 40000), finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    [R1, R2, R3, summary(All), zlib:uncompress(All) =:= <<T/binary, P1/binary>>, sizes(A), sizes(B),
     sizes(C), sizes(D), E, F, G, H, I, J, K, L, M, N, O, summary(b([S1, S2])),
     zlib:uncompress(b([S1, S2])) =:= binary:copy(binary:part(T, 0, 40000), 2)].

deflate_dictionary() ->
    Dict = <<"quick brown fox lazy dog jumps over the">>,
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Adler = zlib:deflateSetDictionary(Z, Dict),
    Out = b(zlib:deflate(Z, sample(), finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    RawAdler = zlib:deflateSetDictionary(Z, [<<"quick brown ">>, "fox lazy dog jumps over the"]),
    RawOut = b(zlib:deflate(Z, sample(), finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, default, deflated, 31, 8, default),
    Gz = t(fun() -> zlib:deflateSetDictionary(Z, Dict) end),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z),
    _ = zlib:deflate(Z, <<"data">>, sync),
    Late = t(fun() -> zlib:deflateSetDictionary(Z, Dict) end),
    NotIo = t(fun() -> zlib:deflateSetDictionary(Z, ?MODULE:id(foo)) end),
    _ = zlib:deflate(Z, <<>>, finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, 9, deflated, -9, 8, default),
    BigAdler = zlib:deflateSetDictionary(Z, binary:copy(<<"0123456789">>, 100)),
    BigOut = b(zlib:deflate(Z, <<"0123456789 9876543210">>, finish)),
    ok = zlib:deflateEnd(Z),
    Inflate = t(fun() -> zlib:inflateInit(Z), zlib:deflateSetDictionary(Z, Dict) end),
    ok = zlib:close(Z),
    [Adler, Adler =:= erlang:adler32(Dict), Out, RawAdler, RawOut, Gz, Late, NotIo,
     BigAdler, BigOut, Inflate].

deflate_reset() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    _ = zlib:deflate(Z, <<"partial data that is thrown away">>, sync),
    C1 = zlib:crc32(Z),
    R = zlib:deflateReset(Z),
    C2 = zlib:crc32(Z),
    A = b(zlib:deflate(Z, sample(), finish)),
    C3 = zlib:crc32(Z),
    R2 = zlib:deflateReset(Z),
    B = b(zlib:deflate(Z, sample(), finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    [C1, R, C2, A =:= zlib:zip(sample()), C3 =:= erlang:crc32(sample()), R2, A =:= B].

deflate_errors() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Twice = t(fun() -> zlib:deflateInit(Z) end),
    InfInit = t(fun() -> zlib:inflateInit(Z) end),
    _ = zlib:deflate(Z, <<"abc">>),
    EarlyEnd = t(fun() -> zlib:deflateEnd(Z) end),
    AfterEnd = [t(fun() -> zlib:deflate(Z, <<"abc">>) end), t(fun() -> zlib:deflateEnd(Z) end),
                t(fun() -> zlib:deflateReset(Z) end), t(fun() -> zlib:deflateSetDictionary(Z, "d") end),
                t(fun() -> zlib:inflate(Z, <<"abc">>) end), t(fun() -> zlib:inflateEnd(Z) end)],
    ok = zlib:deflateInit(Z),
    F = zlib:deflate(Z, <<"abc">>, finish),
    More = [t(fun() -> zlib:deflate(Z, <<"more">>) end), t(fun() -> zlib:deflate(Z, <<>>, none) end),
            t(fun() -> zlib:deflate(Z, <<>>, sync) end), t(fun() -> zlib:deflate(Z, <<>>, finish) end),
            t(fun() -> zlib:deflate(Z, <<"more">>, finish) end)],
    %% The refused "more" is still queued.
    MoreEnd = t(fun() -> zlib:deflateEnd(Z) end),
    ok = zlib:deflateInit(Z),
    BadData = [t(fun() -> zlib:deflate(Z, ?MODULE:id(foo)) end),
               t(fun() -> zlib:deflate(Z, ?MODULE:id([1, 2 | 3])) end),
               t(fun() -> zlib:deflate(Z, ?MODULE:id(<<1:7>>)) end),
               t(fun() -> zlib:deflate(Z, ?MODULE:id([256])) end),
               t(fun() -> zlib:deflate(Z, "queued", ?MODULE:id(sometimes)) end)],
    %% The bad flush mode left "queued" in the input queue: deflateEnd sees it.
    Queued = [b(zlib:deflate(Z, <<>>, finish)), t(fun() -> zlib:deflateEnd(Z) end)],
    RawEnd = t(fun() -> zlib:deflateInit(Z, default, deflated, -15, 8, default), zlib:deflateEnd(Z) end),
    ZEnd = t(fun() -> zlib:deflateInit(Z), zlib:deflateEnd(Z) end),
    ok = zlib:close(Z),
    [Twice, InfInit, EarlyEnd, AfterEnd, F, More, MoreEnd, BadData, Queued, RawEnd, ZEnd,
     t(fun() -> zlib:deflate(?MODULE:id(foo), <<"x">>) end),
     t(fun() -> zlib:deflate(make_ref(), <<"x">>) end),
     t(fun() -> zlib:deflateInit(make_ref()) end)].

inflate_basic() ->
    D = binary:copy(sample(), 3),
    Zl = zlib:compress(D), Raw = zlib:zip(D), Gz = zlib:gzip(D),
    [inflate_with(Zl, 15), inflate_with(Raw, -15), inflate_with(Gz, 31),
     inflate_with(Zl, 47), inflate_with(Gz, 47), inflate_with(Gz, 16), inflate_with(Zl, 32),
     inflate_with(Raw, -8), inflate_with(b(deflate_with(D, default, 9, 8, default)), 9),
     t(fun() -> inflate_with(b(deflate_with(D, default, 15, 8, default)), 9) end),
     t(fun() -> inflate_with(Zl, 31) end), t(fun() -> inflate_with(Gz, 15) end),
     t(fun() -> inflate_with(Raw, 15) end),
     begin
         Z1 = zlib:open(), ok = zlib:inflateInit(Z1),
         Parts = [zlib:inflate(Z1, binary:part(Zl, I, 1)) || I <- lists:seq(0, byte_size(Zl) - 1)],
         ok = zlib:inflateEnd(Z1), ok = zlib:close(Z1),
         {[P || P <- Parts, P =/= []] =/= [], b(Parts) =:= D}
     end,
     begin
         Z2 = zlib:open(), ok = zlib:inflateInit(Z2),
         R = zlib:inflate(Z2, Zl),
         ok = zlib:inflateEnd(Z2), ok = zlib:close(Z2),
         R
     end].

%% inflate/2 of 1 MB gives 16 KB binaries; each call reads at most 8 KB of input.
inflate_chunks() ->
    T = text(200000),
    C = zlib:compress(T),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    Out = zlib:inflate(Z, C),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    Out2 = zlib:inflate(Z, C, [{exception_on_need_dict, false}]),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    S = sizes(Out),
    [byte_size(T), length(S), lists:usort(S), b(Out) =:= T, Out =:= Out2,
     case Out of [[[_ | _] | _] | _] -> nested; _ -> flat end].

%% safeInflate/2: one NIF call per call, {continue, Out} until {finished, Out}.
safe_inflate() ->
    T = text(30000),
    C = zlib:compress(T),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    Steps = safe_loop(Z, C, []),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    Small = zlib:safeInflate(Z, zlib:zip(<<"tiny">>)),
    Again = zlib:safeInflate(Z, []),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    Empty = zlib:safeInflate(Z, <<>>),
    Part = zlib:safeInflate(Z, binary:part(C, 0, 100)),
    R = t(fun() -> zlib:inflateEnd(Z) end),
    ok = zlib:close(Z),
    [[{M, sizes(O)} || {M, O} <- Steps], b([O || {_, O} <- Steps]) =:= T, Small, Again, Empty,
     element(1, Part), sizes(element(2, Part)), R].

safe_loop(Z, In, Acc) ->
    case zlib:safeInflate(Z, In) of
        {continue, O} -> safe_loop(Z, [], [{continue, O} | Acc]);
        {finished, O} -> lists:reverse([{finished, O} | Acc])
    end.

compress_with_dict(Dict, Data, Bits) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, Bits, 8, default),
    Adler = zlib:deflateSetDictionary(Z, Dict),
    C = b(zlib:deflate(Z, Data, finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    {Adler, C}.

inflate_dictionary() ->
    Dict = <<"quick brown fox lazy dog jumps over the">>,
    {Adler, C} = compress_with_dict(Dict, sample(), 15),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    Need = t(fun() -> zlib:inflate(Z, C) end),
    Wrong = t(fun() -> zlib:inflateSetDictionary(Z, <<"wrong">>) end),
    Set = zlib:inflateSetDictionary(Z, Dict),
    Rest = zlib:inflate(Z, []),
    ok = zlib:inflateEnd(Z),
    %% Without the exception: the tuple, then the rest after the dictionary.
    ok = zlib:inflateInit(Z),
    Tuple = zlib:inflate(Z, C, [{exception_on_need_dict, false}]),
    ok = zlib:inflateSetDictionary(Z, Dict),
    Rest2 = zlib:inflate(Z, [], [{exception_on_need_dict, false}]),
    ok = zlib:inflateEnd(Z),
    %% safeInflate reports need_dictionary (a header alone is just finished).
    ok = zlib:inflateInit(Z),
    Safe = zlib:safeInflate(Z, C),
    ok = zlib:inflateSetDictionary(Z, Dict),
    Safe2 = zlib:safeInflate(Z, []),
    ok = zlib:inflateReset(Z),
    HeaderOnly = zlib:safeInflate(Z, binary:part(C, 0, 6)),
    HeaderOnly2 = t(fun() -> zlib:safeInflate(Z, binary:part(C, 6, byte_size(C) - 6)) end),
    HeaderOnlyEnd = t(fun() -> zlib:inflateEnd(Z) end),
    %% Output before the need_dictionary of a second zlib stream in the same call (reset).
    ok = zlib:inflateInit(Z, 15, reset),
    Two = t(fun() -> zlib:inflate(Z, [zlib:compress(<<"first">>), C]) end),
    ok = zlib:inflateSetDictionary(Z, Dict),
    Two2 = zlib:inflate(Z, []),
    ok = zlib:inflateEnd(Z),
    %% Raw streams take the dictionary up front; a zlib stream only when asked.
    {RawAdler, RawC} = compress_with_dict(Dict, sample(), -15),
    ok = zlib:inflateInit(Z, -15),
    ok = zlib:inflateSetDictionary(Z, Dict),
    Raw = b(zlib:inflate(Z, RawC)),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    Early = t(fun() -> zlib:inflateSetDictionary(Z, Dict) end),
    NotIo = t(fun() -> zlib:inflateSetDictionary(Z, ?MODULE:id(1.5)) end),
    ok = zlib:close(Z),
    [Adler, Need, Wrong, Set, Rest, b(Rest) =:= sample(), Tuple, b(Rest2) =:= sample(), Safe,
     b(element(2, Safe2)) =:= sample(), HeaderOnly, HeaderOnly2, HeaderOnlyEnd, Two, b(Two2),
     RawAdler, Raw =:= sample(), Early, NotIo].

inflate_get_dictionary() ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    Fresh = zlib:inflateGetDictionary(Z),
    _ = zlib:inflate(Z, zlib:compress(<<"window contents">>)),
    Small = zlib:inflateGetDictionary(Z),
    ok = zlib:inflateEnd(Z),
    T = text(20000),
    ok = zlib:inflateInit(Z, -15),
    _ = zlib:inflate(Z, zlib:zip(T)),
    Big = zlib:inflateGetDictionary(Z),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    ok = zlib:inflateSetDictionary(Z, <<"preset">>),
    Preset = zlib:inflateGetDictionary(Z),
    PresetEnd = t(fun() -> zlib:inflateEnd(Z) end),
    NotInflate = t(fun() -> zlib:inflateGetDictionary(Z) end),
    ok = zlib:deflateInit(Z),
    Deflating = t(fun() -> zlib:inflateGetDictionary(Z) end),
    ok = zlib:close(Z),
    [Fresh, Small, byte_size(Big), Big =:= binary:part(T, byte_size(T) - 32768, 32768), Preset, PresetEnd,
     NotInflate, Deflating].

%% What comes after the end of a stream: cut (default), reset or error.
inflate_eos() ->
    A = zlib:compress(<<"first">>), B = zlib:compress(<<"second">>),
    Run = fun(Eos, In) ->
                  Z = zlib:open(),
                  ok = zlib:inflateInit(Z, 15, Eos),
                  R = t(fun() -> zlib:inflate(Z, In) end),
                  R2 = t(fun() -> zlib:inflate(Z, <<"more">>) end),
                  E = t(fun() -> zlib:inflateEnd(Z) end),
                  ok = zlib:close(Z),
                  [R, R2, E]
          end,
    [{Eos, Run(Eos, In)} || Eos <- [cut, reset, error],
                            In <- [[A, B], [A, <<"garbage">>], [A], [binary:part(B, 0, 5)]]]
    ++ [t(fun() -> zlib:inflateInit(zlib:open(), 15, ?MODULE:id(ignore)) end)].

inflate_errors() ->
    C = zlib:compress(sample()),
    Corrupt = <<(binary:part(C, 0, 10))/binary, 255, 255, 255, (binary:part(C, 13, byte_size(C) - 13))/binary>>,
    Z = zlib:open(),
    Uninit = [t(fun() -> zlib:inflate(Z, C) end), t(fun() -> zlib:inflateEnd(Z) end),
              t(fun() -> zlib:inflateReset(Z) end), t(fun() -> zlib:safeInflate(Z, C) end),
              t(fun() -> zlib:inflateSetDictionary(Z, "d") end)],
    ok = zlib:inflateInit(Z),
    Twice = t(fun() -> zlib:inflateInit(Z) end),
    DefInit = t(fun() -> zlib:deflateInit(Z) end),
    Bad = t(fun() -> zlib:inflate(Z, Corrupt) end),
    %% After a data error the stream stays broken until reset.
    Still = t(fun() -> zlib:inflate(Z, C) end),
    ok = zlib:inflateReset(Z),
    Good = b(zlib:inflate(Z, C)) =:= sample(),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    Header = t(fun() -> zlib:inflate(Z, <<"not zlib at all">>) end),
    ok = zlib:inflateReset(Z),
    Trunc = zlib:inflate(Z, binary:part(C, 0, byte_size(C) - 4)),
    TruncEnd = t(fun() -> zlib:inflateEnd(Z) end),
    ok = zlib:inflateInit(Z, 31),
    BadCrc = t(fun() -> zlib:inflate(Z, <<(binary:part(zlib:gzip("abc"), 0, 13))/binary, 0, 0, 0, 0, 3, 0, 0, 0>>) end),
    ok = zlib:inflateReset(Z),
    Opts = [t(fun() -> zlib:inflate(Z, [], ?MODULE:id(notalist)) end),
            t(fun() -> zlib:inflate(Z, [], [{other, 1}, {exception_on_need_dict, maybe}]) end),
            t(fun() -> zlib:inflate(Z, [], [{other, 1} | ?MODULE:id(tail)]) end)],
    BadArgs = [t(fun() -> zlib:inflate(Z, ?MODULE:id(foo)) end),
               t(fun() -> zlib:inflateInit(zlib:open(), ?MODULE:id(7)) end),
               t(fun() -> zlib:inflateInit(zlib:open(), ?MODULE:id(-16)) end),
               t(fun() -> zlib:inflateInit(zlib:open(), ?MODULE:id(48)) end),
               t(fun() -> zlib:inflateInit(zlib:open(), ?MODULE:id(0)) end)],
    ok = zlib:close(Z),
    [Uninit, Twice, DefInit, Bad, Still, Good, Header, Trunc =/= [], TruncEnd, BadCrc, Opts, BadArgs].

%% The deprecated inflateChunk/1,2: getBufSize bytes at a time, {more, Out} until done.
inflate_chunk() ->
    T = text(3000),
    C = zlib:compress(T),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    First = zlib:inflateChunk(Z, C),
    Steps = chunk_loop(Z, First, []),
    ok = zlib:inflateEnd(Z),
    ok = zlib:setBufSize(Z, 50000),
    ok = zlib:inflateInit(Z),
    One = zlib:inflateChunk(Z, C),
    ok = zlib:inflateEnd(Z),
    ok = zlib:setBufSize(Z, 17),
    ok = zlib:inflateInit(Z),
    Tiny = zlib:inflateChunk(Z, zlib:compress(<<"0123456789012345678901234567890123456789">>)),
    Tiny2 = zlib:inflateChunk(Z),
    Tiny3 = zlib:inflateChunk(Z),
    ok = zlib:inflateEnd(Z),
    ok = zlib:inflateInit(Z),
    Dict = t(fun() -> zlib:inflateChunk(Z, element(2, compress_with_dict(<<"dict">>, sample(), 15))) end),
    ok = zlib:close(Z),
    [[{M, sizes(O)} || {M, O} <- Steps], b([O || {_, O} <- Steps]) =:= T,
     is_list(One), b(One) =:= T, Tiny, Tiny2, Tiny3, Dict].

chunk_loop(Z, {more, O}, Acc) -> chunk_loop(Z, zlib:inflateChunk(Z), [{more, O} | Acc]);
chunk_loop(_Z, O, Acc) -> lists:reverse([{done, O} | Acc]).

buf_size() ->
    Z = zlib:open(),
    [zlib:getBufSize(Z), zlib:setBufSize(Z, 17), zlib:getBufSize(Z),
     zlib:setBufSize(Z, (1 bsl 24) - 1), zlib:getBufSize(Z),
     t(fun() -> zlib:setBufSize(Z, 16) end), t(fun() -> zlib:setBufSize(Z, 1 bsl 24) end),
     t(fun() -> zlib:setBufSize(Z, ?MODULE:id(big)) end),
     t(fun() -> zlib:setBufSize(?MODULE:id(foo), 100) end),
     t(fun() -> zlib:getBufSize(?MODULE:id(foo)) end),
     zlib:close(Z)].

%% crc32/1 follows the uncompressed data of raw streams only.
crc32_stream() ->
    D = text(5000),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    C0 = zlib:crc32(Z),
    Zip = zlib:deflate(Z, D, finish),
    C1 = zlib:crc32(Z),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    _ = zlib:inflate(Z, Zip),
    C2 = zlib:crc32(Z),
    ok = zlib:inflateReset(Z),
    C3 = zlib:crc32(Z),
    ResetEnd = t(fun() -> zlib:inflateEnd(Z) end),
    ok = zlib:deflateInit(Z),
    _ = zlib:deflate(Z, D, finish),
    C4 = zlib:crc32(Z),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, 31),
    _ = zlib:inflate(Z, zlib:gzip(D)),
    C5 = zlib:crc32(Z),
    ok = zlib:inflateEnd(Z),
    E = t(fun() -> zlib:crc32(Z) end),
    ok = zlib:close(Z),
    [C0, C1 =:= erlang:crc32(D), C2 =:= erlang:crc32(D), C3, ResetEnd, C4, C5, E,
     t(fun() -> zlib:crc32(?MODULE:id(x)) end)].

%% Only the controlling process may use a stream; it can hand the stream over.
controlling_process() ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Self = self(),
    Try = fun(F) ->
                  P = spawn(fun() -> Self ! {self(), t(F)} end),
                  receive {P, R} -> R end
          end,
    Other = [Try(fun() -> zlib:deflate(Z, <<"x">>) end),
             Try(fun() -> zlib:getBufSize(Z) end),
             Try(fun() -> zlib:close(Z) end),
             Try(fun() -> zlib:set_controlling_process(Z, self()) end),
             Try(fun() -> zlib:crc32(Z) end),
             Try(fun() -> zlib:deflateParams(Z, 1, default) end)],
    Part = zlib:deflate(Z, <<"hello ">>),
    P = spawn(fun() ->
                      receive {go, From} ->
                              Out = zlib:deflate(Z, <<"world">>, finish),
                              ok = zlib:set_controlling_process(Z, From),
                              From ! {done, self(), Out}
                      end
              end),
    Handed = zlib:set_controlling_process(Z, P),
    Mine = t(fun() -> zlib:deflate(Z, <<"x">>) end),
    P ! {go, Self},
    Out = receive {done, P, O} -> O end,
    Back = zlib:deflateEnd(Z),
    BadPid = t(fun() -> zlib:set_controlling_process(Z, ?MODULE:id(notapid)) end),
    Closed = zlib:close(Z),
    AfterClose = zlib:set_controlling_process(Z, self()),
    [Other, Part, Handed, Mine, zlib:uncompress(b([Part, Out])), Back, BadPid, Closed, AfterClose].

empty_input() ->
    [[b(deflate_with(E, default, W, 8, default)) || W <- [15, -15, 31]] || E <- [<<>>, [], [[], <<>>]]]
    ++ [begin
            Z = zlib:open(),
            ok = zlib:deflateInit(Z),
            R = [zlib:deflate(Z, []), zlib:deflate(Z, <<>>, none), zlib:deflate(Z, [[]], sync),
                 zlib:deflate(Z, [], finish)],
            ok = zlib:deflateEnd(Z),
            ok = zlib:inflateInit(Z),
            I = [zlib:inflate(Z, []), zlib:safeInflate(Z, <<>>), t(fun() -> zlib:inflateEnd(Z) end)],
            ok = zlib:inflateInit(Z),
            J = [zlib:inflate(Z, zlib:compress(<<>>)), zlib:inflateEnd(Z)],
            ok = zlib:close(Z),
            {R, I, J}
        end].

%% ~1 MB through deflate in several calls; output sizes per call and the result.
large_text() ->
    T = text(180000),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Parts = [binary:part(T, 0, 300000), binary:part(T, 300000, 300000),
             binary:part(T, 600000, byte_size(T) - 600000)],
    %% One call after another (the operands of ++ are evaluated right to left).
    Outs = lists:map(fun(P) -> zlib:deflate(Z, P) end, Parts),
    Last = zlib:deflate(Z, <<>>, finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, best_speed, deflated, 31, 9, default),
    G = zlib:deflate(Z, T, finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, 31),
    %% One binary: an iolist of 8 KB binaries is several queue segments (see iodata_segments).
    GI = zlib:inflate(Z, b(G)),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    All = b([Outs, Last]),
    [byte_size(T), [sizes(O) || O <- Outs], sizes(Last), summary(All), All =:= zlib:compress(T),
     summary(b(G)), length(sizes(G)), b(GI) =:= T, length(sizes(GI))].

large_random() ->
    R = bytes(1100000),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    Out = zlib:deflate(Z, R, finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:deflateInit(Z, none),
    Stored = zlib:deflate(Z, binary:part(R, 0, 100000), full),
    Stored2 = zlib:deflate(Z, binary:part(R, 100000, 50000), finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    Steps = safe_loop(Z, Out, []),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    [summary(b(Out)), b(Out) =:= zlib:zip(R), length(sizes(Out)), lists:usort(sizes(Out)),
     summary(b([Stored, Stored2])), sizes(Stored), sizes(Stored2),
     zlib:uncompress(b([Stored, Stored2])) =:= binary:part(R, 0, 150000),
     length(Steps), lists:usort([{M, sizes(O)} || {M, O} <- Steps]),
     b([O || {_, O} <- Steps]) =:= R].

%% Input split into many binaries and byte lists. The queue keeps iolist_to_iovec's
%% segments; a NIF call reads up to 8 KB from each segment while under 8 KB in all, but also
%% stops when the process's time slice runs out, so the chunks of input in several segments
%% depend on the reductions left: only the results are compared for those.
iodata_segments() ->
    T = text(20000),
    C = zlib:compress(T),
    Split = fun(Bin, N) -> [binary:part(Bin, I, min(N, byte_size(Bin) - I)) || I <- lists:seq(0, byte_size(Bin) - 1, N)] end,
    Run = fun(In) ->
                  Z = zlib:open(),
                  ok = zlib:inflateInit(Z),
                  S = safe_loop(Z, In, []),
                  ok = zlib:inflateEnd(Z),
                  ok = zlib:close(Z),
                  {[{M, sizes(O)} || {M, O} <- S], b([O || {_, O} <- S]) =:= T}
          end,
    Shapes = [Split(C, 100), [binary_to_list(P) || P <- Split(C, 1000)], Split(C, 9000),
              [binary:part(C, 0, 10), binary:part(C, 10, byte_size(C) - 10)],
              [binary:part(C, 0, 200), binary:part(C, 200, 250), binary:part(C, 450, byte_size(C) - 450)],
              Split(C, 300), Split(C, 5000), [[P, []] || P <- Split(C, 600)]],
    Deflated = fun(In) -> b(deflate_with(In, default, 15, 8, default)) =:= zlib:compress(T) end,
    [Run([C]) | [element(2, Run(S)) || S <- Shapes]]
    ++ [Deflated(S) || S <- [Split(T, 300), Split(T, 9000), [binary_to_list(T)]]].

%% The frames of failures, with references replaced.
error_frames() ->
    Z1 = zlib:open(),
    Deflate = [st(fun() -> zlib:deflate(Z1, <<"x">>) end),
               st(fun() -> zlib:deflate(Z1, <<>>, finish) end),
               st(fun() -> zlib:deflate(Z1, ?MODULE:id(foo)) end),
               st(fun() -> zlib:deflate(Z1, <<>>, ?MODULE:id(bad)) end),
               st(fun() -> zlib:deflateParams(Z1, 1, default) end),
               st(fun() -> zlib:deflateParams(Z1, ?MODULE:id(x), ?MODULE:id(y)) end),
               st(fun() -> zlib:deflateSetDictionary(Z1, <<"d">>) end),
               st(fun() -> zlib:deflateInit(Z1, ?MODULE:id(11)) end),
               st(fun() -> zlib:deflateInit(Z1, 1, deflated, 15, ?MODULE:id(0), default) end),
               st(fun() -> zlib:deflateInit(Z1, ?MODULE:id(11), ?MODULE:id(x), 15, 8, default) end),
               st(fun() -> zlib:deflateInit(Z1, 1, deflated, ?MODULE:id(-8), 8, default) end),
               st(fun() -> zlib:inflateInit(Z1, ?MODULE:id(x), ?MODULE:id(y)) end),
               st(fun() -> zlib:crc32(Z1) end),
               st(fun() -> zlib:deflate(?MODULE:id(x), <<"x">>) end),
               st(fun() -> zlib:close(make_ref()) end)],
    ok = zlib:close(Z1),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    {_, C} = compress_with_dict(<<"dict">>, sample(), 15),
    Inflate = [st(fun() -> zlib:deflateInit(Z) end),
               st(fun() -> zlib:inflate(Z, ?MODULE:id(foo)) end),
               st(fun() -> zlib:inflate(Z, [], ?MODULE:id(x)) end),
               st(fun() -> zlib:inflateSetDictionary(Z, ?MODULE:id(foo)) end),
               st(fun() -> zlib:inflateSetDictionary(Z, <<"d">>) end),
               st(fun() -> zlib:setBufSize(Z, ?MODULE:id(1)) end),
               st(fun() -> zlib:inflateGetDictionary(?MODULE:id(x)) end),
               st(fun() -> zlib:inflateChunk(?MODULE:id(x)) end),
               st(fun() -> zlib:inflateChunk(Z, ?MODULE:id(foo)) end),
               st(fun() -> zlib:set_controlling_process(Z, ?MODULE:id(x)) end),
               st(fun() -> zlib:inflate(Z, C) end),
               st(fun() -> zlib:inflate(Z, <<"garbage">>) end),
               st(fun() -> zlib:deflate(Z, <<"x">>) end),
               st(fun() -> zlib:safeInflate(Z, <<"more garbage">>) end),
               st(fun() -> zlib:inflateChunk(Z, <<"more">>) end),
               st(fun() -> zlib:inflateEnd(Z) end),
               st(fun() -> zlib:inflateEnd(Z) end)],
    ok = zlib:inflateInit(Z, -15),
    Corrupt = [st(fun() -> zlib:inflate(Z, <<255, 255, 255, 255>>) end),
               st(fun() -> zlib:safeInflate(Z, <<"x">>) end)],
    ok = zlib:close(Z),
    [Deflate, Inflate, Corrupt].
