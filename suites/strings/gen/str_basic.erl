-module(str_basic).
-compile([no_auto_import, nowarn_unused_vars]).

-export([concat/2, build/1, sizes/0, slices/0, case_mapping/0, splits/0, trims/0, replaces/0, misc/0, to_numbers/0, print_strings/0]).
-export_type([where/0]).

-type where() :: leading | trailing | both | all.

-spec concat(binary(), binary()) -> binary().
concat(A, B) ->
    <<A/binary, B/binary>>.

-spec build_loop(integer(), binary()) -> binary().
build_loop(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            build_loop(N - 1, <<Acc/binary, "ab"/utf8>>)
    end.

-spec build(integer()) -> {integer(), binary()}.
build(N) ->
    S = build_loop(N, <<""/utf8>>),
    {erlang:byte_size(S), binary:part(S, 0, 6)}.

-spec sizes() -> list({integer(), integer()}).
sizes() ->
    [{erlang:byte_size(<<""/utf8>>), string:length(<<""/utf8>>)},
        {erlang:byte_size(<<"hello"/utf8>>), string:length(<<"hello"/utf8>>)},
        {erlang:byte_size(<<"héllo"/utf8>>), string:length(<<"héllo"/utf8>>)},
        {erlang:byte_size(<<"日本語"/utf8>>),
            string:length(<<"日本語"/utf8>>)}].

-spec slices() -> list(binary()).
slices() ->
    [string:slice(<<"hello world"/utf8>>, 6, 5),
        string:slice(<<"hello"/utf8>>, 3, 100),
        string:slice(<<"hello"/utf8>>, 10, 2),
        string:slice(<<"héllo wörld"/utf8>>, 1, 4)].

-spec case_mapping() -> list(binary()).
case_mapping() ->
    [string:uppercase(<<"hello World"/utf8>>),
        string:lowercase(<<"ÀÉÎÕÜ"/utf8>>),
        string:uppercase(<<"straße"/utf8>>),
        string:titlecase(<<"élan vital"/utf8>>),
        string:uppercase(<<"ǆ"/utf8>>)].

-spec splits() -> list(list(binary())).
splits() ->
    [string:split(<<"a,b,,c"/utf8>>, <<","/utf8>>),
        string:split(<<"a,b,,c"/utf8>>, <<","/utf8>>, all),
        string:split(<<"--x--y--"/utf8>>, <<"--"/utf8>>, all),
        string:split(<<"no separator"/utf8>>, <<";"/utf8>>, all),
        string:split(<<""/utf8>>, <<","/utf8>>, all)].

-spec trims() -> list(binary()).
trims() ->
    [string:trim(<<"  \t hi there \n"/utf8>>),
        string:trim(<<"xxhixx"/utf8>>, leading, [120]),
        string:trim(<<"xxhixx"/utf8>>, trailing, [120]),
        string:trim(<<"..--hi--.."/utf8>>, both, [46, 45]),
        string:trim(<<"\r\n"/utf8>>)].

-spec replaces() -> nil.
replaces() ->
    R1 = string:replace(<<"a-b-c"/utf8>>, <<"-"/utf8>>, <<"+"/utf8>>, all),
    R2 = string:replace(<<"a-b-c"/utf8>>, <<"-"/utf8>>, <<"+"/utf8>>, leading),
    bc_io:show(<<"raw all"/utf8>>, R1),
    bc_io:show(<<"raw leading"/utf8>>, R2),
    bc_io:show(<<"flat all"/utf8>>, unicode:characters_to_binary(R1)),
    bc_io:show(<<"flat leading"/utf8>>, unicode:characters_to_binary(R2)),
    bc_io:show(
        <<"multi-char"/utf8>>,
        unicode:characters_to_binary(
            string:replace(
                <<"one two two"/utf8>>,
                <<"two"/utf8>>,
                <<"2"/utf8>>,
                all
            )
        )
    ).

-spec misc() -> nil.
misc() ->
    bc_io:show(<<"reverse"/utf8>>, string:reverse(<<"abc"/utf8>>)),
    bc_io:show(
        <<"find"/utf8>>,
        string:find(<<"hello world"/utf8>>, <<"o w"/utf8>>)
    ),
    bc_io:show(
        <<"find missing"/utf8>>,
        string:find(<<"hello"/utf8>>, <<"z"/utf8>>)
    ),
    bc_io:show(
        <<"lexemes"/utf8>>,
        string:lexemes(<<"  a  b,c ,, d"/utf8>>, [32, 44])
    ),
    bc_io:show(
        <<"pad trailing"/utf8>>,
        unicode:characters_to_binary(string:pad(<<"ab"/utf8>>, 5, trailing, 46))
    ),
    bc_io:show(
        <<"pad leading"/utf8>>,
        unicode:characters_to_binary(string:pad(<<"ab"/utf8>>, 5, leading, 42))
    ),
    bc_io:show(
        <<"pad both"/utf8>>,
        unicode:characters_to_binary(string:pad(<<"ab"/utf8>>, 7, both, 45))
    ),
    bc_io:show(
        <<"equal nocase"/utf8>>,
        string:equal(<<"HeLLo"/utf8>>, <<"hello"/utf8>>, true)
    ),
    bc_io:show(
        <<"equal case"/utf8>>,
        string:equal(<<"HeLLo"/utf8>>, <<"hello"/utf8>>, false)
    ),
    bc_io:show(
        <<"prefix"/utf8>>,
        string:prefix(<<"prefix-rest"/utf8>>, <<"prefix-"/utf8>>)
    ),
    bc_io:show(
        <<"prefix no"/utf8>>,
        string:prefix(<<"rest"/utf8>>, <<"x"/utf8>>)
    ),
    bc_io:show(
        <<"is_empty"/utf8>>,
        {string:is_empty(<<""/utf8>>), string:is_empty(<<" "/utf8>>)}
    ).

-spec to_numbers() -> list(bc_io:dynamic_()).
to_numbers() ->
    [string:to_integer(<<"42 apples"/utf8>>),
        string:to_integer(<<"-7"/utf8>>),
        string:to_integer(<<"apples"/utf8>>),
        string:to_float(<<"3.25kg"/utf8>>),
        string:to_float(<<"3kg"/utf8>>)].

-spec print_strings() -> nil.
print_strings() ->
    bc_io:format(
        <<"~s|~p|~w~n"/utf8>>,
        [bc_ffi:identity(<<"plain"/utf8>>),
            bc_ffi:identity(<<"plain"/utf8>>),
            bc_ffi:identity(<<"plain"/utf8>>)]
    ),
    bc_io:format(
        <<"[~10s][~-10s]~n"/utf8>>,
        [bc_ffi:identity(<<"right"/utf8>>), bc_ffi:identity(<<"left"/utf8>>)]
    ),
    bc_io:format(<<"[~.3s]~n"/utf8>>, [bc_ffi:identity(<<"truncate"/utf8>>)]),
    bc_io:format(
        <<"~ts|~tp~n"/utf8>>,
        [bc_ffi:identity(<<"héllo"/utf8>>), bc_ffi:identity(<<"héllo"/utf8>>)]
    ),
    bc_io:format(<<"~p~n"/utf8>>, [bc_ffi:identity(<<"héllo"/utf8>>)]).
