%% module_info/0,1 of the library modules a program can call (erlc adds these two
%% functions to every module; on OTP they come from each library .beam). What a
%% program can rely on is checked, not what depends on how OTP's own .beam was built
%% (vsn attributes, compile options, the checksum's value).
-module(nat_module_info).
-export([id/1, module_names/0, info_keys/0, shapes/0, exports_include/0,
         bad_items/0, via_apply/0]).

id(X) -> X.

%% Every module the reference VM provides natively and OTP 26 ships as a library
%% .beam or preloaded module.
modules() ->
    [base64, binary, erlang, erts_debug, ets, io, io_lib, io_lib_format, lists,
     maps, math, os, persistent_term, proplists, rand, string, timer, unicode,
     zlib].

%% Remote calls with a variable module, so the native module_info of each one runs.
module_names() ->
    [{M, M:module_info(module)} || M <- ?MODULE:id(modules())].

info_keys() ->
    [{M, [K || {K, _} <- M:module_info()]} || M <- ?MODULE:id(modules())].

shapes() ->
    [{M,
      is_list(M:module_info(attributes)),
      is_list(M:module_info(compile)),
      byte_size(M:module_info(md5)),
      M:module_info(native),
      lists:all(fun({F, A}) -> is_atom(F) andalso is_integer(A) end, M:module_info(exports))}
     || M <- ?MODULE:id(modules())].

exports_include() ->
    Probe = [{base64, encode, 1}, {binary, split, 2}, {erlang, element, 2},
             {erts_debug, flat_size, 1}, {ets, new, 2}, {io, format, 2},
             {io_lib, format, 2}, {io_lib_format, fwrite_g, 1}, {lists, reverse, 1},
             {maps, fold, 3}, {math, sqrt, 1}, {os, getenv, 1},
             {persistent_term, get, 1}, {proplists, get_value, 2},
             {rand, uniform, 0}, {string, trim, 1}, {timer, sleep, 1},
             {unicode, characters_to_binary, 1}, {zlib, zip, 1}],
    [{M, F, A,
      lists:member({F, A}, M:module_info(exports)),
      lists:member({module_info, 0}, M:module_info(exports)),
      lists:member({module_info, 1}, M:module_info(exports))}
     || {M, F, A} <- ?MODULE:id(Probe)].

bad_items() ->
    [{M, try M:module_info(?MODULE:id(no_such_item)) catch C:R -> {C, R} end,
      try M:module_info(?MODULE:id("exports")) catch C2:R2 -> {C2, R2} end}
     || M <- ?MODULE:id([lists, maps, zlib, erlang])].

via_apply() ->
    [apply(M, module_info, [module]) || M <- ?MODULE:id([lists, string, unicode])]
        ++ [length(apply(M, module_info, [])) || M <- ?MODULE:id([io_lib, rand])].
