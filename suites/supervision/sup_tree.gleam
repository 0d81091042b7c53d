//// A small supervisor written in Gleam (not OTP's): one_for_one,
//// one_for_all and rest_for_one strategies, permanent, transient and
//// temporary children, and a restart limit. Every step is synchronous
//// (the supervisor waits for each exit it causes), so the event log is
//// deterministic. Process primitives come from sup_tree_ffi.
//// No function here has a type variable in its signature (see bc_try).

pub type Pid

pub type Dynamic

pub type Strategy {
  OneForOne
  OneForAll
  RestForOne
}

pub type Restart {
  Permanent
  Transient
  Temporary
}

pub type ExitReason {
  Normal
  Shutdown
  Killed
  Other(Dynamic)
}

/// Commands to the supervisor (and its reply).
pub type Command {
  Crash(Int, Dynamic)
  Kill(Int)
  Quit(Int)
  Report(Pid)
  Stop(Pid)
  Reply(List(Event))
}

/// Messages to a worker.
pub type WorkerMsg {
  Die(Dynamic)
  Leave
}

/// What the supervisor did, in order.
pub type Event {
  Started(Int, Int)
  Exited(Int, String)
  Terminated(Int)
  Removed(Int)
  GaveUp
}

pub type Spec {
  Spec(id: Int, restart: Restart)
}

/// A running child: its spec, pid and how many times it has started.
pub type Child {
  Child(spec: Spec, pid: Pid, generation: Int)
}

pub type State {
  State(
    strategy: Strategy,
    children: List(Child),
    max_restarts: Int,
    restarts: Int,
    log: List(Event),
  )
}

@external(erlang, "sup_tree_ffi", "trap_exits")
fn trap_exits() -> Nil

@external(erlang, "sup_tree_ffi", "spawn_link")
fn spawn_link(f: fn() -> Nil) -> Pid

@external(erlang, "sup_tree_ffi", "spawn_monitored")
fn spawn_monitored(f: fn() -> Nil) -> Pid

@external(erlang, "sup_tree_ffi", "receive_command")
fn receive_command() -> Command

@external(erlang, "sup_tree_ffi", "wait_exit")
fn wait_exit(pid: Pid) -> ExitReason

@external(erlang, "sup_tree_ffi", "terminate")
fn terminate(pid: Pid) -> ExitReason

@external(erlang, "sup_tree_ffi", "kill")
fn kill(pid: Pid) -> ExitReason

@external(erlang, "sup_tree_ffi", "exit_self")
fn exit_self(reason: Dynamic) -> Nil

@external(erlang, "sup_tree_ffi", "call")
fn call(pid: Pid, msg: Command) -> Result(Command, Dynamic)

@external(erlang, "sup_tree_ffi", "await_down")
fn await_down(pid: Pid) -> Dynamic

@external(erlang, "erlang", "self")
fn self() -> Pid

@external(erlang, "erlang", "send")
fn send_worker(to: Pid, msg: WorkerMsg) -> WorkerMsg

@external(erlang, "erlang", "send")
fn send_command(to: Pid, msg: Command) -> Command

@external(erlang, "bc_ffi", "identity")
fn dyn_string(s: String) -> Dynamic

@external(erlang, "erlang", "binary_to_atom")
fn atom(s: String) -> Dynamic

/// A worker waits for Die(reason) (exit with that reason) or Leave (exit
/// normally); the loop itself is Erlang, as it needs receive.
@external(erlang, "sup_tree_ffi", "worker_loop")
fn worker_loop() -> Nil

// ---- the supervisor ----

fn start_child(spec: Spec, generation: Int) -> Child {
  Child(spec, spawn_link(worker_loop), generation)
}

fn describe(reason: ExitReason) -> String {
  case reason {
    Normal -> "normal"
    Shutdown -> "shutdown"
    Killed -> "killed"
    Other(_) -> "other"
  }
}

fn should_restart(restart: Restart, reason: ExitReason) -> Bool {
  case restart, reason {
    Permanent, _ -> True
    Transient, Normal -> False
    Transient, Shutdown -> False
    Transient, _ -> True
    Temporary, _ -> False
  }
}

fn start_all(specs: List(Spec), acc: List(Child), log: List(Event)) -> #(List(Child), List(Event)) {
  case specs {
    [] -> #(reverse_children(acc, []), log)
    [spec, ..rest] -> start_all(rest, [start_child(spec, 1), ..acc], [Started(spec.id, 1), ..log])
  }
}

/// The supervisor process body.
pub fn supervisor(strategy: Strategy, specs: List(Spec), max_restarts: Int) -> Nil {
  trap_exits()
  let #(children, log) = start_all(specs, [], [])
  serve(State(strategy, children, max_restarts, 0, log))
}

