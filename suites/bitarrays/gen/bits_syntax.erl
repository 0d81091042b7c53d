-module(bits_syntax).
-compile([no_auto_import, nowarn_unused_vars]).

-export([int_endianness/1, truncation/0, odd_sizes/0, floats/0, utf8_segments/0, concat_bits/0, parse_packet/1, signedness/1, read_mixed/1, strip_magic/1, three_bit_groups/1, wide_ints/0, length_prefixed/1, to_list/0, equality/0, print_bits/0]).

-spec int_endianness(integer()) -> {bitstring(), bitstring()}.
int_endianness(X) ->
    {<<X:16/integer>>, <<X:16/integer-little>>}.

-spec truncation() -> list(bitstring()).
truncation() ->
    [<<256:8>>, <<-1:8>>, <<-1:4, 0:4>>, <<16#12345:12>>].

-spec odd_sizes() -> {bitstring(), integer(), integer()}.
odd_sizes() ->
    B = <<5:3, 1:1, 0:2>>,
    {B, erlang:bit_size(B), erlang:byte_size(B)}.

-spec floats() -> list(bitstring()).
floats() ->
    [<<1.5/float>>, <<1.5:32/float>>, <<-2.0/float-little>>, <<0.1:32/float>>].

-spec utf8_segments() -> {bitstring(), bitstring()}.
utf8_segments() ->
    {<<"héllo"/utf8>>, <<"€"/utf8, "!"/utf8>>}.

-spec concat_bits() -> bitstring().
concat_bits() ->
    A = <<1, 2>>,
    B = <<3:4>>,
    <<A/bitstring, B/bitstring, 15:4, A/bitstring>>.

-spec parse_packet(bitstring()) -> {ok, {integer(), bitstring(), bitstring()}} |
    {error, binary()}.
parse_packet(Packet) ->
    case Packet of
        <<Len:16/integer, Kind:8/integer, Rest/binary>> ->
            case Rest of
                <<Payload:Len/binary, Trailer/binary>> ->
                    {ok, {Kind, Payload, Trailer}};

                _ ->
                    {error, <<"short payload"/utf8>>}
            end;

        _ ->
            {error, <<"short header"/utf8>>}
    end.

-spec signedness(bitstring()) -> {integer(), integer(), integer()}.
signedness(B) ->
    case B of
        <<U:8/integer>> ->
            case B of
                <<S:8/integer-signed>> ->
                    case B of
                        <<H:4/integer, _:4/integer>> ->
                            {U, S, H};

                        _ ->
                            {U, S, -1}
                    end;

                _ ->
                    {U, -1, -1}
            end;

        _ ->
            {-1, -1, -1}
    end.

-spec read_mixed(bitstring()) -> {integer(), integer(), float()}.
read_mixed(B) ->
    case B of
        <<A:32/integer-little, C:32/integer-signed-little, F/float>> ->
            {A, C, F};

        _ ->
            {0, 0, 0.0}
    end.

-spec strip_magic(bitstring()) -> bitstring().
strip_magic(B) ->
    case B of
        <<"GLEAM"/utf8, Version:8/integer, Rest/bitstring>> ->
            <<Version, Rest/bitstring>>;

        _ ->
            <<>>
    end.

-spec reverse(list(AH), list(AH)) -> list(AH).
reverse(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            reverse(Rest, [X | Acc])
    end.

-spec groups(bitstring(), list(integer())) -> {list(integer()), integer()}.
groups(B, Acc) ->
    case B of
        <<G:3, Rest/bitstring>> ->
            groups(Rest, [G | Acc]);

        _ ->
            {reverse(Acc, []), erlang:bit_size(B)}
    end.

-spec three_bit_groups(bitstring()) -> {list(integer()), integer()}.
three_bit_groups(B) ->
    groups(B, []).

-spec wide_ints() -> {bitstring(), integer()}.
wide_ints() ->
    Big = 170141183460469231731687303715884105727,
    B = <<Big:128/integer>>,
    case B of
        <<X:128/integer>> ->
            {B, X + 1};

        _ ->
            {B, 0}
    end.

-spec length_prefixed(bitstring()) -> list(bitstring()).
length_prefixed(B) ->
    case B of
        <<N:8/integer, S:N/binary, Rest/binary>> ->
            [S | length_prefixed(Rest)];

        _ ->
            []
    end.

-spec to_list() -> list(bc_io:dynamic_()).
to_list() ->
    erlang:bitstring_to_list(<<1, 2, 3:5>>).

-spec equality() -> list(boolean()).
equality() ->
    [<<1, 2>> =:= <<1, 2>>,
        <<1:16>> =:= <<0, 1>>,
        <<>> =:= <<>>,
        <<1:9>> =:= <<0, 1>>].

-spec print_bits() -> nil.
print_bits() ->
    bc_io:debug(<<1, 2, 3>>),
    bc_io:debug(<<"text"/utf8>>),
    bc_io:debug(<<1:1, 0:2>>),
    bc_io:debug(<<255, 7:3>>),
    bc_io:format(<<"~w~n"/utf8>>, [bc_ffi:identity(<<"abc"/utf8, 1:2>>)]).
