//// io:format / io_lib:format directives one family at a time: ~w and ~p
//// of every term kind, ~s/~ts with widths and precisions, ~c repeat
//// counts, integer bases with pad characters, ~i, ~n, ~~, the k
//// modifier (OTP 26), atom-keyed maps, io_lib helpers and format errors.

import bc_io.{Dynamic, dyn}
import bc_try

@external(erlang, "io_lib", "format")
fn io_lib_format(fmt: a, args: List(Dynamic)) -> Dynamic

@external(erlang, "io_lib", "format")
fn io_lib_format_any(fmt: a, args: b) -> Dynamic

@external(erlang, "io", "format")
fn io_format0(fmt: String) -> Dynamic

@external(erlang, "io", "fwrite")
fn io_fwrite(fmt: String, args: List(Dynamic)) -> Dynamic

@external(erlang, "io", "write")
fn io_write(t: a) -> Dynamic

@external(erlang, "io", "nl")
fn io_nl() -> Dynamic

@external(erlang, "io", "put_chars")
fn put_chars(c: a) -> Dynamic

@external(erlang, "io_lib", "write_string")
fn write_string(s: List(Int)) -> Dynamic

@external(erlang, "io_lib", "write_atom")
fn write_atom(a: Dynamic) -> Dynamic

@external(erlang, "io_lib", "quote_atom")
fn quote_atom(a: Dynamic, chars: Dynamic) -> Bool

@external(erlang, "io_lib", "write_char")
fn write_char(c: Int) -> Dynamic

@external(erlang, "io_lib", "printable_list")
fn printable_list(l: List(Int)) -> Bool

@external(erlang, "io_lib", "printable_latin1_list")
fn printable_latin1_list(l: List(Int)) -> Bool

@external(erlang, "io_lib", "printable_unicode_list")
fn printable_unicode_list(l: List(Int)) -> Bool

@external(erlang, "io_lib", "char_list")
fn char_list(l: a) -> Bool

@external(erlang, "io_lib", "deep_char_list")
fn deep_char_list(l: a) -> Bool

@external(erlang, "io_lib", "indentation")
fn indentation(s: List(Int), start: Int) -> Int

@external(erlang, "io_lib", "write")
fn io_lib_write_depth(t: a, depth: Int) -> Dynamic

@external(erlang, "lists", "flatten")
fn flatten(d: Dynamic) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "++")
fn improper(a: List(Int), b: b) -> Dynamic

@external(erlang, "erlang", "make_fun")
fn make_fun(m: Dynamic, f: Dynamic, arity: Int) -> Dynamic