fn serve(state: State) -> Nil {
  case receive_command() {
    Crash(id, reason) -> serve(act(state, id, fn(pid) {
      send_worker(pid, Die(reason))
      wait_exit(pid)
    }))
    Kill(id) -> serve(act(state, id, kill))
    Quit(id) -> serve(act(state, id, fn(pid) {
      send_worker(pid, Leave)
      wait_exit(pid)
    }))
    Report(from) -> {
      send_command(from, Reply(reverse_events(state.log, [])))
      serve(state)
    }
    Stop(from) -> {
      let log = terminate_all(reverse_children(state.children, []), state.log)
      send_command(from, Reply(reverse_events(log, [])))
      Nil
    }
    Reply(_) -> serve(state)
  }
}

/// Makes child `id` exit with `how`, then applies the strategy.
fn act(state: State, id: Int, how: fn(Pid) -> ExitReason) -> State {
  case find(state.children, id) {
    Error(Nil) -> state
    Ok(child) -> {
      let reason = how(child.pid)
      let log = [Exited(id, describe(reason)), ..state.log]
      case should_restart(child.spec.restart, reason) {
        False -> State(..state, children: remove(state.children, id), log: [Removed(id), ..log])
        True -> restart(State(..state, log: log), child)
      }
    }
  }
}

fn restart(state: State, failed: Child) -> State {
  let restarts = state.restarts + 1
  case restarts > state.max_restarts {
    True -> {
      let others = remove(state.children, failed.spec.id)
      let log = terminate_all(reverse_children(others, []), state.log)
      exit_self(atom("shutdown"))
      State(..state, children: [], log: [GaveUp, ..log])
    }
    False -> {
      let state = State(..state, restarts: restarts)
      case state.strategy {
        OneForOne -> {
          let #(children, log) = restart_ids(state.children, [failed.spec.id], state.log, [])
          State(..state, children: children, log: log)
        }
        OneForAll -> {
          let others = remove(state.children, failed.spec.id)
          let log = terminate_all(reverse_children(others, []), state.log)
          let #(children, log) = restart_ids(state.children, ids(state.children), log, [])
          State(..state, children: children, log: log)
        }
        RestForOne -> {
          let after = children_after(state.children, failed.spec.id)
          let log = terminate_all(reverse_children(after, []), state.log)
          let #(children, log) = restart_ids(state.children, [failed.spec.id, ..ids(after)], log, [])
          State(..state, children: children, log: log)
        }
      }
    }
  }
}

/// Restarts the children whose ids are listed, keeping start order.
fn restart_ids(children: List(Child), which: List(Int), log: List(Event), acc: List(Child)) -> #(List(Child), List(Event)) {
  case children {
    [] -> #(reverse_children(acc, []), log)
    [c, ..rest] ->
      case member(which, c.spec.id) {
        True -> {
          let g = c.generation + 1
          restart_ids(rest, which, [Started(c.spec.id, g), ..log], [start_child(c.spec, g), ..acc])
        }
        False -> restart_ids(rest, which, log, [c, ..acc])
      }
  }
}

/// Shuts children down in the order given, logging each.
fn terminate_all(children: List(Child), log: List(Event)) -> List(Event) {
  case children {
    [] -> log
    [c, ..rest] -> {
      terminate(c.pid)
      terminate_all(rest, [Terminated(c.spec.id), ..log])
    }
  }
}

// ---- the cases ----

fn specs(restart: Restart, n: Int) -> List(Spec) {
  case n {
    0 -> []
    _ -> append_spec(specs(restart, n - 1), Spec(n, restart))
  }
}

fn append_spec(l: List(Spec), s: Spec) -> List(Spec) {
  case l {
    [] -> [s]
    [x, ..rest] -> [x, ..append_spec(rest, s)]
  }
}

/// Starts a supervisor, sends the commands, then stops it; returns the
/// log, or the supervisor's exit reason if it gave up.
fn scenario(strategy: Strategy, children: List(Spec), max: Int, commands: List(Command)) -> Result(List(Event), Dynamic) {
  let sup = spawn_monitored(fn() { supervisor(strategy, children, max) })
  send_all(sup, commands)
  case call(sup, Stop(self())) {
    Ok(Reply(log)) -> {
      await_down(sup)
      Ok(log)
    }
    Ok(_) -> Error(dyn_string("unexpected reply"))
    Error(reason) -> Error(reason)
  }
}

fn send_all(to: Pid, commands: List(Command)) -> Nil {
  case commands {
    [] -> Nil
    [c, ..rest] -> {
      send_command(to, c)
      send_all(to, rest)
    }
  }
}

fn boom() -> Dynamic {
  atom("boom")
}

pub fn start_stop() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Permanent, 3), 5, [])
}

