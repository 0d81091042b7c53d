//// Pattern matching with case: nested patterns, string prefixes, list
//// shapes, alternatives, `as` bindings, multiple subjects and guards.

import bc_io

pub type Token {
  Num(Int)
  Op(String)
  Paren(open: Bool)
}

/// String prefix patterns with "prefix" <> rest.
pub fn route(path: String) -> String {
  case path {
    "/" -> "home"
    "/users/" <> id -> "user " <> id
    "/api/v1/" <> rest -> "api v1: " <> rest
    "/api/" <> _ -> "api (old version)"
    _ -> "not found"
  }
}

/// List shape patterns.
pub fn list_shape(l: List(Int)) -> String {
  case l {
    [] -> "empty"
    [x] if x < 0 -> "one negative"
    [_] -> "one"
    [a, b] if a == b -> "pair of equals"
    [_, _] -> "two"
    [0, ..] -> "starts with zero"
    [_, _, _, ..rest] -> "three or more, tail " <> int_to_string(length(rest))
  }
}

/// Alternative patterns with |, mixed with guards.
pub fn classify(n: Int) -> String {
  case n {
    0 -> "zero"
    1 | 3 | 5 | 7 | 9 -> "odd digit"
    2 | 4 | 6 | 8 -> "even digit"
    n if n < 0 -> "negative"
    n if n >= 10 && n < 100 -> "two digits"
    _ -> "large"
  }
}

/// Nested custom-type and tuple patterns with `as` bindings.
pub fn describe(t: #(Token, Token)) -> String {
  case t {
    #(Num(a) as first, Num(b)) if a > b -> "descending from " <> token_text(first)
    #(Num(_), Num(_)) -> "numbers"
    #(Op("+"), _) | #(Op("-"), _) -> "additive op first"
    #(Paren(open: True), Paren(open: False)) -> "empty parens"
    #(Paren(..), _) -> "paren first"
    #(_, Op(o)) -> "op second: " <> o
    _ -> "other"
  }
}

fn token_text(t: Token) -> String {
  case t {
    Num(n) -> int_to_string(n)
    Op(s) -> s
    Paren(True) -> "("
    Paren(False) -> ")"
  }
}

/// case on multiple subjects at once (FizzBuzz), printed for 1..20.
pub fn fizzbuzz() -> Nil {
  fizz_loop(1, 20)
}

fn fizz_loop(i: Int, n: Int) -> Nil {
  case i > n {
    True -> Nil
    False -> {
      let text = case i % 3, i % 5 {
        0, 0 -> "FizzBuzz"
        0, _ -> "Fizz"
        _, 0 -> "Buzz"
        _, _ -> int_to_string(i)
      }
      bc_io.println(text)
      fizz_loop(i + 1, n)
    }
  }
}

/// Guards with float comparisons, boolean operators and tuple fields.
pub fn guard_mix(p: #(Float, Float)) -> String {
  case p {
    #(x, y) if x >. 0.0 && y >. 0.0 -> "quadrant 1"
    #(x, y) if x <. 0.0 && y >. 0.0 -> "quadrant 2"
    #(x, y) if x == 0.0 || y == 0.0 -> "on an axis"
    #(x, _) if x <. 0.0 -> "quadrant 3"
    _ -> "quadrant 4"
  }
}

/// Guards may read constants and tuple indexes.
const limit = 10

pub fn guard_const(t: #(Int, String)) -> String {
  case t {
    #(n, label) if n > limit -> label <> " over limit"
    #(n, _) if n == limit -> "at limit"
    _ -> "under limit"
  }
}

/// Bool patterns and nested case expressions as values.
pub fn truth_table() -> List(String) {
  let bools = [#(True, True), #(True, False), #(False, True), #(False, False)]
  map(bools, fn(pair) {
    case pair {
      #(True, True) -> "both"
      #(True, False) | #(False, True) -> "one"
      #(False, False) -> "none"
    }
  })
}

/// String patterns on exact literals including unicode.
pub fn greet(lang: String) -> String {
  case lang {
    "en" -> "hello"
    "fr" -> "bonjour"
    "ja" -> "こんにちは"
    "é" <> _ -> "starts with é"
    _ -> "?"
  }
}

/// let with a tuple pattern and discard names.
pub fn let_patterns() -> Int {
  let #(a, _, #(c, _ignored)) = #(1, 2, #(3, 4))
  let [first, ..] = [10, 20, 30]
  a + c + first
}

fn map(items: List(a), f: fn(a) -> b) -> List(b) {
  case items {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn length(items: List(a)) -> Int {
  case items {
    [] -> 0
    [_, ..rest] -> 1 + length(rest)
  }
}

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String