@external(erlang, "maps", "from_list")
fn map_from_list(pairs: List(#(a, b))) -> Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn u(cps: List(Int)) -> String

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

fn f(fmt: String, args: List(Dynamic)) -> Nil {
  bc_io.format(fmt, args)
}

pub fn w_every_kind() -> Nil {
  let terms = [
    dyn(-42), dyn(123_456_789_012_345_678_901_234_567_890), dyn(-0.5), dyn(atom("plain")), dyn(atom("Quoted")),
    dyn(atom("it's")), dyn(atom("\n")), dyn("bin"), dyn(<<1, 2, 200>>), dyn(<<5:3>>), dyn(<<"é":utf8>>), dyn([]),
    dyn([104, 105]), dyn(improper([1, 2], 3)), dyn(improper([], atom("x"))), dyn(#()), dyn(#(1, #(2))),
    map_from_list([#(1, [])]), make_fun(atom("lists"), atom("map"), 2), dyn([dyn([]), dyn(#())]),
  ]
  each(terms, fn(t) { f("~w | ~p~n", [t, t]) })
}

fn each(xs: List(a), g: fn(a) -> Nil) -> Nil {
  case xs {
    [] -> Nil
    [x, ..rest] -> {
      g(x)
      each(rest, g)
    }
  }
}

pub fn string_detection_latin1() -> Nil {
  f("~p ~p ~p~n", [dyn([233, 116, 233]), dyn([955]), dyn([72, 10, 9, 27])])
  f("~tp ~tp ~tp~n", [dyn([233, 116, 233]), dyn([955]), dyn([72, 10, 9, 27])])
  f("~p ~tp~n", [dyn(u([0x3BB, 0x3BC])), dyn(u([0x3BB, 0x3BC]))])
  f("~p ~tp ~lp ~ltp~n", [dyn(u([0xE9])), dyn(u([0xE9])), dyn([97, 98]), dyn([955])])
  f("~p~n", [dyn([dyn("ok"), dyn([127]), dyn([8, 7, 11, 12, 13]), dyn([160, 255]), dyn([128])])])
}

pub fn s_variants() -> Nil {
  f("[~s] [~s] [~s] [~s]~n", [dyn(atom("an_atom")), dyn("binary"), dyn([dyn("io"), dyn([108, 105]), dyn(<<"st":utf8>>)]), dyn([])])
  f("[~12s] [~-12s] [~.3s] [~-8.3s] [~8.3s]~n", [dyn("abcdef"), dyn("abcdef"), dyn("abcdef"), dyn("abcdef"), dyn("abcdef")])
  f("[~ts] [~10ts] [~-10ts] [~.2ts]~n", [dyn(u([0x3BB, 0x3BC, 0x3BD])), dyn(u([0x3BB])), dyn(u([0x1F600])), dyn(u([0x3BB, 0x3BC, 0x3BD]))])
  f("[~3s] [~s]~n", [dyn("toolong"), dyn([dyn([97]), dyn("b")])])
}

pub fn c_repeat() -> Nil {
  f("[~c] [~5c] [~.3c] [~6.2c] [~-6.2c] [~6.2.-c]~n", [dyn(65), dyn(66), dyn(67), dyn(68), dyn(69), dyn(70)])
  f("[~tc] [~3tc] [~c]~n", [dyn(0x3BB), dyn(0x1F600), dyn(233)])
}

pub fn c_unicode_without_t() -> Nil {
  f("[~c]~n", [dyn(0x3BB)])
}

pub fn integer_bases_padding() -> Nil {
  f("[~10.16B] [~-10.16B] [~10.16.0B] [~10.2.0b]~n", [dyn(48_879), dyn(48_879), dyn(48_879), dyn(-5)])
  f("[~.36B] [~.36b] [~12.36.*B]~n", [dyn(123_456_789_012_345_678_901_234_567_890), dyn(-1295), dyn(46), dyn(1295)])
  f("[~.16#] [~10.16+] [~.8X] [~.8x]~n", [dyn(-255), dyn(255), dyn(8), dyn([48, 111]), dyn(-8), dyn([48, 111])])
  f("[~3B] [~3.10.0B] [~B]~n", [dyn(12_345), dyn(7), dyn(-0)])
}

pub fn misc_directives() -> Nil {
  f("a~nb~n~~~i~w~n", [dyn(atom("ignored")), dyn(1)])
  f("~5n|~n", [])
  f("plain text only~n", [])
  io_format0("format/1 call~n")
  io_fwrite("fwrite ~w~n", [dyn(2)])
  io_write(#(1, "x"))
  io_nl()
  put_chars([dyn(u([0x3BB])), dyn([0x3BC]), dyn(10)])
  Nil
}

pub fn format_string_unicode() -> Nil {
  f(u([0x3BB, 0x3A, 0x20, 0x7E, 0x77, 0x20, 0x7E, 0x74, 0x73, 0x7E, 0x6E]), [dyn(1), dyn(u([0x3BC]))])
}

pub fn k_modifier() -> Nil {
  let m = map_from_list([#(3, "c"), #(1, "a"), #(2, "b")])
  let big = map_from_list(map(seq(1, 34), fn(i) { #(i, i) }))
  f("~p~n~kp~n", [dyn(m), dyn(m)])
  f("~w~n~kw~n", [dyn(big), dyn(big)])
  f("~kP~n", [dyn(big), dyn(5)])
}

fn map(xs: List(a), g: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [g(x), ..map(rest, g)]
  }
}

pub fn atom_keyed_maps() -> Nil {
  let m = map_from_list([#(atom("zulu"), 1), #(atom("alpha"), 2), #(atom("mike"), 3), #(atom("bravo"), 4)])
  f("~p~n~w~n~kp~n", [m, m, m])
}

pub fn atom_keyed_mixed() -> Nil {
  let m = map_from_list([#(dyn(atom("ok")), 1), #(dyn(1), 2), #(dyn("k"), 3), #(dyn(atom("error")), 4), #(dyn(1.5), 5)])
  f("~p~n", [m])
}

pub fn depth_limited() -> Nil {
  let t = #(1, [2, 3, 4, 5], map_from_list([#(1, #(2, #(3)))]), "binary text", <<1, 2, 3, 4, 5>>)
  f("~P~n~W~n~P~n~W~n", [dyn(t), dyn(2), dyn(t), dyn(3), dyn(t), dyn(5), dyn(t), dyn(8)])
  f("~P~n", [dyn(seq(1, 20)), dyn(-1)])
}

pub fn io_lib_results() -> List(Dynamic) {
  [
    io_lib_format("~w", [dyn(1)]),
    io_lib_format("a~sb", [dyn("x")]),
    io_lib_format("~5w|", [dyn(12)]),
    io_lib_format("~ts", [dyn(u([0x3BB]))]),
    io_lib_format(<<"~p":utf8>>, [dyn([1, 2])]),
    io_lib_format([126, 99], [dyn(65)]),
    io_lib_format(atom("plain"), []),
    flatten(io_lib_format("~10.3f|~-6w|~c", [dyn(3.14159), dyn(atom("a")), dyn(66)])),
  ]
}

pub fn io_lib_helpers() -> List(Dynamic) {
  [
    write_string([104, 34, 105, 10]),
    write_atom(atom("needs quote")),
    write_atom(atom("fine")),
    dyn(quote_atom(atom("Upper"), dyn([85]))),
    write_char(97),
    write_char(10),
    dyn(printable_list([104, 105])),
    dyn(printable_list([233])),
    dyn(printable_latin1_list([233])),
    dyn(printable_unicode_list([955])),
    dyn(printable_unicode_list([1])),
    dyn(char_list([97, 98])),
    dyn(char_list(dyn([97, -1]))),
    dyn(deep_char_list([dyn([97]), dyn([[98]])])),
    dyn(indentation([97, 9, 98, 10, 99], 0)),
    io_lib_write_depth([1, 2, 3, 4, 5], 3),
  ]
}

pub fn format_errors() -> List(bc_try.Outcome) {
  [
    bc_try.try_call(fn() { io_lib_format("~z", [dyn(1)]) }),
    bc_try.try_call(fn() { io_lib_format("~", []) }),
    bc_try.try_call(fn() { io_lib_format("~w ~w", [dyn(1)]) }),
    bc_try.try_call(fn() { io_lib_format("~w", [dyn(1), dyn(2)]) }),
    bc_try.try_call(fn() { io_lib_format_any("~w", dyn(1)) }),
    bc_try.try_call(fn() { io_lib_format("~c", [dyn(-1)]) }),
    bc_try.try_call(fn() { io_lib_format("~.1B", [dyn(10)]) }),
    bc_try.try_call(fn() { io_lib_format("~.37B", [dyn(10)]) }),
    bc_try.try_call(fn() { io_lib_format("~B", [dyn(1.0)]) }),
    bc_try.try_call(fn() { io_lib_format("~P", [dyn(1)]) }),
    bc_try.try_call(fn() { io_lib_format("~*w", [dyn(atom("x")), dyn(1)]) }),
    bc_try.try_call(fn() { io_lib_format("~ls", [dyn("x")]) }),
  ]
}

pub fn io_format_bad_args() -> Nil {
  f("~w ~w~n", [dyn(1)])
}

pub fn put_chars_bad() -> Dynamic {
  put_chars(dyn(#(1, 2)))
}
