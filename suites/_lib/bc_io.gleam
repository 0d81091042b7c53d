//// Printing helpers shared by the Gleam conformance suites.
//// Everything goes through the Erlang io module, so output reaches the
//// group leader exactly like plain io:format calls would.

/// Any Erlang term, used to mix types in one io:format argument list.
pub type Dynamic

@external(erlang, "bc_ffi", "identity")
pub fn dyn(value: a) -> Dynamic

@external(erlang, "io", "format")
fn erl_format(format: String, args: List(Dynamic)) -> Dynamic

@external(erlang, "io", "put_chars")
fn erl_put_chars(chars: String) -> Dynamic

/// io:format(Format, Args); returns Nil rather than the atom ok.
pub fn format(format: String, args: List(Dynamic)) -> Nil {
  erl_format(format, args)
  Nil
}

/// Writes the string as is.
pub fn print(text: String) -> Nil {
  erl_put_chars(text)
  Nil
}

/// Writes the string followed by a newline.
pub fn println(text: String) -> Nil {
  erl_put_chars(text)
  erl_put_chars("\n")
  Nil
}

/// Prints any term with ~p followed by a newline.
pub fn debug(value: a) -> Nil {
  format("~p~n", [dyn(value)])
}

/// Prints a label and any term: "label: ~p".
pub fn show(label: String, value: a) -> Nil {
  format("~s: ~p~n", [dyn(label), dyn(value)])
}
