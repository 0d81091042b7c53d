-module(ext_binary).
-compile([no_auto_import, nowarn_unused_vars]).

-export([splits/0, parts/0, part_out_of_range/0, matching/0, copies_and_replace/0, hex_and_unsigned/0, misc_bifs/0, hashes/0, checksums/0, etf_map/0, etf_float_minor0/0, decode_handwritten/0, decode_invalid/0, decode_safe_new_atom/0, etf_bytes/0, round_trip/0]).
-export_type([split_option/0, etf_option/0]).

-type split_option() :: global | trim | trim_all.

-type etf_option() :: {minor_version, integer()} | safe.

-spec splits() -> list(list(binary())).
splits() ->
    [binary:split(<<"a,b,c"/utf8>>, <<","/utf8>>),
        binary:split(<<"a,b;;c"/utf8>>, [<<","/utf8>>, <<";"/utf8>>], [global]),
        binary:split(
            <<"a,b;;c;"/utf8>>,
            [<<","/utf8>>, <<";"/utf8>>],
            [global, trim]
        ),
        binary:split(<<",a,,b,,"/utf8>>, [<<","/utf8>>], [global, trim_all]),
        binary:split(<<""/utf8>>, [<<","/utf8>>], [global])].

-spec parts() -> list(binary()).
parts() ->
    [binary:part(<<"hello world"/utf8>>, 0, 5),
        binary:part(<<"hello world"/utf8>>, 6, 5),
        binary:part(<<"hello world"/utf8>>, 11, -5),
        binary:part(<<"abc"/utf8>>, 3, 0)].

-spec part_out_of_range() -> binary().
part_out_of_range() ->
    binary:part(<<"abc"/utf8>>, 2, 5).

-spec matching() -> list(bc_io:dynamic_()).
matching() ->
    [binary:match(<<"hello world"/utf8>>, <<"o"/utf8>>),
        binary:match(<<"hello world"/utf8>>, <<"xyz"/utf8>>),
        binary:matches(<<"abcabcab"/utf8>>, [<<"ab"/utf8>>, <<"ca"/utf8>>]),
        binary:matches(<<"aaaa"/utf8>>, [<<"aa"/utf8>>])].

-spec copies_and_replace() -> list(binary()).
copies_and_replace() ->
    [binary:copy(<<"ab"/utf8>>, 3),
        binary:copy(<<"x"/utf8>>, 0),
        binary:replace(<<"a.b.c"/utf8>>, <<"."/utf8>>, <<"::"/utf8>>, []),
        binary:replace(<<"a.b.c"/utf8>>, <<"."/utf8>>, <<"::"/utf8>>, [global])].

-spec hex_and_unsigned() -> {binary(),
    bitstring(),
    integer(),
    bitstring(),
    integer()}.
hex_and_unsigned() ->
    {binary:encode_hex(<<0, 15, 171, 255>>),
        binary:decode_hex(<<"CAFEbabe"/utf8>>),
        binary:decode_unsigned(<<1, 0, 0>>),
        binary:encode_unsigned((65536 * 256) + 1),
        binary:longest_common_prefix(
            [<<"interstellar"/utf8>>, <<"internet"/utf8>>, <<"interval"/utf8>>]
        )}.

-spec misc_bifs() -> {integer(),
    binary(),
    {binary(), binary()},
    list(integer()),
    integer(),
    binary()}.
misc_bifs() ->
    Io = bc_ffi:identity(
        [bc_ffi:identity(<<"ab"/utf8>>),
            bc_ffi:identity([bc_ffi:identity(99), bc_ffi:identity([100])]),
            bc_ffi:identity(<<"e"/utf8>>)]
    ),
    {erlang:iolist_size(Io),
        erlang:iolist_to_binary(Io),
        erlang:split_binary(<<"abcdef"/utf8>>, 2),
        erlang:binary_to_list(<<"abcdef"/utf8>>, 2, 4),
        binary:at(<<"xyz"/utf8>>, 2),
        erlang:atom_to_binary(erlang:binary_to_atom(<<"héllo"/utf8>>))}.

-spec hashes() -> list(integer()).
hashes() ->
    [erlang:phash2(bc_ffi:identity(0)),
        erlang:phash2(bc_ffi:identity(<<"abc"/utf8>>)),
        erlang:phash2(
            bc_ffi:identity({1, erlang:binary_to_atom(<<"two"/utf8>>), [3.0]})
        ),
        erlang:phash2(bc_ffi:identity([])),
        erlang:phash2(bc_ffi:identity(erlang:binary_to_atom(<<"ok"/utf8>>))),
        erlang:phash2(bc_ffi:identity(<<"abc"/utf8>>), 100),
        erlang:phash2(bc_ffi:identity(123456789012345678901234567890), 1000)].

