%% More erlang BIFs no other suite calls: checksum combination, MD5,
%% iolist_to_iovec, fun_info_mfa, list_to_port/list_to_ref round trips,
%% calendar conversions, node and port listings, statistics (shape only)
%% and display_string.
-module(nat_erlang_more).
-export([id/1, checksum_combine/0, md5/0, iolist_to_iovec/0, fun_info_mfa/0,
         port_ref_lists/0, posix_time/0, local_universal/0, nodes_alive/0,
         listings/0, statistics/0, display_string/0, md5_update_escapes/0,
         posixtime_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

checksum_combine() ->
    A = ?MODULE:id(<<"hello ">>),
    B = ?MODULE:id(<<"world">>),
    [t(fun() -> erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), byte_size(B)) end),
     t(fun() -> erlang:crc32(<<A/binary, B/binary>>) end),
     t(fun() -> erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), byte_size(B)) end),
     t(fun() -> erlang:adler32(<<A/binary, B/binary>>) end),
     t(fun() -> erlang:crc32_combine(0, 0, 0) end),
     t(fun() -> erlang:adler32_combine(1, 1, 0) end),
     t(fun() -> erlang:crc32_combine(?MODULE:id(-1), 0, 1) end),
     t(fun() -> erlang:adler32_combine(?MODULE:id(1 bsl 32), 0, 1) end),
     t(fun() -> erlang:crc32_combine(0, 0, ?MODULE:id(-1)) end),
     t(fun() -> erlang:adler32_combine(a, 0, 1) end)].

md5() ->
    C0 = erlang:md5_init(),
    C1 = erlang:md5_update(C0, ?MODULE:id(<<"hello ">>)),
    C2 = erlang:md5_update(C1, ?MODULE:id(["wor", [$l], <<"d">>])),
    [erlang:md5_final(C2), erlang:md5(<<"hello world">>), erlang:md5_final(C0),
     erlang:md5_final(erlang:md5_update(C0, <<>>)),
     erlang:md5_final(erlang:md5_update(C0, binary:copy(<<"é"/utf8>>, 1000))),
     t(fun() -> erlang:md5_update(C0, ?MODULE:id(notio)) end),
     t(fun() -> erlang:md5_update(?MODULE:id(<<"short">>), <<"x">>) end),
     t(fun() -> erlang:md5_final(?MODULE:id(<<"short">>)) end),
     t(fun() -> erlang:md5_final(?MODULE:id(notbin)) end)].

iolist_to_iovec() ->
    Flat = fun(IoV) -> {iolist_to_binary(IoV), lists:all(fun is_binary/1, IoV)} end,
    [t(fun() -> erlang:iolist_to_iovec(?MODULE:id([])) end),
     t(fun() -> Flat(erlang:iolist_to_iovec(?MODULE:id([<<"a">>, "bc", [<<"d">>, $e]]))) end),
     t(fun() -> Flat(erlang:iolist_to_iovec(?MODULE:id(<<"just a binary">>))) end),
     t(fun() -> {Bin, AllBins} = Flat(erlang:iolist_to_iovec(?MODULE:id([binary:copy(<<1>>, 100000), "tail"]))),
                {byte_size(Bin), erlang:crc32(Bin), AllBins} end),
     t(fun() -> erlang:iolist_to_iovec(?MODULE:id([256])) end),
     t(fun() -> erlang:iolist_to_iovec(?MODULE:id([<<1:1>>])) end),
     t(fun() -> erlang:iolist_to_iovec(?MODULE:id(atom)) end)].

fun_info_mfa() ->
    [t(fun() -> erlang:fun_info_mfa(?MODULE:id(fun lists:map/2)) end),
     t(fun() -> erlang:fun_info_mfa(?MODULE:id(fun id/1)) end),
     t(fun() -> erlang:fun_info_mfa(?MODULE:id(fun(A, B) -> {A, B} end)) end),
     t(fun() -> erlang:fun_info_mfa(?MODULE:id({lists, map})) end)].

port_ref_lists() ->
    [t(fun() -> port_to_list(list_to_port(?MODULE:id("#Port<0.0>"))) end),
     t(fun() -> is_port(list_to_port(?MODULE:id("#Port<0.4711>"))) end),
     t(fun() -> list_to_port(?MODULE:id("#Port<0>")) end),
     t(fun() -> list_to_port(?MODULE:id("<0.0.0>")) end),
     t(fun() -> list_to_port(?MODULE:id(port)) end),
     t(fun() -> ref_to_list(list_to_ref(?MODULE:id("#Ref<0.1.2.3>"))) end),
     t(fun() -> is_reference(list_to_ref(?MODULE:id("#Ref<0.0.0.0>"))) end),
     t(fun() -> list_to_ref(?MODULE:id("#Ref<0.1>")) end),
     t(fun() -> list_to_ref(?MODULE:id("Ref<0.1.2.3>")) end),
     t(fun() -> list_to_ref(?MODULE:id(ref)) end)].

