-module(prog_adventure).
-compile([no_auto_import, nowarn_unused_vars]).

-export([initial/0, parse/1, step/2, play/1, commands_parsed/0, walkthrough/0, dark_cellar/0, locked_vault/0, lamp_runs_out/0, nonsense/0, drop_and_retake/0, final_state/0, after_quit/0, room_graph/0, random_walk/0]).
-export_type([room/0, item/0, command/0, state/0]).

-type room() :: hall | library | cellar | garden | vault.

-type item() :: key | lamp | book | coin.

-type command() :: {go, binary()} |
    {take, binary()} |
    {drop, binary()} |
    {use, binary()} |
    look |
    inventory |
    read |
    quit |
    {unknown, binary()}.

-type state() :: {state,
        room(),
        list(item()),
        list({item(), room()}),
        boolean(),
        boolean(),
        integer(),
        integer(),
        integer(),
        boolean()}.

-spec initial() -> state().
initial() ->
    {state,
        hall,
        [],
        [{lamp, hall}, {book, library}, {key, garden}, {coin, vault}],
        false,
        false,
        6,
        0,
        0,
        false}.

-spec parse(binary()) -> command().
parse(Line) ->
    case string:lexemes(string:lowercase(Line), [32, 9]) of
        [<<"go"/utf8>>, Dir] ->
            {go, Dir};

        [<<"walk"/utf8>>, Dir] ->
            {go, Dir};

        [<<"n"/utf8>>] ->
            {go, <<"north"/utf8>>};

        [<<"s"/utf8>>] ->
            {go, <<"south"/utf8>>};

        [<<"e"/utf8>>] ->
            {go, <<"east"/utf8>>};

        [<<"w"/utf8>>] ->
            {go, <<"west"/utf8>>};

        [<<"d"/utf8>>] ->
            {go, <<"down"/utf8>>};

        [<<"down"/utf8>>] ->
            {go, <<"down"/utf8>>};

        [<<"u"/utf8>>] ->
            {go, <<"up"/utf8>>};

        [<<"up"/utf8>>] ->
            {go, <<"up"/utf8>>};

        [<<"take"/utf8>>, Thing] ->
            {take, Thing};

        [<<"get"/utf8>>, Thing] ->
            {take, Thing};

        [<<"drop"/utf8>>, Thing@1] ->
            {drop, Thing@1};

        [<<"use"/utf8>>, Thing@2] ->
            {use, Thing@2};

        [<<"look"/utf8>>] ->
            look;

        [<<"l"/utf8>>] ->
            look;

        [<<"inventory"/utf8>>] ->
            inventory;

        [<<"i"/utf8>>] ->
            inventory;

        [<<"read"/utf8>>] ->
            read;

        [<<"read"/utf8>>, <<"book"/utf8>>] ->
            read;

        [<<"quit"/utf8>>] ->
            quit;

        _ ->
            {unknown, Line}
    end.

-spec room_name(room()) -> binary().
room_name(R) ->
    case R of
        hall ->
            <<"Hall"/utf8>>;

        library ->
            <<"Library"/utf8>>;

        cellar ->
            <<"Cellar"/utf8>>;

        garden ->
            <<"Garden"/utf8>>;

        vault ->
            <<"Vault"/utf8>>
    end.

-spec item_name(item()) -> binary().
item_name(I) ->
    case I of
        key ->
            <<"key"/utf8>>;

        lamp ->
            <<"lamp"/utf8>>;

        book ->
            <<"book"/utf8>>;

        coin ->
            <<"coin"/utf8>>
    end.

-spec item_from(binary()) -> {ok, item()} | {error, nil}.
item_from(Name) ->
    case Name of
        <<"key"/utf8>> ->
            {ok, key};

        <<"lamp"/utf8>> ->
            {ok, lamp};

        <<"book"/utf8>> ->
            {ok, book};

        <<"coin"/utf8>> ->
            {ok, coin};

        _ ->
            {error, nil}
    end.

