//// A text adventure as a state machine: commands parsed from text drive
//// transitions between rooms, items move between rooms and inventory,
//// doors unlock, a lamp runs out, and every step prints a transcript.

import bc_io.{dyn}

pub type Room {
  Hall
  Library
  Cellar
  Garden
  Vault
}

pub type Item {
  Key
  Lamp
  Book
  Coin
}

pub type Command {
  Go(String)
  Take(String)
  Drop(String)
  Use(String)
  Look
  Inventory
  Read
  Quit
  Unknown(String)
}

pub type State {
  State(
    room: Room,
    inventory: List(Item),
    placed: List(#(Item, Room)),
    vault_open: Bool,
    lamp_on: Bool,
    lamp_fuel: Int,
    moves: Int,
    score: Int,
    finished: Bool,
  )
}

@external(erlang, "string", "lexemes")
fn lexemes(s: String, seps: List(Int)) -> List(String)

@external(erlang, "string", "lowercase")
fn lowercase(s: String) -> String

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

pub fn initial() -> State {
  State(Hall, [], [#(Lamp, Hall), #(Book, Library), #(Key, Garden), #(Coin, Vault)], False, False, 6, 0, 0, False)
}

pub fn parse(line: String) -> Command {
  case lexemes(lowercase(line), [32, 9]) {
    ["go", dir] | ["walk", dir] -> Go(dir)
    ["n"] -> Go("north")
    ["s"] -> Go("south")
    ["e"] -> Go("east")
    ["w"] -> Go("west")
    ["d"] | ["down"] -> Go("down")
    ["u"] | ["up"] -> Go("up")
    ["take", thing] | ["get", thing] -> Take(thing)
    ["drop", thing] -> Drop(thing)
    ["use", thing] -> Use(thing)
    ["look"] | ["l"] -> Look
    ["inventory"] | ["i"] -> Inventory
    ["read"] | ["read", "book"] -> Read
    ["quit"] -> Quit
    _ -> Unknown(line)
  }
}

fn room_name(r: Room) -> String {
  case r {
    Hall -> "Hall"
    Library -> "Library"
    Cellar -> "Cellar"
    Garden -> "Garden"
    Vault -> "Vault"
  }
}

fn item_name(i: Item) -> String {
  case i {
    Key -> "key"
    Lamp -> "lamp"
    Book -> "book"
    Coin -> "coin"
  }
}

fn item_from(name: String) -> Result(Item, Nil) {
  case name {
    "key" -> Ok(Key)
    "lamp" -> Ok(Lamp)
    "book" -> Ok(Book)
    "coin" -> Ok(Coin)
    _ -> Error(Nil)
  }
}

fn exits(r: Room) -> List(#(String, Room)) {
  case r {
    Hall -> [#("north", Library), #("east", Garden), #("down", Cellar)]
    Library -> [#("south", Hall)]
    Garden -> [#("west", Hall)]
    Cellar -> [#("up", Hall), #("east", Vault)]
    Vault -> [#("west", Cellar)]
  }
}

fn find_exit(es: List(#(String, Room)), dir: String) -> Result(Room, Nil) {
  case es {
    [] -> Error(Nil)
    [#(d, r), ..rest] ->
      case d == dir {
        True -> Ok(r)
        False -> find_exit(rest, dir)
      }
  }
}

fn items_in(placed: List(#(Item, Room)), room: Room) -> List(Item) {
  case placed {
    [] -> []
    [#(i, r), ..rest] ->
      case r == room {
        True -> [i, ..items_in(rest, room)]
        False -> items_in(rest, room)
      }
  }
}

fn remove(xs: List(a), x: a) -> List(a) {
  case xs {
    [] -> []
    [y, ..rest] ->
      case y == x {
        True -> rest
        False -> [y, ..remove(rest, x)]
      }
  }
}

fn member(xs: List(a), x: a) -> Bool {
  case xs {
    [] -> False
    [y, ..rest] -> y == x || member(rest, x)
  }
}

fn dark(s: State) -> Bool {
  s.room == Cellar && !{ s.lamp_on && member(s.inventory, Lamp) }
}

fn describe(s: State) -> String {
  case dark(s) {
    True -> "It is pitch dark. You might be eaten by something."
    False -> {
      let things = case items_in(s.placed, s.room) {
        [] -> ""
        items -> " You see: " <> join(map(items, item_name), ", ") <> "."
      }
      let ways = join(map(exits(s.room), fn(e: #(String, Room)) { e.0 }), ", ")
      room_name(s.room) <> ". Exits: " <> ways <> "." <> things
    }
  }
}

fn map(xs: List(a), f: fn(a) -> b) -> List(b) {
  case xs {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

fn join(parts: List(String), sep: String) -> String {
  case parts {
    [] -> ""
    [p] -> p
    [p, ..rest] -> p <> sep <> join(rest, sep)
  }
}

/// One transition: the new state and the text shown to the player.
pub fn step(s: State, cmd: Command) -> #(State, String) {
  case s.finished {
    True -> #(s, "The game is over.")
    False -> {
      let s = burn_lamp(State(..s, moves: s.moves + 1))
      act(s, cmd)
    }
  }
}

fn burn_lamp(s: State) -> State {
  case s.lamp_on {
    False -> s
    True ->
      case s.lamp_fuel <= 1 {
        True -> State(..s, lamp_on: False, lamp_fuel: 0)
        False -> State(..s, lamp_fuel: s.lamp_fuel - 1)
      }
  }
}

fn act(s: State, cmd: Command) -> #(State, String) {
  case cmd {
    Look -> #(s, describe(s))
    Inventory ->
      case s.inventory {
        [] -> #(s, "You carry nothing.")
        items -> #(s, "You carry: " <> join(map(items, item_name), ", ") <> ".")
      }
    Go(dir) ->
      case find_exit(exits(s.room), dir), s.vault_open, s.lamp_on {
        Error(Nil), _, _ -> #(s, "You cannot go " <> dir <> ".")
        Ok(Vault), False, _ -> #(s, "The vault door is locked.")
        Ok(Vault), True, False -> #(s, "You stumble in the dark and cannot find the door.")
        Ok(to), _, _ -> {
          let s = State(..s, room: to)
          #(s, describe(s))
        }
      }
    Take(name) ->
      case item_from(name) {
        Error(Nil) -> #(s, "There is no " <> name <> " here.")
        Ok(item) ->
          case member(items_in(s.placed, s.room), item) && !dark(s) {
            False -> #(s, "There is no " <> name <> " here.")
            True -> {
              let bonus = case item {
                Coin -> 50
                _ -> 5
              }
              #(
                State(..s, inventory: [item, ..s.inventory], placed: remove(s.placed, #(item, s.room)), score: s.score + bonus),
                "Taken: " <> name <> ".",
              )
            }
          }
      }
    Drop(name) ->
      case item_from(name) {
        Ok(item) ->
          case member(s.inventory, item) {
            True -> #(State(..s, inventory: remove(s.inventory, item), placed: [#(item, s.room), ..s.placed]), "Dropped.")
            False -> #(s, "You do not have the " <> name <> ".")
          }
        Error(Nil) -> #(s, "You do not have the " <> name <> ".")
      }
    Use("lamp") ->
      case member(s.inventory, Lamp), s.lamp_fuel > 0 {
        True, True -> #(State(..s, lamp_on: True), "The lamp is now on.")
        True, False -> #(s, "The lamp is out of oil.")
        False, _ -> #(s, "You have no lamp.")
      }
    Use("key") ->
      case member(s.inventory, Key), s.room {
        True, Cellar -> #(State(..s, vault_open: True, score: s.score + 20), "The vault door swings open.")
        True, _ -> #(s, "There is nothing to unlock here.")
        False, _ -> #(s, "You have no key.")
      }
    Use(name) -> #(s, "You cannot use the " <> name <> ".")
    Read ->
      case member(s.inventory, Book) {
        True -> #(s, "The book says: the key lies among the roses.")
        False -> #(s, "You have nothing to read.")
      }
    Quit -> #(State(..s, finished: True), "Final score: " <> int_to_string(s.score) <> " in " <> int_to_string(s.moves) <> " moves.")
    Unknown(line) -> #(s, "I do not understand \"" <> line <> "\".")
  }
}

pub fn play(lines: List(String)) -> State {
  bc_io.println(describe(initial()))
  play_loop(initial(), lines)
}

fn play_loop(s: State, lines: List(String)) -> State {
  case lines {
    [] -> s
    [line, ..rest] -> {
      let #(s2, text) = step(s, parse(line))
      bc_io.format("> ~s~n~s~n", [dyn(line), dyn(text)])
      play_loop(s2, rest)
    }
  }
}

// ---- cases ----

pub fn commands_parsed() -> List(Command) {
  map(["go north", "N", "take  lamp", "GET Key", "use lamp", "look", "i", "read book", "dance wildly", "", "drop coin", "quit"], parse)
}

pub fn walkthrough() -> State {
  play([
    "look", "take lamp", "n", "take book", "read", "s", "e", "take key", "w", "d", "use lamp", "look", "use key",
    "e", "take coin", "w", "u", "inventory", "quit", "look",
  ])
}

pub fn dark_cellar() -> State {
  play(["d", "take coin", "look", "e", "u"])
}

pub fn locked_vault() -> State {
  play(["take lamp", "d", "use lamp", "e", "use key", "u", "e", "take key", "w", "d", "use key", "e"])
}

pub fn lamp_runs_out() -> State {
  play(["take lamp", "use lamp", "look", "look", "look", "look", "look", "look", "use lamp", "inventory"])
}

pub fn nonsense() -> State {
  play(["xyzzy", "go nowhere", "take dragon", "drop lamp", "use sword", "read", "walk west", "jump around"])
}

pub fn drop_and_retake() -> State {
  play(["take lamp", "n", "drop lamp", "look", "s", "look", "n", "take lamp", "inventory"])
}

pub fn final_state() -> #(Room, List(Item), Int, Int, Bool) {
  let s = fold_steps(initial(), ["take lamp", "e", "take key", "w", "d", "use lamp", "use key", "e", "take coin", "quit"])
  #(s.room, s.inventory, s.score, s.moves, s.finished)
}

fn fold_steps(s: State, lines: List(String)) -> State {
  case lines {
    [] -> s
    [l, ..rest] -> fold_steps(step(s, parse(l)).0, rest)
  }
}

pub fn after_quit() -> #(State, String) {
  let s = fold_steps(initial(), ["quit"])
  step(s, Look)
}

pub fn room_graph() -> Nil {
  let rooms = [Hall, Library, Cellar, Garden, Vault]
  map(rooms, fn(r) {
    bc_io.format("~s -> ~p~n", [dyn(room_name(r)), dyn(map(exits(r), fn(e: #(String, Room)) { #(e.0, room_name(e.1)) }))])
  })
  Nil
}

pub fn random_walk() -> #(Int, Int, Room) {
  let dirs = ["north", "south", "east", "west", "up", "down"]
  let s = walk(initial(), dirs, 1, 300)
  #(s.moves, s.score, s.room)
}

fn walk(s: State, dirs: List(String), seed: Int, n: Int) -> State {
  case n {
    0 -> s
    _ -> {
      let next = { seed * 1_103_515_245 + 12_345 } % 2_147_483_648
      let dir = nth(dirs, next / 65_536 % 6)
      let s = step(s, Go(dir)).0
      let s = case next % 7 {
        0 -> step(s, Take("key")).0
        1 -> step(s, Take("lamp")).0
        2 -> step(s, Use("lamp")).0
        3 -> step(s, Use("key")).0
        4 -> step(s, Take("coin")).0
        _ -> s
      }
      walk(s, dirs, next, n - 1)
    }
  }
}

fn nth(xs: List(String), i: Int) -> String {
  case xs, i {
    [x, ..], 0 -> x
    [_, ..rest], _ -> nth(rest, i - 1)
    [], _ -> ""
  }
}