posix_time() ->
    [t(fun() -> erlang:universaltime_to_posixtime(?MODULE:id({{1970, 1, 1}, {0, 0, 0}})) end),
     t(fun() -> erlang:universaltime_to_posixtime(?MODULE:id({{2024, 2, 29}, {23, 59, 59}})) end),
     t(fun() -> erlang:universaltime_to_posixtime(?MODULE:id({{1969, 12, 31}, {23, 59, 59}})) end),
     t(fun() -> erlang:universaltime_to_posixtime(?MODULE:id({{2023, 2, 29}, {0, 0, 0}})) end),
     t(fun() -> erlang:universaltime_to_posixtime(?MODULE:id(notadate)) end),
     t(fun() -> erlang:posixtime_to_universaltime(?MODULE:id(0)) end),
     t(fun() -> erlang:posixtime_to_universaltime(?MODULE:id(1709251199)) end),
     t(fun() -> erlang:posixtime_to_universaltime(?MODULE:id(-1)) end),
     t(fun() -> erlang:posixtime_to_universaltime(?MODULE:id(253402300799)) end),
     t(fun() -> erlang:posixtime_to_universaltime(?MODULE:id(1.5)) end)].

%% The local time zone is the machine's: only the shape and a round trip
%% are compared, never a value.
local_universal() ->
    DT = ?MODULE:id({{2024, 6, 15}, {12, 0, 0}}),
    U = erlang:localtime_to_universaltime(DT),
    U2 = erlang:localtime_to_universaltime(DT, false),
    L = erlang:universaltime_to_localtime(U),
    Shape = fun({{_, _, _}, {_, _, _}}) -> datetime; (Other) -> Other end,
    [Shape(U), Shape(U2), L =:= DT,
     t(fun() -> erlang:localtime_to_universaltime(?MODULE:id({{2024, 13, 1}, {0, 0, 0}})) end),
     t(fun() -> erlang:localtime_to_universaltime(DT, ?MODULE:id(maybe)) end),
     t(fun() -> erlang:universaltime_to_localtime(?MODULE:id({2024, 1, 1})) end)].

nodes_alive() ->
    [is_alive(), nodes(), nodes(visible), nodes(hidden), nodes(connected),
     nodes(this) =:= [node()], nodes(known) =:= [node()],
     nodes(?MODULE:id([visible, hidden])),
     t(fun() -> nodes(?MODULE:id(visible), #{}) end),
     t(fun() -> nodes(?MODULE:id(bogus)) end),
     t(fun() -> nodes(visible, ?MODULE:id(notamap)) end)].

listings() ->
    Loaded = erlang:loaded(),
    Ports = erlang:ports(),
    [is_list(Loaded), lists:member(erlang, Loaded), lists:member(?MODULE, Loaded),
     lists:all(fun is_atom/1, Loaded), is_list(Ports), lists:all(fun is_port/1, Ports)].

statistics() ->
    Shape = fun(K) ->
                    case t(fun() -> erlang:statistics(K) end) of
                        {caught, _, _} = E -> {K, E};
                        {A, B} when is_integer(A), is_integer(B) -> {K, pair_of_integers};
                        N when is_integer(N) -> {K, integer};
                        L when is_list(L) -> {K, list};
                        _ -> {K, other}
                    end
            end,
    [Shape(K) || K <- ?MODULE:id([reductions, runtime, wall_clock, exact_reductions,
                                  garbage_collection, run_queue, context_switches,
                                  io, bogus_key])].

display_string() ->
    [erlang:display_string(?MODULE:id("display_string/1 to stdout\n")),
     erlang:display_string(stderr, ?MODULE:id("display_string/2 to stderr\n")),
     t(fun() -> erlang:display_string(?MODULE:id(notastring)) end),
     t(fun() -> erlang:display_string(bogus_device, "x") end)].

md5_update_escapes() -> erlang:md5_final(?MODULE:id(<<"not a context">>)).

posixtime_escapes() -> erlang:posixtime_to_universaltime(?MODULE:id(notint)).
