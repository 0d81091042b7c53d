-module(io_pretty).
-compile([no_auto_import, nowarn_unused_vars]).

-export([app_config/0, column_offset/0, explicit_widths/0, long_strings/0, long_binaries/0, improper_lists/0, unicode_p_vs_tp/0, nested_maps_and_lists/0, deep_nesting/0, proplist_alignment/0, depth_in_pretty/0, io_lib_pretty_text/0, wide_atoms/0, tuple_of_lists/0]).

-spec f(binary(), list(bc_io:dynamic_())) -> nil.
f(Fmt, Args) ->
    bc_io:format(Fmt, Args).

-spec map(list(AL), fun((AL) -> AN)) -> list(AN).
map(Xs, G) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [G(X) | map(Rest, G)]
    end.

-spec config() -> bc_io:dynamic_().
config() ->
    bc_ffi:identity(
        {erlang:binary_to_atom(<<"application"/utf8>>),
            erlang:binary_to_atom(<<"beamconf_demo"/utf8>>),
            [{erlang:binary_to_atom(<<"description"/utf8>>),
                    bc_ffi:identity(
                        <<"A demonstration application with a long description string"/utf8>>
                    )},
                {erlang:binary_to_atom(<<"vsn"/utf8>>),
                    bc_ffi:identity(<<"1.2.3"/utf8>>)},
                {erlang:binary_to_atom(<<"modules"/utf8>>),
                    bc_ffi:identity(
                        map(
                            lists:seq(1, 12),
                            fun(I) ->
                                erlang:binary_to_atom(
                                    <<"demo_module_"/utf8,
                                        (erlang:integer_to_binary(I))/binary>>
                                )
                            end
                        )
                    )},
                {erlang:binary_to_atom(<<"registered"/utf8>>),
                    bc_ffi:identity([])},
                {erlang:binary_to_atom(<<"env"/utf8>>),
                    bc_ffi:identity(
                        [{erlang:binary_to_atom(<<"port"/utf8>>),
                                bc_ffi:identity(8080)},
                            {erlang:binary_to_atom(<<"hosts"/utf8>>),
                                bc_ffi:identity(
                                    [<<"alpha.example.com"/utf8>>,
                                        <<"beta.example.com"/utf8>>]
                                )}]
                    )}]}
    ).

-spec app_config() -> nil.
app_config() ->
    f(<<"~p~n"/utf8>>, [config()]).

-spec column_offset() -> nil.
column_offset() ->
    f(<<"The configuration is: ~p~n"/utf8>>, [config()]),
    f(
        <<"~40s~p~n"/utf8>>,
        [bc_ffi:identity(<<""/utf8>>), bc_ffi:identity(lists:seq(1, 30))]
    ).

-spec explicit_widths() -> nil.
explicit_widths() ->
    T = bc_ffi:identity(map(lists:seq(1, 15), fun(I) -> {I, I * I} end)),
    f(<<"~40p~n"/utf8>>, [T]),
    f(<<"~120p~n"/utf8>>, [T]),
    f(
        <<"~20p~n"/utf8>>,
        [bc_ffi:identity({erlang:binary_to_atom(<<"short"/utf8>>), [1, 2, 3]})]
    ).

-spec long_strings() -> nil.
long_strings() ->
    S = unicode:characters_to_list(
        <<"This is a rather long character list that will certainly not fit on one line of eighty columns when printed"/utf8>>
    ),
    f(<<"~p~n"/utf8>>, [bc_ffi:identity(S)]),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity([bc_ffi:identity(S), bc_ffi:identity(S)])]
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                {erlang:binary_to_atom(<<"msg"/utf8>>),
                    unicode:characters_to_list(
                        <<"line one\nline two\n\ttabbed"/utf8>>
                    )}
            )]
    ).

-spec long_binaries() -> nil.
long_binaries() ->
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                <<"This is a rather long binary that will certainly not fit on one line of eighty columns when printed"/utf8>>
            )]
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(erlang:list_to_binary(lists:seq(0, 60)))]
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                <<(erlang:list_to_binary(lists:duplicate(40, 255)))/bitstring,
                    3:2>>
            )]
    ).