-spec exits(room()) -> list({binary(), room()}).
exits(R) ->
    case R of
        hall ->
            [{<<"north"/utf8>>, library},
                {<<"east"/utf8>>, garden},
                {<<"down"/utf8>>, cellar}];

        library ->
            [{<<"south"/utf8>>, hall}];

        garden ->
            [{<<"west"/utf8>>, hall}];

        cellar ->
            [{<<"up"/utf8>>, hall}, {<<"east"/utf8>>, vault}];

        vault ->
            [{<<"west"/utf8>>, cellar}]
    end.

-spec find_exit(list({binary(), room()}), binary()) -> {ok, room()} |
    {error, nil}.
find_exit(Es, Dir) ->
    case Es of
        [] ->
            {error, nil};

        [{D, R} | Rest] ->
            case D =:= Dir of
                true ->
                    {ok, R};

                false ->
                    find_exit(Rest, Dir)
            end
    end.

-spec items_in(list({item(), room()}), room()) -> list(item()).
items_in(Placed, Room) ->
    case Placed of
        [] ->
            [];

        [{I, R} | Rest] ->
            case R =:= Room of
                true ->
                    [I | items_in(Rest, Room)];

                false ->
                    items_in(Rest, Room)
            end
    end.

-spec remove(list(AG), AG) -> list(AG).
remove(Xs, X) ->
    case Xs of
        [] ->
            [];

        [Y | Rest] ->
            case Y =:= X of
                true ->
                    Rest;

                false ->
                    [Y | remove(Rest, X)]
            end
    end.

-spec member(list(AJ), AJ) -> boolean().
member(Xs, X) ->
    case Xs of
        [] ->
            false;

        [Y | Rest] ->
            (Y =:= X) orelse member(Rest, X)
    end.

-spec dark(state()) -> boolean().
dark(S) ->
    (erlang:element(2, S) =:= cellar) andalso not (erlang:element(6, S) andalso member(
        erlang:element(3, S),
        lamp
    )).

-spec map(list(AL), fun((AL) -> AN)) -> list(AN).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec join(list(binary()), binary()) -> binary().
join(Parts, Sep) ->
    case Parts of
        [] ->
            <<""/utf8>>;

        [P] ->
            P;

        [P@1 | Rest] ->
            <<<<P@1/binary, Sep/binary>>/binary, (join(Rest, Sep))/binary>>
    end.

-spec describe(state()) -> binary().
describe(S) ->
    case dark(S) of
        true ->
            <<"It is pitch dark. You might be eaten by something."/utf8>>;

        false ->
            Things = case items_in(erlang:element(4, S), erlang:element(2, S)) of
                [] ->
                    <<""/utf8>>;

                Items ->
                    <<<<" You see: "/utf8,
                            (join(map(Items, fun item_name/1), <<", "/utf8>>))/binary>>/binary,
                        "."/utf8>>
            end,
            Ways = join(
                map(
                    exits(erlang:element(2, S)),
                    fun(E) -> erlang:element(1, E) end
                ),
                <<", "/utf8>>
            ),
            <<<<<<<<(room_name(erlang:element(2, S)))/binary, ". Exits: "/utf8>>/binary,
                        Ways/binary>>/binary,
                    "."/utf8>>/binary,
                Things/binary>>
    end.

-spec burn_lamp(state()) -> state().
burn_lamp(S) ->
    case erlang:element(6, S) of
        false ->
            S;

        true ->
            case erlang:element(7, S) =< 1 of
                true ->
                    erlang:setelement(7, erlang:setelement(6, S, false), 0);

                false ->
                    erlang:setelement(7, S, erlang:element(7, S) - 1)
            end
    end.

