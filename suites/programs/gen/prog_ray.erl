-module(prog_ray).
-compile([no_auto_import, nowarn_unused_vars]).

-export([add/2, sub/2, scale/2, mul/2, dot/2, cross/2, norm/1, intersect/3, trace/3, vector_ops/0, dot_products/0, intersections/0, camera_corners/0, render_small/0, render_reflections/0, pixel_samples/0, shadow_checks/0, image_checksum/0, print_row_values/0]).
-export_type([vec/0, material/0, object/0, hit/0, opt/0]).

-type vec() :: {vec, float(), float(), float()}.

-type material() :: {material, vec(), float(), boolean()}.

-type object() :: {sphere, vec(), float(), material()} | {plane, float()}.

-type hit() :: {hit, float(), vec(), vec(), material()}.

-type opt() :: short.

-spec add(vec(), vec()) -> vec().
add(A, B) ->
    {vec,
        erlang:element(2, A) + erlang:element(2, B),
        erlang:element(3, A) + erlang:element(3, B),
        erlang:element(4, A) + erlang:element(4, B)}.

-spec sub(vec(), vec()) -> vec().
sub(A, B) ->
    {vec,
        erlang:element(2, A) - erlang:element(2, B),
        erlang:element(3, A) - erlang:element(3, B),
        erlang:element(4, A) - erlang:element(4, B)}.

-spec scale(vec(), float()) -> vec().
scale(A, S) ->
    {vec,
        erlang:element(2, A) * S,
        erlang:element(3, A) * S,
        erlang:element(4, A) * S}.

-spec mul(vec(), vec()) -> vec().
mul(A, B) ->
    {vec,
        erlang:element(2, A) * erlang:element(2, B),
        erlang:element(3, A) * erlang:element(3, B),
        erlang:element(4, A) * erlang:element(4, B)}.

-spec dot(vec(), vec()) -> float().
dot(A, B) ->
    ((erlang:element(2, A) * erlang:element(2, B)) + (erlang:element(3, A) * erlang:element(
        3,
        B
    )))
    + (erlang:element(4, A) * erlang:element(4, B)).

-spec cross(vec(), vec()) -> vec().
cross(A, B) ->
    {vec,
        (erlang:element(3, A) * erlang:element(4, B)) - (erlang:element(4, A) * erlang:element(
            3,
            B
        )),
        (erlang:element(4, A) * erlang:element(2, B)) - (erlang:element(2, A) * erlang:element(
            4,
            B
        )),
        (erlang:element(2, A) * erlang:element(3, B)) - (erlang:element(3, A) * erlang:element(
            2,
            B
        ))}.

-spec norm(vec()) -> vec().
norm(A) ->
    scale(A, case math:sqrt(dot(A, A)) of
            0.0 -> 0.0;
            Gleam@denominator -> 1.0 / Gleam@denominator
        end).

-spec fmax(float(), float()) -> float().
fmax(A, B) ->
    case A > B of
        true ->
            A;

        false ->
            B
    end.

-spec fmin(float(), float()) -> float().
fmin(A, B) ->
    case A < B of
        true ->
            A;

        false ->
            B
    end.

-spec scene() -> list(object()).
scene() ->
    [{sphere,
            {vec, 0.0, 1.0, 5.0},
            1.0,
            {material, {vec, 0.9, 0.2, 0.2}, 0.3, true}},
        {sphere,
            {vec, -2.2, 0.7, 6.5},
            0.7,
            {material, {vec, 0.2, 0.9, 0.3}, 0.0, false}},
        {sphere,
            {vec, 2.0, 0.5, 4.2},
            0.5,
            {material, {vec, 0.3, 0.4, 1.0}, 0.6, true}},
        {plane, 0.0}].

