// Match patterns and match specifications as ETS uses them (ets:match/2, match_object/2,
// select/2, select_count/2, select_delete/2).
//
// A pattern matches a stored tuple structurally: '_' matches anything, '$N' binds variable N
// (a repeated variable must be the same term, =:=), everything else must be =:= the object's
// part. A match specification is a list of {Head, Guards, Body}: the first clause whose head
// matches and whose guards all evaluate to `true` (a guard that fails counts as false) gives
// the value of its last body expression; a body expression that fails gives the atom 'EXIT'.
// In guards and bodies '$_' is the whole object, '$$' the list of bound variables by number,
// {const, T} is T, {{...}} builds a tuple, lists and maps are built from their elements, and
// {F, Arg...} calls the guard BIF erlang:F (andalso/orelse short-circuit). A malformed
// specification, or one that uses an unbound variable or an unknown function, is rejected
// when compiled (ets raises badarg).

import { Atom, atoms } from '../terms/atom';
import { exactEquals } from '../terms/compare';
import { ErlMap } from '../terms/map';
import { Cons, NIL, Tuple, type Term } from '../terms/types';
import { ErlangException } from '../bifs/exception';

export class BadMatchSpec extends Error {}

/** Calls a guard BIF erlang:Name/Arity; throws (anything) when it fails. */
export type GuardBif = (name: string, args: Term[]) => Term;
/** Whether erlang:Name/Arity exists as a guard function for match specs. */
export type GuardBifExists = (name: string, arity: number) => boolean;

const UNDERSCORE = Atom.of('_');
const DOLLAR_UNDERSCORE = Atom.of('$_');
const DOLLAR_DOLLAR = Atom.of('$$');
const CONST = Atom.of('const');
const ANDALSO = Atom.of('andalso');
const ORELSE = Atom.of('orelse');
const SELF = Atom.of('self');
const EXIT = Atom.of('EXIT');

/** The variable number of '$N', or -1. */
export function variableNumber(t: Term): number {
  if (!(t instanceof Atom)) return -1;
  const m = /^\$([0-9]+)$/.exec(t.name);
  if (m === null) return -1;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n <= 100_000_000 ? n : -1;
}

export type Bindings = Map<number, Term>;

/** Match `obj` against `pattern`, extending `b`. */
export function matchPattern(pattern: Term, obj: Term, b: Bindings): boolean {
  const stack: Array<[Term, Term]> = [[pattern, obj]];
  while (stack.length > 0) {
    const [p, o] = stack.pop() as [Term, Term];
    if (p === UNDERSCORE) continue;
    const v = variableNumber(p);
    if (v >= 0) {
      const bound = b.get(v);
      if (bound === undefined) b.set(v, o);
      else if (!exactEquals(bound, o)) return false;
      continue;
    }
    if (p instanceof Tuple) {
      if (!(o instanceof Tuple) || o.elements.length !== p.elements.length) return false;
      for (let i = 0; i < p.elements.length; i++) stack.push([p.elements[i], o.elements[i]]);
      continue;
    }
    if (p instanceof Cons) {
      if (!(o instanceof Cons)) return false;
      stack.push([p.tail, o.tail], [p.head, o.head]);
      continue;
    }
    if (p instanceof ErlMap) {
      if (!(o instanceof ErlMap)) return false;
      for (const [k, pv] of p.entries()) {
        const ov = o.get(k);
        if (ov === undefined) return false;
        stack.push([pv, ov]);
      }
      continue;
    }
    if (!exactEquals(p, o)) return false;
  }
  return true;
}

/** The variables a pattern binds. */
function patternVariables(p: Term, out: Set<number>): void {
  const stack: Term[] = [p];
  while (stack.length > 0) {
    const t = stack.pop() as Term;
    const v = variableNumber(t);
    if (v >= 0) out.add(v);
    else if (t instanceof Tuple) stack.push(...t.elements);
    else if (t instanceof Cons) stack.push(t.head, t.tail);
    else if (t instanceof ErlMap) stack.push(...t.values());
  }
}

export interface MsClause {
  head: Term;
  guards: Term[];
  body: Term[];
}

function properList(t: Term): Term[] | undefined {
  const out: Term[] = [];
  let l = t;
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return l === NIL ? out : undefined;
}

/** Check an expression: bound variables only, known functions only. */
function checkExpr(e: Term, bound: Set<number>, exists: GuardBifExists): void {
  if (e instanceof Atom) {
    const v = variableNumber(e);
    if (v >= 0 && !bound.has(v)) throw new BadMatchSpec('unbound variable');
    return;
  }
  if (e instanceof Cons) {
    checkExpr(e.head, bound, exists);
    checkExpr(e.tail, bound, exists);
    return;
  }
  if (e instanceof ErlMap) {
    for (const v of e.values()) checkExpr(v, bound, exists);
    return;
  }
  if (!(e instanceof Tuple)) return;
  const els = e.elements;
  if (els.length === 0) throw new BadMatchSpec('empty tuple');
  if (els.length === 1 && els[0] instanceof Tuple) {
    for (const x of els[0].elements) checkExpr(x, bound, exists);
    return;
  }
  const f = els[0];
  if (!(f instanceof Atom)) throw new BadMatchSpec('not a function');
  if (f === CONST) {
    if (els.length !== 2) throw new BadMatchSpec('const arity');
    return;
  }
  const arity = els.length - 1;
  const known =
    ((f === ANDALSO || f === ORELSE) && arity >= 1) || (f === SELF && arity === 0) || exists(f.name, arity);
  if (!known) throw new BadMatchSpec(`unknown function ${f.name}/${arity}`);
  for (let i = 1; i < els.length; i++) checkExpr(els[i], bound, exists);
}

