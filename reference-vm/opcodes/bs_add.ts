// bs_add Fail Src1 Src2 Unit Dst           slots: a = Fail, b = Src1, c = Src2, d = Unit, e = Dst
// Dst = Src1 + Src2 * Unit, for sizes of legacy construction. Both must be non-negative
// small integers and the result must stay small; otherwise jump to Fail or raise
// system_limit (both non-negative integers) or badarg.

import type { Operand } from '../loader/types';
import type { PrepareContext } from '../runtime/prepare';
import type { Insn } from '../runtime/insn';
import { get, put } from '../runtime/operands';
import type { Process } from '../process/process';
import { atoms } from '../terms/atom';
import type { Term } from '../terms/types';
import { ErlangException } from '../bifs/exception';
import { MAX_SMALL, sizeSrc } from '../bitsyntax/operands';

export function prepare(i: Insn, args: Operand[], ctx: PrepareContext): void {
  i.a = ctx.label(args[0]);
  i.b = sizeSrc(args[1], ctx);
  i.c = sizeSrc(args[2], ctx);
  i.d = ctx.u(args[3]);
  i.e = ctx.dst(args[4]);
  i.exec = exec;
}

function isNonNegativeInteger(t: Term): boolean {
  return (typeof t === 'number' && t >= 0) || (typeof t === 'bigint' && t >= 0n);
}

function exec(p: Process, i: Insn, ip: number): number {
  const a = get(p, i.b);
  const b = get(p, i.c);
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) {
    const sum = a + b * i.d;
    if (sum <= MAX_SMALL) {
      put(p, i.e, sum);
      return ip + 1;
    }
  }
  if (i.a >= 0) return i.a;
  const reason = isNonNegativeInteger(a) && isNonNegativeInteger(b) ? atoms.system_limit : atoms.badarg;
  throw new ErlangException('error', reason);
}