-spec intersect(vec(), vec(), object()) -> {ok, float()} | {error, nil}.
intersect(Origin, Dir, Obj) ->
    case Obj of
        {sphere, C, R, _} ->
            Oc = sub(Origin, C),
            B = dot(Oc, Dir),
            Cc = dot(Oc, Oc) - (R * R),
            Disc = (B * B) - Cc,
            case Disc < 0.0 of
                true ->
                    {error, nil};

                false ->
                    S = math:sqrt(Disc),
                    T1 = (0.0 - B) - S,
                    T2 = (0.0 - B) + S,
                    case {T1 > 0.0001, T2 > 0.0001} of
                        {true, _} ->
                            {ok, T1};

                        {false, true} ->
                            {ok, T2};

                        {false, false} ->
                            {error, nil}
                    end
            end;

        {plane, Y} ->
            case erlang:element(3, Dir) =:= 0.0 of
                true ->
                    {error, nil};

                false ->
                    T = case erlang:element(3, Dir) of
                        0.0 -> 0.0;
                        Gleam@denominator -> (Y - erlang:element(3, Origin)) / Gleam@denominator
                    end,
                    case T > 0.0001 of
                        true ->
                            {ok, T};

                        false ->
                            {error, nil}
                    end
            end
    end.

-spec checker(vec()) -> material().
checker(P) ->
    case ((erlang:floor(erlang:element(2, P)) + erlang:floor(
        erlang:element(4, P)
    ))
    rem 2)
    =:= 0 of
        true ->
            {material, {vec, 0.9, 0.9, 0.9}, 0.1, false};

        false ->
            {material, {vec, 0.15, 0.15, 0.15}, 0.1, false}
    end.

-spec nearest(vec(), vec(), list(object()), {ok, hit()} | {error, nil}) -> {ok,
        hit()} |
    {error, nil}.
nearest(Origin, Dir, Objs, Best) ->
    case Objs of
        [] ->
            Best;

        [Obj | Rest] ->
            case intersect(Origin, Dir, Obj) of
                {error, nil} ->
                    nearest(Origin, Dir, Rest, Best);

                {ok, T} ->
                    Closer = case Best of
                        {ok, H} ->
                            T < erlang:element(2, H);

                        {error, nil} ->
                            true
                    end,
                    case Closer of
                        false ->
                            nearest(Origin, Dir, Rest, Best);

                        true ->
                            P = add(Origin, scale(Dir, T)),
                            Hit = case Obj of
                                {sphere, C, _, M} ->
                                    {hit, T, P, norm(sub(P, C)), M};

                                {plane, _} ->
                                    {hit,
                                        T,
                                        P,
                                        {vec, 0.0, 1.0, 0.0},
                                        checker(P)}
                            end,
                            nearest(Origin, Dir, Rest, {ok, Hit})
                    end
            end
    end.

-spec in_shadow(vec(), vec(), float()) -> boolean().
in_shadow(P, To_light, Dist) ->
    case nearest(P, To_light, scene(), {error, nil}) of
        {ok, H} ->
            erlang:element(2, H) < Dist;

        {error, nil} ->
            false
    end.

-spec pow16(float()) -> float().
pow16(X) ->
    X2 = X * X,
    X4 = X2 * X2,
    X8 = X4 * X4,
    X8 * X8.

-spec trace(vec(), vec(), integer()) -> vec().
trace(Origin, Dir, Depth) ->
    case nearest(Origin, Dir, scene(), {error, nil}) of
        {error, nil} ->
            Sky = 0.5 + (0.5 * erlang:element(3, Dir)),
            {vec, 0.2 * Sky, 0.3 * Sky, 0.5 * Sky};

        {ok, {hit, _, P, N, M}} ->
            Lv = sub({vec, -4.0, 6.0, 0.0}, P),
            Dist = math:sqrt(dot(Lv, Lv)),
            L = scale(Lv, case Dist of
                    0.0 -> 0.0;
                    Gleam@denominator -> 1.0 / Gleam@denominator
                end),
            Ambient = scale(erlang:element(2, M), 0.1),
            Direct = case in_shadow(P, L, Dist) of
                true ->
                    {vec, 0.0, 0.0, 0.0};

                false ->
                    Diffuse = scale(erlang:element(2, M), fmax(0.0, dot(N, L))),
                    case erlang:element(4, M) of
                        false ->
                            Diffuse;

                        true ->
                            H = norm(sub(L, Dir)),
                            Spec = pow16(fmax(0.0, dot(N, H))),
                            add(Diffuse, {vec, Spec, Spec, Spec})
                    end
            end,
            Local = add(Ambient, Direct),
            case (erlang:element(3, M) > 0.0) andalso (Depth > 0) of
                false ->
                    Local;

                true ->
                    R = sub(Dir, scale(N, 2.0 * dot(Dir, N))),
                    Reflected = trace(P, R, Depth - 1),
                    add(
                        scale(Local, 1.0 - erlang:element(3, M)),
                        scale(Reflected, erlang:element(3, M))
                    )
            end
    end.

