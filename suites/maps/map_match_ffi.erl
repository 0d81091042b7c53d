%% Erlang-side helpers for map_funs: map patterns, map update syntax and
%% the guard BIFs, which Gleam cannot write directly.
-module(map_match_ffi).
-export([area/1, describe/1, update_existing/3, insert_or_update/3,
         guard_size/1, map_get_guard/2, key_in_guard/2, nested_update/2,
         pattern_with_bound_key/2, literal_map/0, build_from_vars/3]).

%% Several clauses, each a map pattern with required keys.
area(#{shape := circle, r := R}) -> 3 * R * R;
area(#{shape := rect, w := W, h := H}) -> W * H;
area(#{shape := Other}) -> {unknown, Other}.

%% Matching on a key's presence and on an empty map.
describe(M) when map_size(M) =:= 0 -> empty;
describe(#{name := N, age := A}) -> {person, N, A};
describe(#{name := N}) -> {named, N};
describe(#{}) -> other_map;
describe(_) -> not_a_map.

%% M#{K := V} raises {badkey, K} if K is absent.
update_existing(M, K, V) -> M#{K := V}.

%% M#{K => V} inserts or updates.
insert_or_update(M, K, V) -> M#{K => V}.

guard_size(M) when is_map(M), map_size(M) > 2 -> big;
guard_size(M) when is_map(M) -> small;
guard_size(_) -> none.

%% map_get/2 in a guard fails the guard instead of raising.
map_get_guard(K, M) when map_get(K, M) > 10 -> over_ten;
map_get_guard(_, _) -> not_over_ten.

key_in_guard(K, M) when is_map_key(K, M) -> has_key;
key_in_guard(_, _) -> no_key.

%% Updating a nested map with the update syntax.
nested_update(M = #{inner := Inner}, V) -> M#{inner := Inner#{value => V}}.

%% The key of a map pattern may be a bound variable.
pattern_with_bound_key(K, M) ->
    case M of
        #{K := V} -> {found, V};
        #{} -> missing
    end.

literal_map() -> #{1 => one, <<"two">> => 2, {three} => [3], 4.0 => four}.

build_from_vars(A, B, C) -> #{A => 1, B => 2, C => 3}.
