//// A small expression language: tokenizer, recursive-descent parser and
//// an evaluator with lexical environments, closures, let rec, booleans
//// and errors (lexical, syntax and runtime) reported as values.
////
////   expr    := let [rec] NAME = expr in expr | fn NAME -> expr
////            | if expr then expr else expr | compare
////   compare := sum [(< | == ) sum]
////   sum     := term {(+ | -) term}
////   term    := apply {(* | / | %) apply}
////   apply   := atom {atom}
////   atom    := INT | NAME | true | false | ( expr ) | - atom

import bc_io.{dyn}

pub type Token {
  TInt(Int)
  TName(String)
  TSym(String)
  TKw(String)
}

pub type Expr {
  Num(Int)
  Bool(Bool)
  Var(String)
  Neg(Expr)
  Bin(String, Expr, Expr)
  If(Expr, Expr, Expr)
  Let(String, Expr, Expr)
  LetRec(String, Expr, Expr)
  Lambda(String, Expr)
  Apply(Expr, Expr)
}

pub type Value {
  VInt(Int)
  VBool(Bool)
  Closure(param: String, body: Expr, env: Env)
  RecClosure(name: String, param: String, body: Expr, env: Env)
  Builtin(name: String)
}

pub type Env =
  List(#(String, Value))

@external(erlang, "erlang", "binary_to_integer")
fn parse_int(s: String) -> Int

@external(erlang, "bc_ffi", "identity")
fn to_string(b: BitString) -> String

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

// ---- tokenizer ----

pub fn tokenize(src: String) -> Result(List(#(Token, Int)), String) {
  lex(<<src:utf8>>, 0, [])
}

fn lex(b: BitString, pos: Int, acc: List(#(Token, Int))) -> Result(List(#(Token, Int)), String) {
  case b {
    <<>> -> Ok(reverse(acc, []))
    <<c, rest:bit_string>> if c == 32 || c == 10 || c == 9 -> lex(rest, pos + 1, acc)
    <<"->":utf8, rest:bit_string>> -> lex(rest, pos + 2, [#(TSym("->"), pos), ..acc])
    <<"==":utf8, rest:bit_string>> -> lex(rest, pos + 2, [#(TSym("=="), pos), ..acc])
    <<c, rest:bit_string>> if c == 43 || c == 45 || c == 42 || c == 47 || c == 37 || c == 40 || c == 41 || c == 60 || c == 61 ->
      lex(rest, pos + 1, [#(TSym(to_string(<<c>>)), pos), ..acc])
    <<c, _:bit_string>> if c >= 48 && c <= 57 -> {
      let #(digits, rest, n) = span(b, digit, <<>>, 0)
      lex(rest, pos + n, [#(TInt(parse_int(to_string(digits))), pos), ..acc])
    }
    <<c, _:bit_string>> if c >= 97 && c <= 122 || c == 95 -> {
      let #(word, rest, n) = span(b, name_char, <<>>, 0)
      let w = to_string(word)
      let tok = case w {
        "let" | "rec" | "in" | "fn" | "if" | "then" | "else" | "true" | "false" -> TKw(w)
        _ -> TName(w)
      }
      lex(rest, pos + n, [#(tok, pos), ..acc])
    }
    _ -> Error("unexpected character at " <> int_to_string(pos))
  }
}

fn digit(c: Int) -> Bool {
  c >= 48 && c <= 57
}

fn name_char(c: Int) -> Bool {
  c >= 97 && c <= 122 || c >= 48 && c <= 57 || c == 95
}

fn span(b: BitString, ok: fn(Int) -> Bool, acc: BitString, n: Int) -> #(BitString, BitString, Int) {
  case b {
    <<c, rest:bit_string>> ->
      case ok(c) {
        True -> span(rest, ok, <<acc:bit_string, c>>, n + 1)
        False -> #(acc, b, n)
      }
    _ -> #(acc, b, n)
  }
}

fn reverse(xs: List(a), acc: List(a)) -> List(a) {
  case xs {
    [] -> acc
    [x, ..rest] -> reverse(rest, [x, ..acc])
  }
}

// ---- parser ----

type Tokens =
  List(#(Token, Int))

type P =
  Result(#(Expr, Tokens), String)

pub fn parse(src: String) -> Result(Expr, String) {
  case tokenize(src) {
    Error(e) -> Error(e)
    Ok(tokens) ->
      case expr(tokens) {
        Error(e) -> Error(e)
        Ok(#(e, [])) -> Ok(e)
        Ok(#(_, [#(_, pos), ..])) -> Error("unexpected token at " <> int_to_string(pos))
      }
  }
}

fn expect(tokens: Tokens, t: Token) -> Result(Tokens, String) {
  case tokens {
    [#(got, _), ..rest] if got == t -> Ok(rest)
    [#(_, pos), ..] -> Error("expected " <> describe(t) <> " at " <> int_to_string(pos))
    [] -> Error("expected " <> describe(t) <> " at end of input")
  }
}

fn describe(t: Token) -> String {
  case t {
    TInt(_) -> "a number"
    TName(_) -> "a name"
    TSym(s) -> s
    TKw(k) -> k
  }
}

fn expr(tokens: Tokens) -> P {
  case tokens {
    [#(TKw("let"), _), #(TKw("rec"), _), #(TName(n), _), ..rest] -> let_expr(n, rest, True)
    [#(TKw("let"), _), #(TName(n), _), ..rest] -> let_expr(n, rest, False)
    [#(TKw("fn"), _), #(TName(n), _), ..rest] ->
      case expect(rest, TSym("->")) {
        Error(e) -> Error(e)
        Ok(rest) ->
          case expr(rest) {
            Ok(#(body, rest)) -> Ok(#(Lambda(n, body), rest))
            Error(e) -> Error(e)
          }
      }
    [#(TKw("if"), _), ..rest] ->
      then(expr(rest), fn(c, rest) {
        then_expect(rest, TKw("then"), fn(rest) {
          then(expr(rest), fn(a, rest) {
            then_expect(rest, TKw("else"), fn(rest) { then(expr(rest), fn(b, rest) { Ok(#(If(c, a, b), rest)) }) })
          })
        })
      })
    _ -> compare(tokens)
  }
}

fn then(p: P, k: fn(Expr, Tokens) -> P) -> P {
  case p {
    Ok(#(e, rest)) -> k(e, rest)
    Error(e) -> Error(e)
  }
}

fn then_expect(tokens: Tokens, t: Token, k: fn(Tokens) -> P) -> P {
  case expect(tokens, t) {
    Ok(rest) -> k(rest)
    Error(e) -> Error(e)
  }
}

fn let_expr(name: String, rest: Tokens, recursive: Bool) -> P {
  then_expect(rest, TSym("="), fn(rest) {
    then(expr(rest), fn(bound, rest) {
      then_expect(rest, TKw("in"), fn(rest) {
        then(expr(rest), fn(body, rest) {
          case recursive {
            True -> Ok(#(LetRec(name, bound, body), rest))
            False -> Ok(#(Let(name, bound, body), rest))
          }
        })
      })
    })
  })
}

fn compare(tokens: Tokens) -> P {
  then(sum(tokens), fn(left, rest) {
    case rest {
      [#(TSym("<"), _), ..rest] -> then(sum(rest), fn(right, rest) { Ok(#(Bin("<", left, right), rest)) })
      [#(TSym("=="), _), ..rest] -> then(sum(rest), fn(right, rest) { Ok(#(Bin("==", left, right), rest)) })
      _ -> Ok(#(left, rest))
    }
  })
}

fn sum(tokens: Tokens) -> P {
  then(term(tokens), sum_tail)
}

fn sum_tail(left: Expr, tokens: Tokens) -> P {
  case tokens {
    [#(TSym(op), _), ..rest] if op == "+" || op == "-" ->
      then(term(rest), fn(right, rest) { sum_tail(Bin(op, left, right), rest) })
    _ -> Ok(#(left, tokens))
  }
}

fn term(tokens: Tokens) -> P {
  then(application(tokens), term_tail)
}

fn term_tail(left: Expr, tokens: Tokens) -> P {
  case tokens {
    [#(TSym(op), _), ..rest] if op == "*" || op == "/" || op == "%" ->
      then(application(rest), fn(right, rest) { term_tail(Bin(op, left, right), rest) })
    _ -> Ok(#(left, tokens))
  }
}

fn application(tokens: Tokens) -> P {
  then(atom(tokens), app_tail)
}

fn app_tail(f: Expr, tokens: Tokens) -> P {
  case starts_atom(tokens) {
    True -> then(atom(tokens), fn(arg, rest) { app_tail(Apply(f, arg), rest) })
    False -> Ok(#(f, tokens))
  }
}

fn starts_atom(tokens: Tokens) -> Bool {
  case tokens {
    [#(TInt(_), _), ..] | [#(TName(_), _), ..] | [#(TSym("("), _), ..] -> True
    [#(TKw("true"), _), ..] | [#(TKw("false"), _), ..] -> True
    _ -> False
  }
}

fn atom(tokens: Tokens) -> P {
  case tokens {
    [#(TInt(n), _), ..rest] -> Ok(#(Num(n), rest))
    [#(TName(n), _), ..rest] -> Ok(#(Var(n), rest))
    [#(TKw("true"), _), ..rest] -> Ok(#(Bool(True), rest))
    [#(TKw("false"), _), ..rest] -> Ok(#(Bool(False), rest))
    [#(TSym("-"), _), ..rest] -> then(atom(rest), fn(e, rest) { Ok(#(Neg(e), rest)) })
    [#(TSym("("), _), ..rest] -> then(expr(rest), fn(e, rest) { then_expect(rest, TSym(")"), fn(rest) { Ok(#(e, rest)) }) })
    [#(t, pos), ..] -> Error("unexpected " <> describe(t) <> " at " <> int_to_string(pos))
    [] -> Error("unexpected end of input")
  }
}

// ---- evaluator ----

pub fn eval(e: Expr, env: Env) -> Result(Value, String) {
  case e {
    Num(n) -> Ok(VInt(n))
    Bool(b) -> Ok(VBool(b))
    Var(name) -> lookup(env, name)
    Neg(x) ->
      case eval(x, env) {
        Ok(VInt(n)) -> Ok(VInt(0 - n))
        Ok(_) -> Error("negation of a non-number")
        Error(err) -> Error(err)
      }
    Bin(op, a, b) ->
      case eval(a, env) {
        Error(err) -> Error(err)
        Ok(va) ->
          case eval(b, env) {
            Error(err) -> Error(err)
            Ok(vb) -> binary(op, va, vb)
          }
      }
    If(c, a, b) ->
      case eval(c, env) {
        Ok(VBool(True)) -> eval(a, env)
        Ok(VBool(False)) -> eval(b, env)
        Ok(_) -> Error("if condition is not a boolean")
        Error(err) -> Error(err)
      }
    Let(name, bound, body) ->
      case eval(bound, env) {
        Ok(v) -> eval(body, [#(name, v), ..env])
        Error(err) -> Error(err)
      }
    LetRec(name, Lambda(param, fbody), body) ->
      eval(body, [#(name, RecClosure(name, param, fbody, env)), ..env])
    LetRec(_, _, _) -> Error("let rec needs a function")
    Lambda(param, body) -> Ok(Closure(param, body, env))
    Apply(f, arg) ->
      case eval(f, env) {
        Error(err) -> Error(err)
        Ok(fv) ->
          case eval(arg, env) {
            Error(err) -> Error(err)
            Ok(av) -> call(fv, av)
          }
      }
  }
}

fn call(f: Value, arg: Value) -> Result(Value, String) {
  case f {
    Closure(param, body, cenv) -> eval(body, [#(param, arg), ..cenv])
    RecClosure(name, param, body, cenv) -> eval(body, [#(param, arg), #(name, f), ..cenv])
    Builtin("abs") ->
      case arg {
        VInt(n) if n < 0 -> Ok(VInt(0 - n))
        VInt(n) -> Ok(VInt(n))
        _ -> Error("abs of a non-number")
      }
    Builtin("not") ->
      case arg {
        VBool(b) -> Ok(VBool(!b))
        _ -> Error("not of a non-boolean")
      }
    Builtin(name) -> Error("unknown builtin " <> name)
    _ -> Error("application of a non-function")
  }
}

fn binary(op: String, a: Value, b: Value) -> Result(Value, String) {
  case op, a, b {
    "+", VInt(x), VInt(y) -> Ok(VInt(x + y))
    "-", VInt(x), VInt(y) -> Ok(VInt(x - y))
    "*", VInt(x), VInt(y) -> Ok(VInt(x * y))
    "/", VInt(_), VInt(0) -> Error("division by zero")
    "%", VInt(_), VInt(0) -> Error("division by zero")
    "/", VInt(x), VInt(y) -> Ok(VInt(x / y))
    "%", VInt(x), VInt(y) -> Ok(VInt(x % y))
    "<", VInt(x), VInt(y) -> Ok(VBool(x < y))
    "==", VInt(x), VInt(y) -> Ok(VBool(x == y))
    "==", VBool(x), VBool(y) -> Ok(VBool(x == y))
    _, _, _ -> Error("type error in " <> op)
  }
}

fn lookup(env: Env, name: String) -> Result(Value, String) {
  case env {
    [] -> Error("unbound variable " <> name)
    [#(n, v), ..rest] ->
      case n == name {
        True -> Ok(v)
        False -> lookup(rest, name)
      }
  }
}

fn prelude() -> Env {
  [#("abs", Builtin("abs")), #("not", Builtin("not"))]
}

pub fn run(src: String) -> Result(Value, String) {
  case parse(src) {
    Ok(e) -> eval(e, prelude())
    Error(err) -> Error("syntax: " <> err)
  }
}

pub fn show(v: Value) -> String {
  case v {
    VInt(n) -> int_to_string(n)
    VBool(True) -> "true"
    VBool(False) -> "false"
    Closure(p, _, _) -> "<fn " <> p <> ">"
    RecClosure(n, _, _, _) -> "<rec " <> n <> ">"
    Builtin(n) -> "<builtin " <> n <> ">"
  }
}

fn transcript(lines: List(String)) -> Nil {
  case lines {
    [] -> Nil
    [src, ..rest] -> {
      case run(src) {
        Ok(v) -> bc_io.format("> ~s~n~s~n", [dyn(src), dyn(show(v))])
        Error(err) -> bc_io.format("> ~s~nerror: ~s~n", [dyn(src), dyn(err)])
      }
      transcript(rest)
    }
  }
}

// ---- cases ----

pub fn tokens() -> Result(List(#(Token, Int)), String) {
  tokenize("let rec f = fn n -> if n < 2 then 1 else n * f (n - 1) in f 10 == 3628800")
}

pub fn tokenize_error() -> Result(List(#(Token, Int)), String) {
  tokenize("1 + $x")
}

pub fn parse_tree() -> Result(Expr, String) {
  parse("1 + 2 * 3 - f x y % 4")
}

pub fn parse_let_fn() -> Result(Expr, String) {
  parse("let add = fn a -> fn b -> a + b in add 1 (add 2 3)")
}

pub fn arithmetic() -> Nil {
  transcript(["1 + 2 * 3", "(1 + 2) * 3", "10 - 4 - 3", "100 / 7 % 4", "-5 + -(2 * 3)", "2 * 3 == 6", "7 / 2", "-7 / 2", "-7 % 3", "123456789 * 987654321 * 1000003"])
}

pub fn scoping() -> Nil {
  transcript([
    "let x = 1 in let x = x + 10 in x",
    "let x = 1 in let f = fn y -> x + y in let x = 100 in f 1",
    "let a = 2 in let b = a * a in let c = b * b in c * c",
    "(fn x -> fn y -> x - y) 10 3",
  ])
}

pub fn closures() -> Nil {
  transcript([
    "let compose = fn f -> fn g -> fn x -> f (g x) in let inc = fn x -> x + 1 in let dbl = fn x -> x * 2 in compose inc dbl 5",
    "let twice = fn f -> fn x -> f (f x) in twice (twice (fn x -> x * 3)) 1",
    "let k = fn x -> fn y -> x in k 7 8",
    "fn x -> x",
  ])
}

pub fn recursion() -> Nil {
  transcript([
    "let rec fact = fn n -> if n < 2 then 1 else n * fact (n - 1) in fact 20",
    "let rec fact = fn n -> if n < 2 then 1 else n * fact (n - 1) in fact 30",
    "let rec fib = fn n -> if n < 2 then n else fib (n - 1) + fib (n - 2) in fib 20",
    "let rec gcd = fn a -> fn b -> if b == 0 then a else gcd b (a % b) in gcd 1071 462",
    "let rec sum = fn n -> if n == 0 then 0 else n + sum (n - 1) in sum 1000",
    "let rec even = fn n -> if n == 0 then true else not (even (n - 1)) in even 51",
  ])
}

pub fn builtins() -> Nil {
  transcript(["abs (0 - 42)", "abs 5", "not true", "not (1 < 2)", "abs true", "abs"])
}

pub fn runtime_errors() -> Nil {
  transcript(["1 / 0", "5 % (2 - 2)", "y + 1", "1 + true", "if 1 then 2 else 3", "3 4", "true == 1", "let rec x = 5 in x", "-true"])
}

pub fn syntax_errors() -> Nil {
  transcript(["1 +", "(1 + 2", "let = 5 in 1", "let x 5 in x", "fn -> 1", "if true then 1", "1 2 )", "let x = 1 x", "@"])
}

pub fn eval_values() -> List(Result(Value, String)) {
  [run("1 + 1"), run("1 < 0"), run("fn x -> x"), run("let rec f = fn x -> x in f"), run("abs"), run("nope")]
}

pub fn deep_recursion() -> Result(Value, String) {
  run("let rec count = fn n -> if n == 0 then 0 else 1 + count (n - 1) in count 20000")
}

pub fn church_numerals() -> Nil {
  transcript([
    "let zero = fn f -> fn x -> x in let succ = fn n -> fn f -> fn x -> f (n f x) in let three = succ (succ (succ zero)) in three (fn x -> x + 1) 0",
    "let two = fn f -> fn x -> f (f x) in let mul = fn m -> fn n -> fn f -> m (n f) in mul two two (fn x -> x * 10) 1",
  ])
}