-spec checksums() -> {integer(), integer(), binary(), binary(), binary()}.
checksums() ->
    Text = <<"The quick brown fox jumps over the lazy dog"/utf8>>,
    {erlang:crc32(Text),
        erlang:adler32(Text),
        binary:encode_hex(erlang:md5(Text)),
        base64:encode(Text),
        base64:decode(<<"R2xlYW0h"/utf8>>)}.

-spec etf_map() -> bitstring().
etf_map() ->
    erlang:term_to_binary(
        bc_ffi:identity(maps:from_list([{2, <<"b"/utf8>>}, {1, <<"a"/utf8>>}]))
    ).

-spec etf_float_minor0() -> bitstring().
etf_float_minor0() ->
    erlang:term_to_binary(bc_ffi:identity(0.1), [{minor_version, 0}]).

-spec decode_handwritten() -> list(bc_io:dynamic_()).
decode_handwritten() ->
    [erlang:binary_to_term(<<131, 97, 42>>),
        erlang:binary_to_term(
            <<131, 104, 2, 100, 0, 2, 111, 107, 98, 0, 0, 1, 0>>
        ),
        erlang:binary_to_term(<<131, 107, 0, 3, 1, 2, 3>>),
        erlang:binary_to_term(<<131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1>>),
        erlang:binary_to_term(<<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>),
        erlang:binary_to_term(<<131, 116, 0, 0, 0, 1, 97, 1, 106>>)].

-spec decode_invalid() -> bc_io:dynamic_().
decode_invalid() ->
    erlang:binary_to_term(<<131, 104, 5, 97>>).

-spec decode_safe_new_atom() -> bc_io:dynamic_().
decode_safe_new_atom() ->
    erlang:binary_to_term(<<131, 119, 14, "no_such_atom_x"/utf8>>, [safe]).

-spec each(list(AQ), fun((AQ) -> nil)) -> nil.
each(Items, F) ->
    case Items of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec etf_bytes() -> nil.
etf_bytes() ->
    Terms = [bc_ffi:identity(1),
        bc_ffi:identity(255),
        bc_ffi:identity(256),
        bc_ffi:identity(-1),
        bc_ffi:identity(2147483648),
        bc_ffi:identity(-18446744073709551616),
        bc_ffi:identity(1.5),
        bc_ffi:identity(erlang:binary_to_atom(<<"ok"/utf8>>)),
        bc_ffi:identity(erlang:binary_to_atom(<<"héllo"/utf8>>)),
        bc_ffi:identity({1, 2}),
        bc_ffi:identity([]),
        bc_ffi:identity([1, 2, 3]),
        bc_ffi:identity([1, 300]),
        bc_ffi:identity(<<"bin"/utf8>>),
        bc_ffi:identity(<<1:3>>),
        bc_ffi:identity(
            [bc_ffi:identity(1),
                bc_ffi:identity(erlang:binary_to_atom(<<"a"/utf8>>))]
        )],
    each(
        Terms,
        fun(T) ->
            bc_io:format(
                <<"~w -> ~w~n"/utf8>>,
                [T, bc_ffi:identity(erlang:term_to_binary(T))]
            )
        end
    ).

-spec map(list(AS), fun((AS) -> AU)) -> list(AU).
map(Items, F) ->
    case Items of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec round_trip() -> list(boolean()).
round_trip() ->
    Terms = [bc_ffi:identity(0),
        bc_ffi:identity(-123456789012345678901234567890),
        bc_ffi:identity(3.141592653589793),
        bc_ffi:identity(
            {erlang:binary_to_atom(<<"a"/utf8>>), <<"b"/utf8>>, [1, 2], {}}
        ),
        bc_ffi:identity(<<"héllo wörld"/utf8>>),
        bc_ffi:identity(<<1, 2, 3:4>>),
        bc_ffi:identity(maps:from_list([{1, <<"x"/utf8>>}])),
        bc_ffi:identity(
            [bc_ffi:identity([]),
                bc_ffi:identity({}),
                bc_ffi:identity(erlang:binary_to_atom(<<""/utf8>>)),
                bc_ffi:identity(-0.0)]
        )],
    map(
        Terms,
        fun(T) -> erlang:binary_to_term(erlang:term_to_binary(T)) =:= T end
    ).