-spec camera_ray(integer(), integer(), integer(), integer()) -> vec().
camera_ray(Px, Py, W, H) ->
    Aspect = (case erlang:float(H) of
        0.0 -> 0.0;
        Gleam@denominator -> erlang:float(W) / Gleam@denominator
    end) * 0.5,
    U = ((case erlang:float(W) of
        0.0 -> 0.0;
        Gleam@denominator@1 -> (erlang:float(Px) + 0.5) / Gleam@denominator@1
    end) * 2.0) - 1.0,
    V = 1.0 - ((case erlang:float(H) of
        0.0 -> 0.0;
        Gleam@denominator@2 -> (erlang:float(Py) + 0.5) / Gleam@denominator@2
    end) * 2.0),
    norm({vec, (U * Aspect) * 1.2, (V * 0.6) - 0.12, 1.0}).

-spec luminance(vec()) -> float().
luminance(C) ->
    fmin(
        1.0,
        ((0.299 * erlang:element(2, C)) + (0.587 * erlang:element(3, C))) + (0.114
        * erlang:element(4, C))
    ).

-spec slice(binary(), integer()) -> binary().
slice(S, I) ->
    binary:part(S, I, 1).

-spec ramp_char(float()) -> binary().
ramp_char(Lum) ->
    I = erlang:trunc(fmax(0.0, Lum) * 9.999),
    slice(<<" .:-=+*#%@"/utf8>>, I).

-spec range(integer(), integer()) -> list(integer()).
range(A, B) ->
    case A > B of
        true ->
            [];

        false ->
            [A | range(A + 1, B)]
    end.

-spec each(list(AH), fun((AH) -> nil)) -> nil.
each(Xs, F) ->
    case Xs of
        [] ->
            nil;

        [X | Rest] ->
            F(X),
            each(Rest, F)
    end.

-spec map(list(AJ), fun((AJ) -> AL)) -> list(AL).
map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            [F(X) | map(Rest, F)]
    end.

-spec join(list(binary())) -> binary().
join(Parts) ->
    case Parts of
        [] ->
            <<""/utf8>>;

        [P | Rest] ->
            <<P/binary, (join(Rest))/binary>>
    end.

-spec render_ascii(integer(), integer(), integer()) -> nil.
render_ascii(W, H, Depth) ->
    each(
        range(0, H - 1),
        fun(Y) ->
            Row = map(
                range(0, W - 1),
                fun(X) ->
                    ramp_char(
                        luminance(
                            trace(
                                {vec, 0.0, 1.0, 0.0},
                                camera_ray(X, Y, W, H),
                                Depth
                            )
                        )
                    )
                end
            ),
            bc_io:println(join(Row))
        end
    ).

-spec vector_ops() -> list(vec()).
vector_ops() ->
    A = {vec, 1.0, 2.0, 3.0},
    B = {vec, -2.0, 0.5, 4.0},
    [add(A, B),
        sub(A, B),
        scale(A, 0.1),
        cross(A, B),
        norm(A),
        norm({vec, 0.0, 0.0, -7.0}),
        mul(A, B)].

-spec dot_products() -> list(float()).
dot_products() ->
    [dot({vec, 1.0, 2.0, 3.0}, {vec, 4.0, 5.0, 6.0}),
        dot(norm({vec, 1.0, 1.0, 1.0}), norm({vec, 1.0, 1.0, 1.0})),
        dot({vec, 0.1, 0.2, 0.3}, {vec, 0.3, 0.2, 0.1})].

-spec append(list(AT), list(AT)) -> list(AT).
append(A, B) ->
    case A of
        [] ->
            B;

        [H | T] ->
            [H | append(T, B)]
    end.

-spec intersections() -> list({ok, float()} | {error, nil}).
intersections() ->
    O = {vec, 0.0, 1.0, 0.0},
    _pipe = map(
        scene(),
        fun(Obj) -> intersect(O, norm({vec, 0.0, 0.0, 1.0}), Obj) end
    ),
    append(
        _pipe,
        map(
            scene(),
            fun(Obj@1) -> intersect(O, norm({vec, 0.3, -0.2, 1.0}), Obj@1) end
        )
    ).

