%% Native unicode functions no other suite calls: bin_is_7bit/1, the
%% internal characters_to_binary_int/2 and characters_to_list_int/2 entry
%% points, and NFD / NFKC normalisation to lists.
-module(nat_unicode).
-export([id/1, bin_is_7bit/0, to_binary_int/0, to_list_int/0, nfd_list/0,
         nfkc_list/0, nfd_escapes/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {caught, C, R} end.

bin_is_7bit() ->
    [t(fun() -> unicode:bin_is_7bit(?MODULE:id(B)) end)
     || B <- [<<"plain ascii">>, <<>>, <<127>>, <<128>>, <<"é"/utf8>>,
              <<0:8000>>, <<"abc", 200>>, <<1:7>>, "list", abc]].

to_binary_int() ->
    C = fun(D, E) -> t(fun() -> unicode:characters_to_binary_int(?MODULE:id(D), E) end) end,
    [C("abc", unicode), C([104, <<"é"/utf8>>, [8364]], unicode), C([233, 255], latin1),
     C(<<233>>, latin1), C([], utf8), C(<<"é"/utf8>>, utf8), C([16#10FFFF], unicode),
     C([16#D800], unicode), C([-1], unicode), C([<<255>>], utf8), C(<<16#C3>>, utf8),
     C([256], latin1), C(abc, unicode), C("abc", bogus),
     C(<<0, 0, 0, 65>>, {utf32, big}), C(<<65, 0>>, {utf16, little})].

to_list_int() ->
    C = fun(D, E) -> t(fun() -> unicode:characters_to_list_int(?MODULE:id(D), E) end) end,
    [C(<<"héllo"/utf8>>, unicode), C([<<"a">>, "b", [$c]], utf8), C(<<233, 255>>, latin1),
     C([], unicode), C(<<"ok", 255, "rest">>, utf8), C(<<"ok", 16#E2, 16#82>>, utf8),
     C([16#110000], unicode), C(<<0, 65, 0, 66>>, utf16), C(<<65, 0, 0, 0>>, {utf32, little}),
     C(abc, unicode), C("x", {utf8, big})].

nfd_list() ->
    N = fun(D) -> t(fun() -> unicode:characters_to_nfd_list(?MODULE:id(D)) end) end,
    [N("é"), N(<<"é"/utf8>>), N([$a, 16#301, $b]), N("Å"), N(<<"한국"/utf8>>), N("ﬁ"),
     N(""), N(<<>>), N(["e", <<"\x{301}"/utf8>>]), N([16#1E0A, 16#323]), N(<<255>>), N(abc)].

nfkc_list() ->
    N = fun(D) -> t(fun() -> unicode:characters_to_nfkc_list(?MODULE:id(D)) end) end,
    [N("ﬁ"), N(<<"①"/utf8>>), N([$e, 16#301]), N("Ａｂｃ"), N([16#1100, 16#1161]),
     N("x²"), N(""), N(<<"ok">>), N(<<"ab", 200>>), N(1)].

nfd_escapes() -> unicode:characters_to_nfd_list(?MODULE:id({not_chardata})).
