%% Heap figures that OTP 26 reports deterministically: the sizes of a fresh
%% process's heap, the heap-size ladder that min_heap_size is rounded up
%% to, heap sizes after a full collection over a known live set, the
%% garbage_collection items of process_info, garbage_collect/1,2, the
%% min_heap_size / min_bin_vheap_size / max_heap_size process flags, and a
%% process killed for outgrowing max_heap_size. Every figure is read in a
%% process this module spawns, so the harness's own process never matters.
-module(gc_heap).
-export([fresh_defaults/0, fresh_gc_items/0, waiting_heap/0,
         min_heap_ladder/1, spawn_min_heap/1, spawn_fullsweep/1,
         spawn_min_bin_vheap/1, spawn_max_heap_size/1, combined_opts/0,
         system_defaults/0, live_list_after_gc/1, live_tuple_after_gc/1,
         small_binary_after_gc/0, refc_binary_after_gc/0,
         flag_min_heap_size/1, flag_min_bin_vheap_size/0,
         flag_max_heap_size/0, gc_returns/0, gc_async/0, gc_dead/0,
         gc_bad_args/0, minor_gcs_count/1, minor_gcs_after_major/0,
         minor_gcs_fullsweep_zero/0, max_heap_kill/1, max_heap_no_kill/0]).