-spec camera_corners() -> list(vec()).
camera_corners() ->
    [camera_ray(0, 0, 48, 24),
        camera_ray(47, 0, 48, 24),
        camera_ray(0, 23, 48, 24),
        camera_ray(47, 23, 48, 24),
        camera_ray(24, 12, 48, 24)].

-spec render_small() -> nil.
render_small() ->
    render_ascii(48, 20, 0).

-spec render_reflections() -> nil.
render_reflections() ->
    render_ascii(64, 28, 2).

-spec pixel_samples() -> list(vec()).
pixel_samples() ->
    map(
        [{24, 10}, {8, 12}, {40, 15}, {24, 18}, {2, 2}, {33, 11}],
        fun(P) ->
            trace(
                {vec, 0.0, 1.0, 0.0},
                camera_ray(erlang:element(1, P), erlang:element(2, P), 48, 24),
                2
            )
        end
    ).

-spec shadow_checks() -> list(boolean()).
shadow_checks() ->
    Points = [{vec, 0.0, 0.0, 5.0},
        {vec, 1.0, 0.0, 6.0},
        {vec, 3.0, 0.0, 1.0},
        {vec, -2.2, 0.0, 6.5},
        {vec, 0.0, 2.1, 5.0}],
    map(
        Points,
        fun(P) ->
            Lv = sub({vec, -4.0, 6.0, 0.0}, P),
            Dist = math:sqrt(dot(Lv, Lv)),
            in_shadow(add(P, {vec, 0.0, 0.0001, 0.0}), scale(Lv, case Dist of
                        0.0 -> 0.0;
                        Gleam@denominator -> 1.0 / Gleam@denominator
                    end), Dist)
        end
    ).

-spec to_byte(float()) -> integer().
to_byte(F) ->
    erlang:trunc(fmin(1.0, fmax(0.0, F)) * 255.0).

-spec flat_map(list(BA), fun((BA) -> list(BC))) -> list(BC).
flat_map(Xs, F) ->
    case Xs of
        [] ->
            [];

        [X | Rest] ->
            append(F(X), flat_map(Rest, F))
    end.

-spec sum_floats(list(float()), float()) -> float().
sum_floats(Xs, Acc) ->
    case Xs of
        [] ->
            Acc;

        [X | Rest] ->
            sum_floats(Rest, Acc + X)
    end.

-spec list_length(list(any()), integer()) -> integer().
list_length(Xs, N) ->
    case Xs of
        [] ->
            N;

        [_ | Rest] ->
            list_length(Rest, N + 1)
    end.

-spec image_checksum() -> {integer(), integer(), binary()}.
image_checksum() ->
    Pixels = flat_map(
        range(0, 39),
        fun(Y) ->
            flat_map(
                range(0, 59),
                fun(X) ->
                    C = trace({vec, 0.0, 1.0, 0.0}, camera_ray(X, Y, 60, 40), 2),
                    [to_byte(erlang:element(2, C)),
                        to_byte(erlang:element(3, C)),
                        to_byte(erlang:element(4, C))]
                end
            )
        end
    ),
    Total = sum_floats(
        map(
            range(0, 39),
            fun(Y@1) ->
                luminance(
                    trace({vec, 0.0, 1.0, 0.0}, camera_ray(30, Y@1, 60, 40), 2)
                )
            end
        ),
        0.0
    ),
    {list_length(Pixels, 0),
        erlang:crc32(erlang:list_to_binary(Pixels)),
        erlang:float_to_binary(Total, [short])}.

-spec print_row_values() -> nil.
print_row_values() ->
    each(
        range(0, 11),
        fun(X) ->
            C = trace({vec, 0.0, 1.0, 0.0}, camera_ray(X * 4, 12, 48, 24), 1),
            bc_io:format(
                <<"~2w ~s ~s ~s~n"/utf8>>,
                [bc_ffi:identity(X * 4),
                    bc_ffi:identity(
                        erlang:float_to_binary(erlang:element(2, C), [short])
                    ),
                    bc_ffi:identity(
                        erlang:float_to_binary(erlang:element(3, C), [short])
                    ),
                    bc_ffi:identity(
                        erlang:float_to_binary(erlang:element(4, C), [short])
                    )]
            )
        end
    ).
