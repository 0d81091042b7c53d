// Building closures (make_fun2 / make_fun3) from a module's FunT entries.

import { Fun, type Term } from '../terms/types';
import type { Atom } from '../terms/types';
import type { PrepareContext } from './prepare';
import { VmBug } from './failure';

/** Everything about a lambda that is fixed at load time. */
export interface FunTemplate {
  module: Atom;
  index: number;
  /** Arity as callers see it (the lambda function's arity minus its free variables). */
  arity: number;
  numFree: number;
  name: Atom;
  uniq: number;
  md5: Uint8Array;
}

export function funTemplate(ctx: PrepareContext, index: number): FunTemplate {
  const l = ctx.loaded.lambdas[index];
  if (l === undefined) throw new VmBug(`lambda ${index} is not in FunT`);
  return {
    module: ctx.loaded.name,
    index,
    arity: l.arity - l.numFree,
    numFree: l.numFree,
    name: l.function,
    uniq: l.oldUniq,
    md5: ctx.loaded.md5,
  };
}

export function makeFun(t: FunTemplate, env: Term[]): Fun {
  return new Fun(t.module, t.index, t.arity, env, t.name, t.uniq, t.md5, t.index);
}