await(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

%% Runs F in a new process spawned with Opts and returns what F returned.
in_fresh(F, Opts) ->
    Self = self(),
    {P, M} = spawn_opt(fun() -> Self ! {res, self(), F()} end, [monitor | Opts]),
    receive
        {res, P, R} -> receive {'DOWN', M, process, P, _} -> R end
    end.

%% A process that waits for stop, to be inspected from outside.
idle(Opts) -> spawn_opt(fun() -> receive stop -> ok end end, Opts).

info_of_idle(Opts, Keys) ->
    P = idle(Opts),
    R = [process_info(P, K) || K <- Keys],
    P ! stop,
    _ = await(P),
    R.

gc_items(Opts) ->
    [{garbage_collection, G}] = info_of_idle(Opts, [garbage_collection]),
    G.

fresh_defaults() ->
    in_fresh(fun() ->
                     [process_info(self(), K)
                      || K <- [heap_size, total_heap_size, stack_size,
                               min_heap_size, min_bin_vheap_size]]
             end, []).

fresh_gc_items() -> gc_items([]).

waiting_heap() ->
    info_of_idle([], [heap_size, total_heap_size, stack_size, min_heap_size]).

%% min_heap_size is rounded up to the next size of the heap-size ladder.
min_heap_ladder(Sizes) ->
    [begin
         [{min_heap_size, H}] = info_of_idle([{min_heap_size, N}], [min_heap_size]),
         {N, H}
     end || N <- Sizes].

spawn_min_heap(N) ->
    info_of_idle([{min_heap_size, N}], [heap_size, total_heap_size, min_heap_size]).

spawn_fullsweep(N) ->
    G = gc_items([{fullsweep_after, N}]),
    {lists:keyfind(fullsweep_after, 1, G), lists:keyfind(minor_gcs, 1, G)}.

spawn_min_bin_vheap(N) ->
    [{min_bin_vheap_size, V}] = info_of_idle([{min_bin_vheap_size, N}], [min_bin_vheap_size]),
    V.

spawn_max_heap_size(Spec) ->
    lists:keyfind(max_heap_size, 1, gc_items([{max_heap_size, Spec}])).

combined_opts() ->
    in_fresh(fun() ->
                     process_info(self(), [heap_size, min_heap_size,
                                           fullsweep_after, total_heap_size])
             end, [{min_heap_size, 500}, {fullsweep_after, 3}]).

system_defaults() ->
    in_fresh(fun() ->
                     {process_info(self(), fullsweep_after),
                      erlang:system_info(fullsweep_after),
                      erlang:system_info(min_heap_size),
                      erlang:system_info(min_bin_vheap_size),
                      erlang:system_info(max_heap_size)}
             end, []).

heap_now() ->
    {heap_size, H} = process_info(self(), heap_size),
    {total_heap_size, T} = process_info(self(), total_heap_size),
    {H, T}.

%% After a full collection the heap is sized from the live data.
live_list_after_gc(N) ->
    in_fresh(fun() ->
                     L = lists:seq(1, N),
                     true = erlang:garbage_collect(),
                     {H, T} = heap_now(),
                     {length(L), H, T}
             end, []).

live_tuple_after_gc(N) ->
    in_fresh(fun() ->
                     Tup = list_to_tuple(lists:seq(1, N)),
                     true = erlang:garbage_collect(),
                     {H, _} = heap_now(),
                     {tuple_size(Tup), H}
             end, []).

%% 64 bytes stay on the process heap; 65 bytes become an off-heap binary
%% listed by process_info(_, binary).
small_binary_after_gc() ->
    in_fresh(fun() ->
                     B = binary:copy(<<7>>, 64),
                     true = erlang:garbage_collect(),
                     {H, _} = heap_now(),
                     {binary, Bs} = process_info(self(), binary),
                     {byte_size(B), H, length(Bs)}
             end, []).

refc_binary_after_gc() ->
    in_fresh(fun() ->
                     B = binary:copy(<<7>>, 65),
                     true = erlang:garbage_collect(),
                     {H, _} = heap_now(),
                     {binary, Bs} = process_info(self(), binary),
                     {byte_size(B), H, [{S, C} || {_, S, C} <- Bs]}
             end, []).

flag_min_heap_size(N) ->
    in_fresh(fun() ->
                     Old = process_flag(min_heap_size, N),
                     {min_heap_size, New} = process_info(self(), min_heap_size),
                     {H0, _} = heap_now(),
                     true = erlang:garbage_collect(),
                     {H1, _} = heap_now(),
                     {Old, New, H0, H1}
             end, []).

flag_min_bin_vheap_size() ->
    in_fresh(fun() ->
                     Old = process_flag(min_bin_vheap_size, 100000),
                     {min_bin_vheap_size, New} = process_info(self(), min_bin_vheap_size),
                     {Old, New}
             end, []).

flag_max_heap_size() ->
    in_fresh(fun() ->
                     Old = process_flag(max_heap_size, 50000),
                     Mid = process_flag(max_heap_size, #{size => 0, kill => false}),
                     {max_heap_size, Now} = process_info(self(), max_heap_size),
                     {Old, Mid, Now}
             end, []).

gc_returns() ->
    in_fresh(fun() ->
                     [erlang:garbage_collect(),
                      erlang:garbage_collect(self()) |
                      [erlang:garbage_collect(self(), O)
                       || O <- [[], [{type, major}], [{type, minor}]]]]
             end, []).

gc_async() ->
    in_fresh(fun() ->
                     R = erlang:garbage_collect(self(), [{async, tag}]),
                     receive M -> {R, M} end
             end, []).

gc_dead() ->
    P = spawn(fun() -> ok end),
    _ = await(P),
    {erlang:garbage_collect(P), erlang:garbage_collect(P, [{type, minor}])}.

gc_bad_args() ->
    Bad2 = [[{type, huge}], [bogus], x, [{async, a} | b]],
    [try erlang:garbage_collect(self(), O) catch error:E -> {error, E} end || O <- Bad2] ++
        [try erlang:garbage_collect(X) catch error:E -> {error, E} end || X <- [x, 1, "p"]].

garbage_rounds(N) -> _ = [lists:seq(1, 100) || _ <- lists:seq(1, N)], ok.

minor_gcs_of_self() ->
    {garbage_collection, G} = process_info(self(), garbage_collection),
    {minor_gcs, C} = lists:keyfind(minor_gcs, 1, G),
    C.

%% Building N short lists in a 233-word heap forces minor collections.
minor_gcs_count(N) ->
    in_fresh(fun() -> ok = garbage_rounds(N), minor_gcs_of_self() end, []).

%% A major collection resets the minor collection count.
minor_gcs_after_major() ->
    in_fresh(fun() ->
                     ok = garbage_rounds(2000),
                     Before = minor_gcs_of_self(),
                     true = erlang:garbage_collect(),
                     {Before > 0, minor_gcs_of_self()}
             end, []).

%% With fullsweep_after 0 every collection is a full sweep.
minor_gcs_fullsweep_zero() ->
    in_fresh(fun() -> ok = garbage_rounds(2000), minor_gcs_of_self() end,
             [{fullsweep_after, 0}]).

grow(L) -> grow([L | L]).

%% A process that outgrows max_heap_size with kill => true exits killed.
max_heap_kill(Size) ->
    {P, M} = spawn_opt(fun() -> grow([]) end,
                       [monitor, {max_heap_size, #{size => Size, kill => true,
                                                   error_logger => false}}]),
    receive {'DOWN', M, process, P, Why} -> Why end.

%% With kill => false the process runs on past the limit.
max_heap_no_kill() ->
    {P, M} = spawn_opt(fun() -> L = lists:seq(1, 100000), exit({len, length(L)}) end,
                       [monitor, {max_heap_size, #{size => 10000, kill => false,
                                                   error_logger => false}}]),
    receive {'DOWN', M, process, P, Why} -> Why end.