pub fn one_for_one() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Permanent, 3), 5, [Crash(2, boom())])
}

pub fn one_for_one_twice() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Permanent, 3), 5, [Crash(2, boom()), Crash(2, boom()), Kill(1)])
}

pub fn one_for_all() -> Result(List(Event), Dynamic) {
  scenario(OneForAll, specs(Permanent, 4), 5, [Crash(2, boom())])
}

pub fn rest_for_one_middle() -> Result(List(Event), Dynamic) {
  scenario(RestForOne, specs(Permanent, 4), 5, [Crash(2, boom())])
}

pub fn rest_for_one_last() -> Result(List(Event), Dynamic) {
  scenario(RestForOne, specs(Permanent, 4), 5, [Crash(4, boom())])
}

pub fn rest_for_one_first() -> Result(List(Event), Dynamic) {
  scenario(RestForOne, specs(Permanent, 3), 5, [Kill(1)])
}

pub fn transient_normal() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Transient, 2), 5, [Quit(1), Crash(2, boom())])
}

pub fn transient_shutdown_reason() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Transient, 2), 5, [Crash(1, atom("shutdown"))])
}

pub fn temporary_never_restarted() -> Result(List(Event), Dynamic) {
  scenario(OneForAll, specs(Temporary, 3), 5, [Crash(2, boom()), Crash(3, boom())])
}

pub fn permanent_normal_exit() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Permanent, 2), 5, [Quit(2)])
}

pub fn unknown_child_ignored() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Permanent, 2), 5, [Crash(9, boom())])
}

/// Three restarts allowed; the fourth crash makes the supervisor shut its
/// children down and exit with reason shutdown.
pub fn restart_limit() -> Result(List(Event), Dynamic) {
  scenario(OneForOne, specs(Permanent, 2), 3, [
    Crash(1, boom()),
    Crash(2, boom()),
    Crash(1, boom()),
    Crash(2, boom()),
  ])
}

/// The log so far, read while the supervisor keeps running.
pub fn report_midway() -> #(Result(List(Event), Dynamic), Result(List(Event), Dynamic)) {
  let sup = spawn_monitored(fn() { supervisor(OneForAll, specs(Permanent, 2), 5) })
  send_command(sup, Crash(1, boom()))
  let mid = case call(sup, Report(self())) {
    Ok(Reply(log)) -> Ok(log)
    Ok(_) -> Error(dyn_string("unexpected reply"))
    Error(r) -> Error(r)
  }
  let last = case call(sup, Stop(self())) {
    Ok(Reply(log)) -> {
      await_down(sup)
      Ok(log)
    }
    Ok(_) -> Error(dyn_string("unexpected reply"))
    Error(r) -> Error(r)
  }
  #(mid, last)
}

/// A tree: a supervisor whose children are themselves small trees is out
/// of reach of this flat supervisor, so nesting is shown with two
/// supervisors run one after the other under one entry.
pub fn two_supervisors() -> List(Result(List(Event), Dynamic)) {
  [
    scenario(OneForOne, specs(Permanent, 1), 1, [Crash(1, boom())]),
    scenario(RestForOne, specs(Transient, 2), 1, [Crash(1, atom("normal"))]),
  ]
}

// ---- helpers (no stdlib) ----

fn find(children: List(Child), id: Int) -> Result(Child, Nil) {
  case children {
    [] -> Error(Nil)
    [c, ..rest] ->
      case c.spec.id == id {
        True -> Ok(c)
        False -> find(rest, id)
      }
  }
}

fn remove(children: List(Child), id: Int) -> List(Child) {
  case children {
    [] -> []
    [c, ..rest] ->
      case c.spec.id == id {
        True -> rest
        False -> [c, ..remove(rest, id)]
      }
  }
}

fn children_after(children: List(Child), id: Int) -> List(Child) {
  case children {
    [] -> []
    [c, ..rest] ->
      case c.spec.id == id {
        True -> rest
        False -> children_after(rest, id)
      }
  }
}

fn ids(children: List(Child)) -> List(Int) {
  case children {
    [] -> []
    [c, ..rest] -> [c.spec.id, ..ids(rest)]
  }
}

fn member(l: List(Int), x: Int) -> Bool {
  case l {
    [] -> False
    [y, ..rest] ->
      case x == y {
        True -> True
        False -> member(rest, x)
      }
  }
}

fn reverse_children(l: List(Child), acc: List(Child)) -> List(Child) {
  case l {
    [] -> acc
    [x, ..rest] -> reverse_children(rest, [x, ..acc])
  }
}

fn reverse_events(l: List(Event), acc: List(Event)) -> List(Event) {
  case l {
    [] -> acc
    [x, ..rest] -> reverse_events(rest, [x, ..acc])
  }
}