-spec improper_lists() -> nil.
improper_lists() ->
    f(
        <<"~w~n~p~n"/utf8>>,
        [erlang:'++'([1, 2, 3], 4), erlang:'++'([1, 2, 3], 4)]
    ),
    f(
        <<"~p~n"/utf8>>,
        [erlang:'++'(
                map(
                    lists:seq(1, 30),
                    fun(I) -> {I, erlang:binary_to_atom(<<"element"/utf8>>)} end
                ),
                erlang:binary_to_atom(<<"tail"/utf8>>)
            )]
    ),
    f(
        <<"~w ~w ~w~n"/utf8>>,
        [erlang:'++'([bc_ffi:identity([])], bc_ffi:identity([])),
            erlang:'++'([1], bc_ffi:identity(<<>>)),
            erlang:'++'(
                [bc_ffi:identity(erlang:binary_to_atom(<<"a"/utf8>>))],
                {1}
            )]
    ).

-spec unicode_p_vs_tp() -> nil.
unicode_p_vs_tp() ->
    Greek = unicode:characters_to_binary(
        [16#3B1, 16#3B2, 16#3B3, 16#20, 16#3B4, 16#3B5]
    ),
    Data = bc_ffi:identity(
        {Greek,
            unicode:characters_to_list(Greek),
            erlang:binary_to_atom(
                <<"caf"/utf8, (unicode:characters_to_binary([16#E9]))/binary>>
            ),
            [233, 233]}
    ),
    f(<<"~p~n~tp~n"/utf8>>, [Data, Data]),
    f(<<"~w~n"/utf8>>, [Data]).

-spec nested_maps_and_lists() -> nil.
nested_maps_and_lists() ->
    Inner = maps:from_list(
        [{<<"name"/utf8>>, bc_ffi:identity(<<"widget"/utf8>>)},
            {<<"tags"/utf8>>,
                bc_ffi:identity([<<"a"/utf8>>, <<"b"/utf8>>, <<"c"/utf8>>])},
            {<<"dims"/utf8>>, bc_ffi:identity({10, 20, 30})}]
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                map(
                    lists:seq(1, 4),
                    fun(I) -> maps:from_list([{bc_ffi:identity(I), Inner}]) end
                )
            )]
    ).

-spec nest(integer()) -> bc_io:dynamic_().
nest(N) ->
    case N of
        0 ->
            bc_ffi:identity(erlang:binary_to_atom(<<"bottom"/utf8>>));

        _ ->
            bc_ffi:identity(
                {erlang:binary_to_atom(<<"level"/utf8>>), N, [nest(N - 1)]}
            )
    end.

-spec deep_nesting() -> nil.
deep_nesting() ->
    f(<<"~p~n"/utf8>>, [bc_ffi:identity(nest(12))]).

-spec proplist_alignment() -> nil.
proplist_alignment() ->
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                map(
                    lists:seq(1, 9),
                    fun(I) ->
                        {erlang:binary_to_atom(
                                <<"key_number_"/utf8,
                                    (erlang:integer_to_binary(I))/binary>>
                            ),
                            lists:duplicate(I, I)}
                    end
                )
            )]
    ).

-spec depth_in_pretty() -> nil.
depth_in_pretty() ->
    f(<<"~P~n"/utf8>>, [config(), bc_ffi:identity(6)]),
    f(<<"~P~n"/utf8>>, [config(), bc_ffi:identity(12)]).

-spec io_lib_pretty_text() -> list(integer()).
io_lib_pretty_text() ->
    lists:flatten(
        io_lib:format(
            <<"~p"/utf8>>,
            [bc_ffi:identity(map(lists:seq(1, 25), fun(I) -> I * 1000 end))]
        )
    ).

-spec wide_atoms() -> nil.
wide_atoms() ->
    Long = erlang:binary_to_atom(
        <<"an_atom_whose_name_is_long_enough_to_need_a_line_of_its_own_in_pretty_output"/utf8>>
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity([Long, Long, erlang:binary_to_atom(<<"short"/utf8>>)])]
    ),
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                {Long,
                    erlang:binary_to_atom(
                        <<"Needs Quotes And Is Also Fairly Long To Print"/utf8>>
                    ),
                    1}
            )]
    ).

-spec tuple_of_lists() -> nil.
tuple_of_lists() ->
    f(
        <<"~p~n"/utf8>>,
        [bc_ffi:identity(
                {lists:seq(1, 25), lists:seq(26, 50), {lists:seq(51, 60)}}
            )]
    ).
