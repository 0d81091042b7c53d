//// Gleam bit array syntax: segment sizes, endianness, signedness, floats,
//// utf8, bytes/bits segments and pattern matching on bit arrays.
//// (Gleam 0.30 calls the type BitString.)

import bc_io

@external(erlang, "erlang", "bit_size")
fn bit_size(b: BitString) -> Int

@external(erlang, "erlang", "byte_size")
fn byte_size(b: BitString) -> Int

@external(erlang, "erlang", "bitstring_to_list")
fn bitstring_to_list(b: BitString) -> List(bc_io.Dynamic)

/// 16-bit integers in big and little endian order.
pub fn int_endianness(x: Int) -> #(BitString, BitString) {
  #(<<x:int-size(16)>>, <<x:int-size(16)-little>>)
}

/// Values that do not fit the segment are truncated to the low bits.
pub fn truncation() -> List(BitString) {
  [<<256:size(8)>>, <<-1:size(8)>>, <<-1:size(4), 0:size(4)>>, <<0x12345:size(12)>>]
}

/// Non-byte-aligned segments give bit strings whose size is not a multiple of 8.
pub fn odd_sizes() -> #(BitString, Int, Int) {
  let b = <<5:size(3), 1:size(1), 0:size(2)>>
  #(b, bit_size(b), byte_size(b))
}

/// Floats in 64 and 32 bits, big and little endian.
pub fn floats() -> List(BitString) {
  [<<1.5:float>>, <<1.5:float-size(32)>>, <<-2.0:float-little>>, <<0.1:float-size(32)>>]
}

/// utf8 segments encode strings and code points.
pub fn utf8_segments() -> #(BitString, BitString) {
  #(<<"héllo":utf8>>, <<"€":utf8, "!":utf8>>)
}

/// bit_string (bits) segments concatenate existing bit arrays.
pub fn concat_bits() -> BitString {
  let a = <<1, 2>>
  let b = <<3:size(4)>>
  <<a:bit_string, b:bit_string, 15:size(4), a:bit_string>>
}

/// Parses a header: 16-bit big-endian length, 8-bit type, then payload of that length.
pub fn parse_packet(packet: BitString) -> Result(#(Int, BitString, BitString), String) {
  case packet {
    <<len:int-size(16), kind:int-size(8), rest:bytes>> ->
      case rest {
        <<payload:bytes-size(len), trailer:bytes>> -> Ok(#(kind, payload, trailer))
        _ -> Error("short payload")
      }
    _ -> Error("short header")
  }
}

/// Signed versus unsigned reads of the same byte.
pub fn signedness(b: BitString) -> #(Int, Int, Int) {
  case b {
    <<u:int-size(8)>> ->
      case b {
        <<s:int-signed-size(8)>> ->
          case b {
            <<h:int-size(4), _:int-size(4)>> -> #(u, s, h)
            _ -> #(u, s, -1)
          }
        _ -> #(u, -1, -1)
      }
    _ -> #(-1, -1, -1)
  }
}

/// Little-endian 32-bit reads and a 64-bit float read.
pub fn read_mixed(b: BitString) -> #(Int, Int, Float) {
  case b {
    <<a:int-little-size(32), c:int-signed-little-size(32), f:float>> -> #(a, c, f)
    _ -> #(0, 0, 0.0)
  }
}

/// Matches a string prefix inside a bit array and returns the rest.
pub fn strip_magic(b: BitString) -> BitString {
  case b {
    <<"GLEAM":utf8, version:int-size(8), rest:bits>> -> <<version, rest:bits>>
    _ -> <<>>
  }
}

/// Splits bytes into 3-bit groups recursively; the leftover is under 3 bits.
pub fn three_bit_groups(b: BitString) -> #(List(Int), Int) {
  groups(b, [])
}

fn groups(b: BitString, acc: List(Int)) -> #(List(Int), Int) {
  case b {
    <<g:size(3), rest:bits>> -> groups(rest, [g, ..acc])
    _ -> #(reverse(acc, []), bit_size(b))
  }
}

fn reverse(l: List(a), acc: List(a)) -> List(a) {
  case l {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

/// Big integers stored in a 128-bit segment and read back.
pub fn wide_ints() -> #(BitString, Int) {
  let big = 170_141_183_460_469_231_731_687_303_715_884_105_727
  let b = <<big:int-size(128)>>
  case b {
    <<x:int-size(128)>> -> #(b, x + 1)
    _ -> #(b, 0)
  }
}

/// Size taken from a variable bound earlier in the same pattern.
pub fn length_prefixed(b: BitString) -> List(BitString) {
  case b {
    <<n:int-size(8), s:bytes-size(n), rest:bytes>> -> [s, ..length_prefixed(rest)]
    _ -> []
  }
}

/// bitstring_to_list shows the trailing partial byte as a bitstring.
pub fn to_list() -> List(bc_io.Dynamic) {
  bitstring_to_list(<<1, 2, 3:size(5)>>)
}

/// Bit array equality and the empty bit array.
pub fn equality() -> List(Bool) {
  [<<1, 2>> == <<1, 2>>, <<1:size(16)>> == <<0, 1>>, <<>> == <<>>, <<1:size(9)>> == <<0, 1>>]
}

/// Prints bit arrays with ~p and ~w, including non-byte-aligned ones.
pub fn print_bits() -> Nil {
  bc_io.debug(<<1, 2, 3>>)
  bc_io.debug(<<"text":utf8>>)
  bc_io.debug(<<1:size(1), 0:size(2)>>)
  bc_io.debug(<<255, 7:size(3)>>)
  bc_io.format("~w~n", [bc_io.dyn(<<"abc":utf8, 1:size(2)>>)])
}