-spec act(state(), command()) -> {state(), binary()}.
act(S, Cmd) ->
    case Cmd of
        look ->
            {S, describe(S)};

        inventory ->
            case erlang:element(3, S) of
                [] ->
                    {S, <<"You carry nothing."/utf8>>};

                Items ->
                    {S,
                        <<<<"You carry: "/utf8,
                                (join(
                                    map(Items, fun item_name/1),
                                    <<", "/utf8>>
                                ))/binary>>/binary,
                            "."/utf8>>}
            end;

        {go, Dir} ->
            case {find_exit(exits(erlang:element(2, S)), Dir),
                erlang:element(5, S),
                erlang:element(6, S)} of
                {{error, nil}, _, _} ->
                    {S,
                        <<<<"You cannot go "/utf8, Dir/binary>>/binary,
                            "."/utf8>>};

                {{ok, vault}, false, _} ->
                    {S, <<"The vault door is locked."/utf8>>};

                {{ok, vault}, true, false} ->
                    {S,
                        <<"You stumble in the dark and cannot find the door."/utf8>>};

                {{ok, To}, _, _} ->
                    S@1 = erlang:setelement(2, S, To),
                    {S@1, describe(S@1)}
            end;

        {take, Name} ->
            case item_from(Name) of
                {error, nil} ->
                    {S,
                        <<<<"There is no "/utf8, Name/binary>>/binary,
                            " here."/utf8>>};

                {ok, Item} ->
                    case member(
                        items_in(erlang:element(4, S), erlang:element(2, S)),
                        Item
                    )
                    andalso not dark(S) of
                        false ->
                            {S,
                                <<<<"There is no "/utf8, Name/binary>>/binary,
                                    " here."/utf8>>};

                        true ->
                            Bonus = case Item of
                                coin ->
                                    50;

                                _ ->
                                    5
                            end,
                            {erlang:setelement(
                                    9,
                                    erlang:setelement(
                                        4,
                                        erlang:setelement(
                                            3,
                                            S,
                                            [Item | erlang:element(3, S)]
                                        ),
                                        remove(
                                            erlang:element(4, S),
                                            {Item, erlang:element(2, S)}
                                        )
                                    ),
                                    erlang:element(9, S) + Bonus
                                ),
                                <<<<"Taken: "/utf8, Name/binary>>/binary,
                                    "."/utf8>>}
                    end
            end;

        {drop, Name@1} ->
            case item_from(Name@1) of
                {ok, Item@1} ->
                    case member(erlang:element(3, S), Item@1) of
                        true ->
                            {erlang:setelement(
                                    4,
                                    erlang:setelement(
                                        3,
                                        S,
                                        remove(erlang:element(3, S), Item@1)
                                    ),
                                    [{Item@1, erlang:element(2, S)} |
                                        erlang:element(4, S)]
                                ),
                                <<"Dropped."/utf8>>};

                        false ->
                            {S,
                                <<<<"You do not have the "/utf8, Name@1/binary>>/binary,
                                    "."/utf8>>}
                    end;

                {error, nil} ->
                    {S,
                        <<<<"You do not have the "/utf8, Name@1/binary>>/binary,
                            "."/utf8>>}
            end;

        {use, <<"lamp"/utf8>>} ->
            case {member(erlang:element(3, S), lamp), erlang:element(7, S) > 0} of
                {true, true} ->
                    {erlang:setelement(6, S, true),
                        <<"The lamp is now on."/utf8>>};

                {true, false} ->
                    {S, <<"The lamp is out of oil."/utf8>>};

                {false, _} ->
                    {S, <<"You have no lamp."/utf8>>}
            end;

        {use, <<"key"/utf8>>} ->
            case {member(erlang:element(3, S), key), erlang:element(2, S)} of
                {true, cellar} ->
                    {erlang:setelement(
                            9,
                            erlang:setelement(5, S, true),
                            erlang:element(9, S) + 20
                        ),
                        <<"The vault door swings open."/utf8>>};

                {true, _} ->
                    {S, <<"There is nothing to unlock here."/utf8>>};

                {false, _} ->
                    {S, <<"You have no key."/utf8>>}
            end;

        {use, Name@2} ->
            {S,
                <<<<"You cannot use the "/utf8, Name@2/binary>>/binary,
                    "."/utf8>>};

        read ->
            case member(erlang:element(3, S), book) of
                true ->
                    {S, <<"The book says: the key lies among the roses."/utf8>>};

                false ->
                    {S, <<"You have nothing to read."/utf8>>}
            end;

        quit ->
            {erlang:setelement(10, S, true),
                <<<<<<<<"Final score: "/utf8,
                                (erlang:integer_to_binary(erlang:element(9, S)))/binary>>/binary,
                            " in "/utf8>>/binary,
                        (erlang:integer_to_binary(erlang:element(8, S)))/binary>>/binary,
                    " moves."/utf8>>};

        {unknown, Line} ->
            {S,
                <<<<"I do not understand \""/utf8, Line/binary>>/binary,
                    "\"."/utf8>>}
    end.

