//// A JSON parser and printer written in plain Gleam over bit strings:
//// escapes (including \u surrogate pairs), raw UTF-8, integers and floats,
//// nesting, pretty and compact output, and errors that carry the byte
//// offset where parsing stopped.

import bc_io.{dyn}

pub type Json {
  JNull
  JBool(Bool)
  JInt(Int)
  JFloat(Float)
  JString(String)
  JArray(List(Json))
  JObject(List(#(String, Json)))
}

pub type JsonError {
  JsonError(offset: Int, reason: String)
}

type Parsed(a) =
  Result(#(a, BitString, Int), JsonError)

@external(erlang, "erlang", "binary_to_integer")
fn parse_int(s: BitString) -> Int

@external(erlang, "erlang", "binary_to_float")
fn parse_float(s: BitString) -> Float

@external(erlang, "unicode", "characters_to_binary")
fn codepoint_to_utf8(cps: List(Int)) -> BitString

@external(erlang, "bc_ffi", "identity")
fn bits_to_string(b: BitString) -> String

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string_base(i: Int, base: Int) -> String

@external(erlang, "erlang", "float_to_binary")
fn float_to_string(f: Float, opts: List(FloatOpt)) -> String

type FloatOpt {
  Short
}

@external(erlang, "erlang", "iolist_to_binary")
fn concat(parts: List(String)) -> String

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "erlang", "crc32")
fn crc32(s: String) -> Int


// ---- parsing ----

pub fn parse(text: BitString) -> Result(Json, JsonError) {
  case value(skip_ws(text, 0).0, skip_ws(text, 0).1) {
    Error(e) -> Error(e)
    Ok(#(v, rest, pos)) -> {
      let #(rest, pos) = skip_ws(rest, pos)
      case rest {
        <<>> -> Ok(v)
        _ -> Error(JsonError(pos, "trailing characters"))
      }
    }
  }
}

fn skip_ws(input: BitString, pos: Int) -> #(BitString, Int) {
  case input {
    <<32, rest:bit_string>> | <<9, rest:bit_string>> | <<10, rest:bit_string>> | <<13, rest:bit_string>> ->
      skip_ws(rest, pos + 1)
    _ -> #(input, pos)
  }
}

fn value(input: BitString, pos: Int) -> Parsed(Json) {
  case input {
    <<"null":utf8, rest:bit_string>> -> Ok(#(JNull, rest, pos + 4))
    <<"true":utf8, rest:bit_string>> -> Ok(#(JBool(True), rest, pos + 4))
    <<"false":utf8, rest:bit_string>> -> Ok(#(JBool(False), rest, pos + 5))
    <<34, rest:bit_string>> ->
      case string_body(rest, pos + 1, <<>>) {
        Ok(#(s, rest, p)) -> Ok(#(JString(s), rest, p))
        Error(e) -> Error(e)
      }
    <<91, rest:bit_string>> -> array(rest, pos + 1)
    <<123, rest:bit_string>> -> object(rest, pos + 1)
    <<c, _:bit_string>> if c == 45 || c >= 48 && c <= 57 -> number(input, pos)
    <<>> -> Error(JsonError(pos, "unexpected end of input"))
    _ -> Error(JsonError(pos, "unexpected character"))
  }
}

fn string_body(input: BitString, pos: Int, acc: BitString) -> Parsed(String) {
  case input {
    <<34, rest:bit_string>> -> Ok(#(bits_to_string(acc), rest, pos + 1))
    <<92, rest:bit_string>> -> escape(rest, pos, acc)
    <<c, _:bit_string>> if c < 32 -> Error(JsonError(pos, "control character in string"))
    <<c, rest:bit_string>> -> string_body(rest, pos + 1, <<acc:bit_string, c>>)
    _ -> Error(JsonError(pos, "unterminated string"))
  }
}

fn escape(input: BitString, pos: Int, acc: BitString) -> Parsed(String) {
  let simple = fn(c: Int, rest: BitString) { string_body(rest, pos + 2, <<acc:bit_string, c>>) }
  case input {
    <<34, rest:bit_string>> -> simple(34, rest)
    <<92, rest:bit_string>> -> simple(92, rest)
    <<47, rest:bit_string>> -> simple(47, rest)
    <<98, rest:bit_string>> -> simple(8, rest)
    <<102, rest:bit_string>> -> simple(12, rest)
    <<110, rest:bit_string>> -> simple(10, rest)
    <<114, rest:bit_string>> -> simple(13, rest)
    <<116, rest:bit_string>> -> simple(9, rest)
    <<117, a, b, c, d, rest:bit_string>> ->
      case hex4([a, b, c, d], 0) {
        Error(Nil) -> Error(JsonError(pos, "bad \\u escape"))
        Ok(hi) if hi >= 0xD800 && hi <= 0xDBFF ->
          case rest {
            <<92, 117, e, f, g, h, rest2:bit_string>> ->
              case hex4([e, f, g, h], 0) {
                Ok(lo) if lo >= 0xDC00 && lo <= 0xDFFF -> {
                  let cp = 0x10000 + { hi - 0xD800 } * 0x400 + { lo - 0xDC00 }
                  string_body(rest2, pos + 12, <<acc:bit_string, codepoint_to_utf8([cp]):bit_string>>)
                }
                _ -> Error(JsonError(pos + 6, "bad low surrogate"))
              }
            _ -> Error(JsonError(pos, "lone high surrogate"))
          }
        Ok(cp) if cp >= 0xDC00 && cp <= 0xDFFF -> Error(JsonError(pos, "lone low surrogate"))
        Ok(cp) -> string_body(rest, pos + 6, <<acc:bit_string, codepoint_to_utf8([cp]):bit_string>>)
      }
    _ -> Error(JsonError(pos, "bad escape"))
  }
}

fn hex4(digits: List(Int), acc: Int) -> Result(Int, Nil) {
  case digits {
    [] -> Ok(acc)
    [d, ..rest] ->
      case hex_digit(d) {
        Ok(v) -> hex4(rest, acc * 16 + v)
        Error(Nil) -> Error(Nil)
      }
  }
}

fn hex_digit(d: Int) -> Result(Int, Nil) {
  case d {
    _ if d >= 48 && d <= 57 -> Ok(d - 48)
    _ if d >= 97 && d <= 102 -> Ok(d - 87)
    _ if d >= 65 && d <= 70 -> Ok(d - 55)
    _ -> Error(Nil)
  }
}

/// Number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
fn number(input: BitString, pos: Int) -> Parsed(Json) {
  let #(sign, rest, p) = case input {
    <<45, rest:bit_string>> -> #(<<45>>, rest, pos + 1)
    _ -> #(<<>>, input, pos)
  }
  case rest {
    <<48, d, _:bit_string>> if d >= 48 && d <= 57 -> Error(JsonError(p, "leading zero"))
    <<48, rest:bit_string>> -> fraction(rest, p + 1, <<sign:bit_string, 48>>)
    <<d, _:bit_string>> if d >= 49 && d <= 57 -> {
      let #(digits, rest, p2) = take_digits(rest, p, <<>>)
      fraction(rest, p2, <<sign:bit_string, digits:bit_string>>)
    }
    _ -> Error(JsonError(p, "digit expected"))
  }
}

fn take_digits(input: BitString, pos: Int, acc: BitString) -> #(BitString, BitString, Int) {
  case input {
    <<d, rest:bit_string>> if d >= 48 && d <= 57 -> take_digits(rest, pos + 1, <<acc:bit_string, d>>)
    _ -> #(acc, input, pos)
  }
}

fn fraction(input: BitString, pos: Int, int_part: BitString) -> Parsed(Json) {
  case input {
    <<46, rest:bit_string>> ->
      case take_digits(rest, pos + 1, <<>>) {
        #(<<>>, _, p) -> Error(JsonError(p, "digit expected after point"))
        #(frac, rest, p) -> exponent(rest, p, <<int_part:bit_string, 46, frac:bit_string>>, True)
      }
    _ -> exponent(input, pos, int_part, False)
  }
}

fn exponent(input: BitString, pos: Int, mantissa: BitString, has_fraction: Bool) -> Parsed(Json) {
  let exp_start = case input {
    <<101, rest:bit_string>> | <<69, rest:bit_string>> -> Ok(#(rest, pos + 1))
    _ -> Error(Nil)
  }
  case exp_start {
    Error(Nil) ->
      case has_fraction {
        True -> Ok(#(JFloat(parse_float(mantissa)), input, pos))
        False -> Ok(#(JInt(parse_int(mantissa)), input, pos))
      }
    Ok(#(rest, p)) -> {
      let #(esign, rest, p) = case rest {
        <<45, r:bit_string>> -> #(<<45>>, r, p + 1)
        <<43, r:bit_string>> -> #(<<>>, r, p + 1)
        _ -> #(<<>>, rest, p)
      }
      case take_digits(rest, p, <<>>) {
        #(<<>>, _, p2) -> Error(JsonError(p2, "digit expected in exponent"))
        #(digits, rest, p2) -> {
          // Erlang floats need a fraction: 1e5 is read as 1.0e5.
          let mantissa = case has_fraction {
            True -> mantissa
            False -> <<mantissa:bit_string, ".0":utf8>>
          }
          let text = <<mantissa:bit_string, 101, esign:bit_string, digits:bit_string>>
          Ok(#(JFloat(parse_float(text)), rest, p2))
        }
      }
    }
  }
}

fn array(input: BitString, pos: Int) -> Parsed(Json) {
  let #(input, pos) = skip_ws(input, pos)
  case input {
    <<93, rest:bit_string>> -> Ok(#(JArray([]), rest, pos + 1))
    _ -> elements(input, pos, [])
  }
}

fn elements(input: BitString, pos: Int, acc: List(Json)) -> Parsed(Json) {
  let #(input, pos) = skip_ws(input, pos)
  case value(input, pos) {
    Error(e) -> Error(e)
    Ok(#(v, rest, p)) -> {
      let #(rest, p) = skip_ws(rest, p)
      case rest {
        <<44, rest:bit_string>> -> elements(rest, p + 1, [v, ..acc])
        <<93, rest:bit_string>> -> Ok(#(JArray(reverse([v, ..acc], [])), rest, p + 1))
        <<>> -> Error(JsonError(p, "unexpected end of input"))
        _ -> Error(JsonError(p, "expected , or ]"))
      }
    }
  }
}

fn object(input: BitString, pos: Int) -> Parsed(Json) {
  let #(input, pos) = skip_ws(input, pos)
  case input {
    <<125, rest:bit_string>> -> Ok(#(JObject([]), rest, pos + 1))
    _ -> members(input, pos, [])
  }
}

fn members(input: BitString, pos: Int, acc: List(#(String, Json))) -> Parsed(Json) {
  let #(input, pos) = skip_ws(input, pos)
  case input {
    <<34, rest:bit_string>> ->
      case string_body(rest, pos + 1, <<>>) {
        Error(e) -> Error(e)
        Ok(#(key, rest, p)) -> {
          let #(rest, p) = skip_ws(rest, p)
          case rest {
            <<58, rest:bit_string>> -> {
              let #(rest, p) = skip_ws(rest, p + 1)
              case value(rest, p) {
                Error(e) -> Error(e)
                Ok(#(v, rest, p)) -> {
                  let #(rest, p) = skip_ws(rest, p)
                  case rest {
                    <<44, rest:bit_string>> -> members(rest, p + 1, [#(key, v), ..acc])
                    <<125, rest:bit_string>> -> Ok(#(JObject(reverse([#(key, v), ..acc], [])), rest, p + 1))
                    <<>> -> Error(JsonError(p, "unexpected end of input"))
                    _ -> Error(JsonError(p, "expected , or }"))
                  }
                }
              }
            }
            _ -> Error(JsonError(p, "expected :"))
          }
        }
      }
    <<>> -> Error(JsonError(pos, "unexpected end of input"))
    _ -> Error(JsonError(pos, "expected string key"))
  }
}

fn reverse(xs: List(a), acc: List(a)) -> List(a) {
  case xs {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

// ---- printing ----

pub fn to_compact(j: Json) -> String {
  case j {
    JNull -> "null"
    JBool(True) -> "true"
    JBool(False) -> "false"
    JInt(i) -> int_to_string(i)
    JFloat(f) -> float_to_string(f, [Short])
    JString(s) -> quote(s)
    JArray(items) -> concat(["[", join(map(items, to_compact), ","), "]"])
    JObject(members) ->
      concat(["{", join(map(members, fn(m: #(String, Json)) { quote(m.0) <> ":" <> to_compact(m.1) }), ","), "}"])
  }
}

pub fn to_pretty(j: Json) -> String {
  pretty(j, "")
}

fn pretty(j: Json, indent: String) -> String {
  let inner = indent <> "  "
  case j {
    JArray([]) -> "[]"
    JObject([]) -> "{}"
    JArray(items) ->
      concat(["[\n", join(map(items, fn(v) { inner <> pretty(v, inner) }), ",\n"), "\n", indent, "]"])
    JObject(members) ->
      concat([
        "{\n",
        join(map(members, fn(m: #(String, Json)) { inner <> quote(m.0) <> ": " <> pretty(m.1, inner) }), ",\n"),
        "\n",
        indent,
        "}",
      ])
    _ -> to_compact(j)
  }
}

fn quote(s: String) -> String {
  concat(["\"", escape_bits(<<s:utf8>>, ""), "\""])
}

fn escape_bits(b: BitString, acc: String) -> String {
  case b {
    <<>> -> acc
    <<34, rest:bit_string>> -> escape_bits(rest, acc <> "\\\"")
    <<92, rest:bit_string>> -> escape_bits(rest, acc <> "\\\\")
    <<10, rest:bit_string>> -> escape_bits(rest, acc <> "\\n")
    <<13, rest:bit_string>> -> escape_bits(rest, acc <> "\\r")
    <<9, rest:bit_string>> -> escape_bits(rest, acc <> "\\t")
    <<8, rest:bit_string>> -> escape_bits(rest, acc <> "\\b")
    <<12, rest:bit_string>> -> escape_bits(rest, acc <> "\\f")
    <<c, rest:bit_string>> if c < 32 ->
      escape_bits(rest, acc <> "\\u00" <> hex2(c))
    <<c, rest:bit_string>> -> escape_bits(rest, acc <> bits_to_string(<<c>>))
    _ -> acc
  }
}

/// Two lowercase hex digits.
fn hex2(c: Int) -> String {
  case c < 16 {
    True -> "0" <> lower(int_to_string_base(c, 16))
    False -> lower(int_to_string_base(c, 16))
  }
}

@external(erlang, "string", "lowercase")
fn lower(s: String) -> String

fn join(parts: List(String), sep: String) -> String {
  case parts {
    [] -> ""
    [p] -> p
    [p, ..rest] -> p <> sep <> join(rest, sep)
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

// ---- queries ----

pub type Step {
  Key(String)
  Index(Int)
}

pub fn lookup(j: Json, path: List(Step)) -> Result(Json, Nil) {
  case path, j {
    [], _ -> Ok(j)
    [Key(k), ..rest], JObject(members) ->
      case find_key(members, k) {
        Ok(v) -> lookup(v, rest)
        Error(Nil) -> Error(Nil)
      }
    [Index(i), ..rest], JArray(items) ->
      case nth(items, i) {
        Ok(v) -> lookup(v, rest)
        Error(Nil) -> Error(Nil)
      }
    _, _ -> Error(Nil)
  }
}

fn find_key(members: List(#(String, Json)), k: String) -> Result(Json, Nil) {
  case members {
    [] -> Error(Nil)
    [#(key, v), ..rest] ->
      case key == k {
        True -> Ok(v)
        False -> find_key(rest, k)
      }
  }
}

fn nth(items: List(a), i: Int) -> Result(a, Nil) {
  case items, i {
    [], _ -> Error(Nil)
    [x, ..], 0 -> Ok(x)
    [_, ..rest], _ -> nth(rest, i - 1)
  }
}

pub type Stats {
  Stats(nulls: Int, bools: Int, ints: Int, floats: Int, strings: Int, arrays: Int, objects: Int, depth: Int)
}

fn stats(j: Json, s: Stats, depth: Int) -> Stats {
  let s = Stats(..s, depth: max(s.depth, depth))
  case j {
    JNull -> Stats(..s, nulls: s.nulls + 1)
    JBool(_) -> Stats(..s, bools: s.bools + 1)
    JInt(_) -> Stats(..s, ints: s.ints + 1)
    JFloat(_) -> Stats(..s, floats: s.floats + 1)
    JString(_) -> Stats(..s, strings: s.strings + 1)
    JArray(items) -> fold(items, Stats(..s, arrays: s.arrays + 1), fn(acc, v) { stats(v, acc, depth + 1) })
    JObject(members) ->
      fold(members, Stats(..s, objects: s.objects + 1), fn(acc, m: #(String, Json)) { stats(m.1, acc, depth + 1) })
  }
}

fn max(a: Int, b: Int) -> Int {
  case a > b {
    True -> a
    False -> b
  }
}

fn fold(xs: List(a), acc: b, f: fn(b, a) -> b) -> b {
  case xs {
    [] -> acc
    [x, ..rest] -> fold(rest, f(acc, x), f)
  }
}

// ---- cases ----

const sample = "{\"name\": \"beamconf\", \"version\": [1, 2, 3], \"stable\": false,
  \"ratio\": 0.75, \"big\": 12345678901234567890, \"tags\": [\"vm\", \"erlang\", \"gleam\"],
  \"owner\": {\"name\": \"A. N. Other\", \"email\": null, \"langs\": {\"erl\": 1.0e3, \"gleam\": -2.5E-3}},
  \"empty\": {}, \"nothing\": []}"

pub fn parse_scalars() -> List(Result(Json, JsonError)) {
  map(["null", "true", "false", "0", "-0", "42", "-17", "  7  ", "\"\""], fn(t) { parse(<<t:utf8>>) })
}

pub fn parse_numbers() -> List(Result(Json, JsonError)) {
  map(["3.25", "-0.5", "1e3", "1E-2", "2.5e+2", "123456789012345678901234567890", "0.1", "-0.0", "1.7976931348623157e308", "5e-324"], fn(t) {
    parse(<<t:utf8>>)
  })
}

pub fn parse_escapes() -> Result(Json, JsonError) {
  parse(<<"\"quote \\\" backslash \\\\ slash \\/ nl \\n tab \\t cr \\r bs \\b ff \\f\"":utf8>>)
}

pub fn parse_unicode() -> List(Result(Json, JsonError)) {
  map(["\"\\u00e9\\u00E9\"", "\"\\u03bb\\u2192\"", "\"\\ud83d\\ude00\"", "\"café\""], fn(t) { parse(<<t:utf8>>) })
}

pub fn pretty_sample() -> Nil {
  let assert Ok(doc) = parse(<<sample:utf8>>)
  bc_io.println(to_pretty(doc))
}

pub fn compact_sample() -> String {
  let assert Ok(doc) = parse(<<sample:utf8>>)
  to_compact(doc)
}

pub fn round_trip() -> Bool {
  let assert Ok(doc) = parse(<<sample:utf8>>)
  let assert Ok(again) = parse(<<to_compact(doc):utf8>>)
  let assert Ok(again2) = parse(<<to_pretty(doc):utf8>>)
  doc == again && doc == again2
}

pub fn print_escapes() -> String {
  to_compact(JArray([JString("a\"b\\c\nd\te"), JString(bits_to_string(<<1, 31, 127>>)), JString("λ→😀")]))
}

pub fn errors() -> Nil {
  let bad = [
    "", "   ", "nul", "[1, 2", "[1 2]", "{\"a\" 1}", "{\"a\": 1,}", "{1: 2}", "[1,]", "\"abc", "\"bad \\x escape\"",
    "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "01", "-", "1.", "1e", "1.5e+", "[1] x", "\"tab\there\"",
    "{\"k\": tru}",
  ]
  each(bad, fn(t) {
    case parse(<<t:utf8>>) {
      Ok(v) -> bc_io.format("~p -> unexpectedly ok ~p~n", [dyn(t), dyn(v)])
      Error(JsonError(offset, reason)) -> bc_io.format("~p -> error at ~w: ~s~n", [dyn(t), dyn(offset), dyn(reason)])
    }
  })
}

fn each(xs: List(a), f: fn(a) -> Nil) -> Nil {
  case xs {
    [] -> Nil
    [x, ..rest] -> {
      f(x)
      each(rest, f)
    }
  }
}

pub fn error_position_deep() -> Result(Json, JsonError) {
  parse(<<"{\"a\": [1, 2, {\"b\": [true, false, nulx]}]}":utf8>>)
}

fn nested(n: Int) -> String {
  case n {
    0 -> "0"
    _ -> "[" <> nested(n - 1) <> "]"
  }
}

pub fn deep_nesting() -> #(Int, Int, Bool) {
  let text = nested(500)
  let assert Ok(doc) = parse(<<text:utf8>>)
  let s = stats(doc, Stats(0, 0, 0, 0, 0, 0, 0, 0), 0)
  #(s.depth, s.arrays, to_compact(doc) == text)
}

pub fn queries() -> List(Result(Json, Nil)) {
  let assert Ok(doc) = parse(<<sample:utf8>>)
  [
    lookup(doc, [Key("name")]),
    lookup(doc, [Key("version"), Index(2)]),
    lookup(doc, [Key("owner"), Key("langs"), Key("gleam")]),
    lookup(doc, [Key("tags"), Index(5)]),
    lookup(doc, [Key("nope")]),
    lookup(doc, [Key("name"), Index(0)]),
  ]
}

pub fn sample_stats() -> Stats {
  let assert Ok(doc) = parse(<<sample:utf8>>)
  stats(doc, Stats(0, 0, 0, 0, 0, 0, 0, 0), 0)
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

pub fn big_document() -> #(Int, Int, Bool) {
  let doc =
    JObject(map(range(1, 200), fn(i) {
      #("item" <> int_to_string(i), JObject([
        #("id", JInt(i)),
        #("square", JInt(i * i)),
        #("inverse", JFloat(1.0 /. int_to_float(i))),
        #("even", JBool(i % 2 == 0)),
        #("label", JString("entry \"" <> int_to_string(i) <> "\"")),
      ]))
    }))
  let text = to_compact(doc)
  let assert Ok(back) = parse(<<text:utf8>>)
  #(byte_size(text), crc32(text), back == doc)
}

@external(erlang, "erlang", "float")
fn int_to_float(i: Int) -> Float

pub fn whitespace_everywhere() -> Result(Json, JsonError) {
  parse(<<" \n\t{ \"a\" \r\n : [ 1 , { } , [ ] ] , \"b\":\"c\" } \n ":utf8>>)
}