/** Validate a match specification; BadMatchSpec for anything ets:select would reject. */
export function compileMatchSpec(ms: Term, exists: GuardBifExists): MsClause[] {
  const clauses = properList(ms);
  if (clauses === undefined) throw new BadMatchSpec('not a list');
  return clauses.map((c) => {
    if (!(c instanceof Tuple) || c.elements.length !== 3) throw new BadMatchSpec('clause');
    const [head, g, bd] = c.elements;
    const guards = properList(g);
    const body = properList(bd);
    if (guards === undefined || body === undefined || body.length === 0) throw new BadMatchSpec('guards/body');
    const vars = new Set<number>();
    patternVariables(head, vars);
    for (const x of guards) checkExpr(x, vars, exists);
    for (const x of body) checkExpr(x, vars, exists);
    return { head, guards, body };
  });
}

class GuardFailure extends Error {}

/** A failure of Erlang semantics (a BIF raising, a non-boolean in andalso), not a VM bug. */
function isErlangFailure(e: unknown): boolean {
  return e instanceof ErlangException || e instanceof GuardFailure;
}

function allBound(b: Bindings): Term {
  const nums = [...b.keys()].sort((x, y) => x - y);
  let l: Term = NIL;
  for (let i = nums.length - 1; i >= 0; i--) l = new Cons(b.get(nums[i]) as Term, l);
  return l;
}

interface EvalEnv {
  obj: Term;
  b: Bindings;
  bif: GuardBif;
  self: Term;
}

function evalExpr(e: Term, env: EvalEnv): Term {
  if (e instanceof Atom) {
    if (e === DOLLAR_UNDERSCORE) return env.obj;
    if (e === DOLLAR_DOLLAR) return allBound(env.b);
    const v = variableNumber(e);
    if (v >= 0) return env.b.get(v) as Term;
    return e;
  }
  if (e instanceof Cons) return new Cons(evalExpr(e.head, env), evalExpr(e.tail, env));
  if (e instanceof ErlMap) {
    let m = ErlMap.empty;
    for (const [k, v] of e.entries()) m = m.put(k, evalExpr(v, env));
    return m;
  }
  if (!(e instanceof Tuple)) return e;
  const els = e.elements;
  if (els.length === 1 && els[0] instanceof Tuple) return new Tuple(els[0].elements.map((x) => evalExpr(x, env)));
  const f = els[0] as Atom;
  if (f === CONST) return els[1];
  if (f === ANDALSO || f === ORELSE) {
    const stopOn = f === ANDALSO ? atoms.false : atoms.true;
    for (let i = 1; i < els.length; i++) {
      const v = evalExpr(els[i], env);
      if (v === stopOn) return v;
      if (v !== atoms.true && v !== atoms.false) throw new GuardFailure('not a boolean');
    }
    return f === ANDALSO ? atoms.true : atoms.false;
  }
  if (f === SELF && els.length === 1) return env.self;
  const args = els.slice(1).map((x) => evalExpr(x, env));
  return env.bif(f.name, args);
}

/**
 * Run a compiled match specification on one object: the result term, or undefined when no
 * clause matches.
 */
export function runMatchSpec(clauses: MsClause[], obj: Term, bif: GuardBif, self: Term): Term | undefined {
  for (const c of clauses) {
    const b: Bindings = new Map();
    if (!matchPattern(c.head, obj, b)) continue;
    const env: EvalEnv = { obj, b, bif, self };
    let pass = true;
    for (const g of c.guards) {
      let v: Term;
      try {
        v = evalExpr(g, env);
      } catch (e) {
        if (!isErlangFailure(e)) throw e;
        pass = false;
        break;
      }
      if (v !== atoms.true) {
        pass = false;
        break;
      }
    }
    if (!pass) continue;
    try {
      let result: Term = NIL;
      for (const x of c.body) result = evalExpr(x, env);
      return result;
    } catch (e) {
      if (!isErlangFailure(e)) throw e;
      return EXIT;
    }
  }
  return undefined;
}

/** The match specification ets:match/2 uses: [{Pattern, [], ['$$']}]. */
export function matchSpecForMatch(pattern: Term): MsClause[] {
  return [{ head: pattern, guards: [], body: [DOLLAR_DOLLAR] }];
}

/** The match specification ets:match_object/2 uses: [{Pattern, [], ['$_']}]. */
export function matchSpecForMatchObject(pattern: Term): MsClause[] {
  return [{ head: pattern, guards: [], body: [DOLLAR_UNDERSCORE] }];
}