-spec step(state(), command()) -> {state(), binary()}.
step(S, Cmd) ->
    case erlang:element(10, S) of
        true ->
            {S, <<"The game is over."/utf8>>};

        false ->
            S@1 = burn_lamp(erlang:setelement(8, S, erlang:element(8, S) + 1)),
            act(S@1, Cmd)
    end.

-spec play_loop(state(), list(binary())) -> state().
play_loop(S, Lines) ->
    case Lines of
        [] ->
            S;

        [Line | Rest] ->
            {S2, Text} = step(S, parse(Line)),
            bc_io:format(
                <<"> ~s~n~s~n"/utf8>>,
                [bc_ffi:identity(Line), bc_ffi:identity(Text)]
            ),
            play_loop(S2, Rest)
    end.

-spec play(list(binary())) -> state().
play(Lines) ->
    bc_io:println(describe(initial())),
    play_loop(initial(), Lines).

-spec commands_parsed() -> list(command()).
commands_parsed() ->
    map(
        [<<"go north"/utf8>>,
            <<"N"/utf8>>,
            <<"take  lamp"/utf8>>,
            <<"GET Key"/utf8>>,
            <<"use lamp"/utf8>>,
            <<"look"/utf8>>,
            <<"i"/utf8>>,
            <<"read book"/utf8>>,
            <<"dance wildly"/utf8>>,
            <<""/utf8>>,
            <<"drop coin"/utf8>>,
            <<"quit"/utf8>>],
        fun parse/1
    ).

-spec walkthrough() -> state().
walkthrough() ->
    play(
        [<<"look"/utf8>>,
            <<"take lamp"/utf8>>,
            <<"n"/utf8>>,
            <<"take book"/utf8>>,
            <<"read"/utf8>>,
            <<"s"/utf8>>,
            <<"e"/utf8>>,
            <<"take key"/utf8>>,
            <<"w"/utf8>>,
            <<"d"/utf8>>,
            <<"use lamp"/utf8>>,
            <<"look"/utf8>>,
            <<"use key"/utf8>>,
            <<"e"/utf8>>,
            <<"take coin"/utf8>>,
            <<"w"/utf8>>,
            <<"u"/utf8>>,
            <<"inventory"/utf8>>,
            <<"quit"/utf8>>,
            <<"look"/utf8>>]
    ).

-spec dark_cellar() -> state().
dark_cellar() ->
    play(
        [<<"d"/utf8>>,
            <<"take coin"/utf8>>,
            <<"look"/utf8>>,
            <<"e"/utf8>>,
            <<"u"/utf8>>]
    ).

-spec locked_vault() -> state().
locked_vault() ->
    play(
        [<<"take lamp"/utf8>>,
            <<"d"/utf8>>,
            <<"use lamp"/utf8>>,
            <<"e"/utf8>>,
            <<"use key"/utf8>>,
            <<"u"/utf8>>,
            <<"e"/utf8>>,
            <<"take key"/utf8>>,
            <<"w"/utf8>>,
            <<"d"/utf8>>,
            <<"use key"/utf8>>,
            <<"e"/utf8>>]
    ).

-spec lamp_runs_out() -> state().
lamp_runs_out() ->
    play(
        [<<"take lamp"/utf8>>,
            <<"use lamp"/utf8>>,
            <<"look"/utf8>>,
            <<"look"/utf8>>,
            <<"look"/utf8>>,
            <<"look"/utf8>>,
            <<"look"/utf8>>,
            <<"look"/utf8>>,
            <<"use lamp"/utf8>>,
            <<"inventory"/utf8>>]
    ).

