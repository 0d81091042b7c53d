//// ~p pretty printing: line breaking of nested structures wider than the
//// 80-column default, column offsets, explicit widths, long strings and
//// binaries, improper lists, unicode with ~p versus ~tp, and depth limits.

import bc_io.{Dynamic, dyn}

@external(erlang, "io_lib", "format")
fn io_lib_format(fmt: String, args: List(Dynamic)) -> Dynamic

@external(erlang, "lists", "flatten")
fn flatten(d: Dynamic) -> List(Int)

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

@external(erlang, "erlang", "++")
fn improper(a: List(a), b: b) -> Dynamic

@external(erlang, "maps", "from_list")
fn map_from_list(pairs: List(#(a, b))) -> Dynamic

@external(erlang, "unicode", "characters_to_binary")
fn u(cps: List(Int)) -> String

@external(erlang, "unicode", "characters_to_list")
fn ulist(s: String) -> List(Int)

@external(erlang, "lists", "seq")
fn seq(a: Int, b: Int) -> List(Int)

@external(erlang, "lists", "duplicate")
fn duplicate(n: Int, x: a) -> List(a)

@external(erlang, "erlang", "list_to_binary")
fn list_to_binary(l: List(Int)) -> BitString

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

fn f(fmt: String, args: List(Dynamic)) -> Nil {
  bc_io.format(fmt, args)
}

fn map(xs: List(a), g: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [g(x), ..map(rest, g)]
  }
}

fn config() -> Dynamic {
  dyn(#(
    atom("application"),
    atom("beamconf_demo"),
    [
      #(atom("description"), dyn("A demonstration application with a long description string")),
      #(atom("vsn"), dyn("1.2.3")),
      #(atom("modules"), dyn(map(seq(1, 12), fn(i) { atom("demo_module_" <> int_to_string(i)) }))),
      #(atom("registered"), dyn([])),
      #(atom("env"), dyn([#(atom("port"), dyn(8080)), #(atom("hosts"), dyn(["alpha.example.com", "beta.example.com"]))])),
    ],
  ))
}

pub fn app_config() -> Nil {
  f("~p~n", [config()])
}

pub fn column_offset() -> Nil {
  f("The configuration is: ~p~n", [config()])
  f("~40s~p~n", [dyn(""), dyn(seq(1, 30))])
}

pub fn explicit_widths() -> Nil {
  let t = dyn(map(seq(1, 15), fn(i) { #(i, i * i) }))
  f("~40p~n", [t])
  f("~120p~n", [t])
  f("~20p~n", [dyn(#(atom("short"), [1, 2, 3]))])
}

pub fn long_strings() -> Nil {
  let s = ulist("This is a rather long character list that will certainly not fit on one line of eighty columns when printed")
  f("~p~n", [dyn(s)])
  f("~p~n", [dyn([dyn(s), dyn(s)])])
  f("~p~n", [dyn(#(atom("msg"), ulist("line one\nline two\n\ttabbed")))])
}

pub fn long_binaries() -> Nil {
  f("~p~n", [dyn("This is a rather long binary that will certainly not fit on one line of eighty columns when printed")])
  f("~p~n", [dyn(list_to_binary(seq(0, 60)))])
  f("~p~n", [dyn(<<list_to_binary(duplicate(40, 255)):bit_string, 3:2>>)])
}

pub fn improper_lists() -> Nil {
  f("~w~n~p~n", [improper([1, 2, 3], 4), improper([1, 2, 3], 4)])
  f("~p~n", [improper(map(seq(1, 30), fn(i) { #(i, atom("element")) }), atom("tail"))])
  f("~w ~w ~w~n", [improper([dyn([])], dyn([])), improper([1], dyn(<<>>)), improper([dyn(atom("a"))], #(1))])
}

pub fn unicode_p_vs_tp() -> Nil {
  let greek = u([0x3B1, 0x3B2, 0x3B3, 0x20, 0x3B4, 0x3B5])
  let data = dyn(#(greek, ulist(greek), atom("caf" <> u([0xE9])), [233, 233]))
  f("~p~n~tp~n", [data, data])
  f("~w~n", [data])
}

pub fn nested_maps_and_lists() -> Nil {
  let inner = map_from_list([#("name", dyn("widget")), #("tags", dyn(["a", "b", "c"])), #("dims", dyn(#(10, 20, 30)))])
  f("~p~n", [dyn(map(seq(1, 4), fn(i) { map_from_list([#(dyn(i), inner)]) }))])
}

pub fn deep_nesting() -> Nil {
  f("~p~n", [dyn(nest(12))])
}

fn nest(n: Int) -> Dynamic {
  case n {
    0 -> dyn(atom("bottom"))
    _ -> dyn(#(atom("level"), n, [nest(n - 1)]))
  }
}

pub fn proplist_alignment() -> Nil {
  f("~p~n", [dyn(map(seq(1, 9), fn(i) { #(atom("key_number_" <> int_to_string(i)), duplicate(i, i)) }))])
}

pub fn depth_in_pretty() -> Nil {
  f("~P~n", [config(), dyn(6)])
  f("~P~n", [config(), dyn(12)])
}

pub fn io_lib_pretty_text() -> List(Int) {
  flatten(io_lib_format("~p", [dyn(map(seq(1, 25), fn(i) { i * 1000 }))]))
}

pub fn wide_atoms() -> Nil {
  let long = atom("an_atom_whose_name_is_long_enough_to_need_a_line_of_its_own_in_pretty_output")
  f("~p~n", [dyn([long, long, atom("short")])])
  f("~p~n", [dyn(#(long, atom("Needs Quotes And Is Also Fairly Long To Print"), 1))])
}

pub fn tuple_of_lists() -> Nil {
  f("~p~n", [dyn(#(seq(1, 25), seq(26, 50), #(seq(51, 60))))])
}
