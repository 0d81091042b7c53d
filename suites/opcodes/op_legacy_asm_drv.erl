%% Drives the receive functions of op_legacy_asm (assembled from
%% op_legacy_asm.beamasm): queues messages around recv_mark and shows which one
%% the receive after recv_set takes, then what is left in the mailbox.
-module(op_legacy_asm_drv).
-export([ref_receive_queued/0, skip_older/0, mark_twice/0, mark_empty/0, no_mark/0, mark_then_catch/0]).

%% A ref-tagged selective receive with other messages queued before it.
ref_receive_queued() ->
    self() ! {tag, old},
    self() ! noise,
    X = op_legacy_asm:ref_receive(hello),
    {X, flush()}.

%% The receive after recv_set skips messages queued before recv_mark, twice.
skip_older() ->
    self() ! {tag, old},
    ok = op_legacy_asm:mark(),
    self() ! {tag, new},
    self() ! {tag, newer},
    First = op_legacy_asm:receive_tag(),
    Second = op_legacy_asm:receive_tag(),
    {First, Second, flush()}.

%% A second recv_mark replaces the first marker.
mark_twice() ->
    self() ! {tag, 1},
    ok = op_legacy_asm:mark(),
    self() ! {tag, 2},
    ok = op_legacy_asm:mark(),
    self() ! {tag, 3},
    X = op_legacy_asm:receive_tag(),
    {X, flush()}.

%% recv_mark on an empty mailbox: every later message is seen.
mark_empty() ->
    ok = op_legacy_asm:mark(),
    self() ! {tag, a},
    self() ! {tag, b},
    X = op_legacy_asm:receive_tag(),
    {X, flush()}.

%% recv_set without any recv_mark scans from the oldest message.
no_mark() ->
    self() ! {tag, a},
    self() ! {tag, b},
    X = op_legacy_asm:receive_tag(),
    {X, flush()}.

%% A caught exception drops the marker: the next scan starts at the oldest message.
mark_then_catch() ->
    self() ! {tag, old},
    ok = op_legacy_asm:mark(),
    self() ! {tag, new},
    {'EXIT', {boom, _}} = (catch erlang:error(boom)),
    X = op_legacy_asm:receive_tag(),
    {X, flush()}.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