-spec nonsense() -> state().
nonsense() ->
    play(
        [<<"xyzzy"/utf8>>,
            <<"go nowhere"/utf8>>,
            <<"take dragon"/utf8>>,
            <<"drop lamp"/utf8>>,
            <<"use sword"/utf8>>,
            <<"read"/utf8>>,
            <<"walk west"/utf8>>,
            <<"jump around"/utf8>>]
    ).

-spec drop_and_retake() -> state().
drop_and_retake() ->
    play(
        [<<"take lamp"/utf8>>,
            <<"n"/utf8>>,
            <<"drop lamp"/utf8>>,
            <<"look"/utf8>>,
            <<"s"/utf8>>,
            <<"look"/utf8>>,
            <<"n"/utf8>>,
            <<"take lamp"/utf8>>,
            <<"inventory"/utf8>>]
    ).

-spec fold_steps(state(), list(binary())) -> state().
fold_steps(S, Lines) ->
    case Lines of
        [] ->
            S;

        [L | Rest] ->
            fold_steps(erlang:element(1, step(S, parse(L))), Rest)
    end.

-spec final_state() -> {room(), list(item()), integer(), integer(), boolean()}.
final_state() ->
    S = fold_steps(
        initial(),
        [<<"take lamp"/utf8>>,
            <<"e"/utf8>>,
            <<"take key"/utf8>>,
            <<"w"/utf8>>,
            <<"d"/utf8>>,
            <<"use lamp"/utf8>>,
            <<"use key"/utf8>>,
            <<"e"/utf8>>,
            <<"take coin"/utf8>>,
            <<"quit"/utf8>>]
    ),
    {erlang:element(2, S),
        erlang:element(3, S),
        erlang:element(9, S),
        erlang:element(8, S),
        erlang:element(10, S)}.

-spec after_quit() -> {state(), binary()}.
after_quit() ->
    S = fold_steps(initial(), [<<"quit"/utf8>>]),
    step(S, look).

-spec room_graph() -> nil.
room_graph() ->
    Rooms = [hall, library, cellar, garden, vault],
    map(
        Rooms,
        fun(R) ->
            bc_io:format(
                <<"~s -> ~p~n"/utf8>>,
                [bc_ffi:identity(room_name(R)),
                    bc_ffi:identity(
                        map(
                            exits(R),
                            fun(E) ->
                                {erlang:element(1, E),
                                    room_name(erlang:element(2, E))}
                            end
                        )
                    )]
            )
        end
    ),
    nil.

-spec nth(list(binary()), integer()) -> binary().
nth(Xs, I) ->
    case {Xs, I} of
        {[X | _], 0} ->
            X;

        {[_ | Rest], _} ->
            nth(Rest, I - 1);

        {[], _} ->
            <<""/utf8>>
    end.

-spec walk(state(), list(binary()), integer(), integer()) -> state().
walk(S, Dirs, Seed, N) ->
    case N of
        0 ->
            S;

        _ ->
            Next = ((Seed * 1103515245) + 12345) rem 2147483648,
            Dir = nth(Dirs, (Next div 65536) rem 6),
            S@1 = erlang:element(1, step(S, {go, Dir})),
            S@2 = case Next rem 7 of
                0 ->
                    erlang:element(1, step(S@1, {take, <<"key"/utf8>>}));

                1 ->
                    erlang:element(1, step(S@1, {take, <<"lamp"/utf8>>}));

                2 ->
                    erlang:element(1, step(S@1, {use, <<"lamp"/utf8>>}));

                3 ->
                    erlang:element(1, step(S@1, {use, <<"key"/utf8>>}));

                4 ->
                    erlang:element(1, step(S@1, {take, <<"coin"/utf8>>}));

                _ ->
                    S@1
            end,
            walk(S@2, Dirs, Next, N - 1)
    end.

-spec random_walk() -> {integer(), integer(), room()}.
random_walk() ->
    Dirs = [<<"north"/utf8>>,
        <<"south"/utf8>>,
        <<"east"/utf8>>,
        <<"west"/utf8>>,
        <<"up"/utf8>>,
        <<"down"/utf8>>],
    S = walk(initial(), Dirs, 1, 300),
    {erlang:element(8, S), erlang:element(9, S), erlang:element(2, S)}.
