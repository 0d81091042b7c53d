-module(gleam_assert).
-compile([no_auto_import, nowarn_unused_vars]).

-export([unwrap/1, first_two/1, strip_scheme/1, always_panics/0, panics_with_message/1, not_done_yet/0, not_done_with_message/0, plain_let/1, report_all/0, assert_error_branch/0]).

-spec unwrap({ok, integer()} | {error, binary()}) -> integer().
unwrap(R) ->
    {ok, Value} = case R of
        {ok, _} -> R;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"gleam_assert"/utf8>>,
                        function => <<"unwrap"/utf8>>,
                        line => 14})
    end,
    Value.

-spec first_two(list(integer())) -> {integer(), integer()}.
first_two(L) ->
    [A, B | _] = case L of
        [_, _ | _] -> L;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"gleam_assert"/utf8>>,
                        function => <<"first_two"/utf8>>,
                        line => 20})
    end,
    {A, B}.

-spec strip_scheme(binary()) -> binary().
strip_scheme(Url) ->
    <<"https://"/utf8, Rest/binary>> = case Url of
        <<"https://"/utf8, _/binary>> -> Url;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"gleam_assert"/utf8>>,
                        function => <<"strip_scheme"/utf8>>,
                        line => 26})
    end,
    Rest.

-spec always_panics() -> integer().
always_panics() ->
    erlang:error(#{gleam_error => panic,
            message => <<"panic expression evaluated"/utf8>>,
            module => <<"gleam_assert"/utf8>>,
            function => <<"always_panics"/utf8>>,
            line => 31}).

-spec panics_with_message(integer()) -> integer().
panics_with_message(Code) ->
    case Code of
        0 ->
            0;

        _ ->
            erlang:error(#{gleam_error => panic,
                    message => <<"code must be zero"/utf8>>,
                    module => <<"gleam_assert"/utf8>>,
                    function => <<"panics_with_message"/utf8>>,
                    line => 37})
    end.

-spec not_done_yet() -> binary().
not_done_yet() ->
    erlang:error(#{gleam_error => todo,
            message => <<"This has not yet been implemented"/utf8>>,
            module => <<"gleam_assert"/utf8>>,
            function => <<"not_done_yet"/utf8>>,
            line => 42}).

-spec not_done_with_message() -> binary().
not_done_with_message() ->
    erlang:error(#{gleam_error => todo,
            message => <<"waiting for the spec"/utf8>>,
            module => <<"gleam_assert"/utf8>>,
            function => <<"not_done_with_message"/utf8>>,
            line => 46}).

-spec plain_let(list(integer())) -> integer().
plain_let(L) ->
    [Only] = L,
    Only.

-spec report(binary(), fun(() -> bc_io:dynamic_())) -> nil.
report(Label, F) ->
    case bc_ffi:try_call(F) of
        {returned, V} ->
            bc_io:format(
                <<"~s: returned ~p~n"/utf8>>,
                [bc_ffi:identity(Label), V]
            );

        {caught, Class, Reason} ->
            bc_io:format(
                <<"~s: ~p ~p ~p line ~p~n"/utf8>>,
                [bc_ffi:identity(Label),
                    Class,
                    maps:get(
                        erlang:binary_to_atom(<<"gleam_error"/utf8>>),
                        Reason
                    ),
                    maps:get(erlang:binary_to_atom(<<"message"/utf8>>), Reason),
                    maps:get(erlang:binary_to_atom(<<"line"/utf8>>), Reason)]
            )
    end.

-spec report_all() -> nil.
report_all() ->
    report(
        <<"let assert"/utf8>>,
        fun() -> bc_ffi:identity(unwrap({error, <<"nope"/utf8>>})) end
    ),
    report(<<"panic"/utf8>>, fun() -> bc_ffi:identity(always_panics()) end),
    report(
        <<"panic as"/utf8>>,
        fun() -> bc_ffi:identity(panics_with_message(3)) end
    ),
    report(<<"todo"/utf8>>, fun() -> bc_ffi:identity(not_done_yet()) end),
    report(
        <<"todo as"/utf8>>,
        fun() -> bc_ffi:identity(not_done_with_message()) end
    ),
    report(<<"no failure"/utf8>>, fun() -> bc_ffi:identity(unwrap({ok, 5})) end).

-spec parse_digit(binary()) -> {ok, integer()} | {error, binary()}.
parse_digit(S) ->
    case S of
        <<"0"/utf8>> ->
            {ok, 0};

        <<"1"/utf8>> ->
            {ok, 1};

        _ ->
            {error, <<"not a digit: "/utf8, S/binary>>}
    end.

-spec assert_error_branch() -> binary().
assert_error_branch() ->
    _assert_subject = parse_digit(<<"x"/utf8>>),
    {error, E} = case _assert_subject of
        {error, _} -> _assert_subject;
        _assert_fail ->
            erlang:error(#{gleam_error => let_assert,
                        message => <<"Assertion pattern match failed"/utf8>>,
                        value => _assert_fail,
                        module => <<"gleam_assert"/utf8>>,
                        function => <<"assert_error_branch"/utf8>>,
                        line => 84})
    end,
    E.
