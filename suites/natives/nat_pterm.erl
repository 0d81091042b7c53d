%% persistent_term (OTP 26): put/2, get/0,1,2, erase/1 and info/0 with keys and values
%% of every kind, replacement, unicode and huge terms, and the errors OTP raises. Every
%% case erases what it stores: the store is shared by the whole node.
-module(nat_pterm).
-export([id/1, put_get/0, replace_erase/0, key_kinds/0, unicode_huge/0, get_all/0,
         info_count/0, other_process/0, errors/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

put_get() ->
    K = {?MODULE, put_get},
    R = [persistent_term:put(K, value), persistent_term:get(K), persistent_term:get(K, dflt),
         persistent_term:get({?MODULE, absent}, dflt), persistent_term:get({?MODULE, absent}, undefined)],
    true = persistent_term:erase(K),
    R.

replace_erase() ->
    K = {?MODULE, replace},
    R = [persistent_term:put(K, 1), persistent_term:put(K, 2), persistent_term:get(K),
         persistent_term:put(K, 2), persistent_term:get(K),
         persistent_term:erase(K), persistent_term:erase(K), persistent_term:get(K, gone),
         t(fun() -> persistent_term:get(K) end)],
    R.

%% Keys are compared with =:=: 1 and 1.0 are different keys.
key_kinds() ->
    Keys = [{?MODULE, 1}, {?MODULE, 1.0}, [?MODULE, "list"], #{?MODULE => map},
            {?MODULE, <<"bin">>}, {?MODULE, {nested, [tuple]}}],
    [persistent_term:put(K, I) || {I, K} <- lists:enumerate(Keys)],
    R = [persistent_term:get(K) || K <- Keys] ++
        [persistent_term:get({?MODULE, 1.0}), persistent_term:get({?MODULE, 2}, none)],
    [persistent_term:erase(K) || K <- Keys],
    R.

unicode_huge() ->
    K1 = {?MODULE, "ключ ✓"},
    K2 = {?MODULE, huge},
    Big = lists:seq(1, 100000),
    Bin = binary:copy(<<"ü€"/utf8>>, 50000),
    persistent_term:put(K1, <<"значение"/utf8>>),
    persistent_term:put(K2, {Big, Bin, 1 bsl 300}),
    {B, Bn, N} = persistent_term:get(K2),
    R = [persistent_term:get(K1), length(B), lists:sum(B), byte_size(Bn), N =:= 1 bsl 300,
         persistent_term:get(K2) =:= {Big, Bin, 1 bsl 300}],
    persistent_term:erase(K1), persistent_term:erase(K2),
    R.

%% get/0 holds every stored term, the node's own included: only ours are shown, sorted.
get_all() ->
    Ks = [{?MODULE, all, I} || I <- lists:seq(1, 5)],
    [persistent_term:put(K, element(3, K) * 10) || K <- Ks],
    Mine = lists:sort([P || {{M, all, _}, _} = P <- persistent_term:get(), M =:= ?MODULE]),
    [persistent_term:erase(K) || K <- Ks],
    After = [P || {{M, all, _}, _} = P <- persistent_term:get(), M =:= ?MODULE],
    [Mine, After].

%% info/0's count follows puts and erases (memory only grows with what is stored).
info_count() ->
    #{count := C0, memory := M0} = persistent_term:info(),
    persistent_term:put({?MODULE, info, 1}, lists:seq(1, 1000)),
    persistent_term:put({?MODULE, info, 2}, x),
    #{count := C1, memory := M1} = persistent_term:info(),
    persistent_term:erase({?MODULE, info, 1}),
    persistent_term:erase({?MODULE, info, 2}),
    #{count := C2} = I = persistent_term:info(),
    [C1 - C0, C2 - C0, M1 > M0, lists:sort(maps:keys(I))].

%% A term stored by one process is seen by another.
other_process() ->
    K = {?MODULE, shared},
    Self = self(),
    {Pid, Ref} = spawn_monitor(fun() -> persistent_term:put(K, from_child), Self ! stored end),
    receive stored -> ok end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    R = persistent_term:get(K),
    persistent_term:erase(K),
    R.

errors() ->
    [t(fun() -> persistent_term:get({?MODULE, missing}) end),
     t(fun() -> persistent_term:get(?MODULE:id(make_ref())) end),
     persistent_term:erase({?MODULE, missing}),
     t(fun() -> persistent_term:get({?MODULE, missing}, ?MODULE:id(d)) end)].
