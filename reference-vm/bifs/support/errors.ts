// Exceptions that Erlang code in OTP's library modules raises implicitly (a clause that
// does not match, a case without a matching branch, ...). Natives that reimplement such
// modules raise the same reasons so callers cannot tell the difference.

import { atoms, Atom } from '../../terms/atom';
import { Tuple, type Term } from '../../terms/types';
import { ErlangException, raiseError } from '../exception';

const badFilterAtom = Atom.of('bad_filter');
const badGeneratorAtom = Atom.of('bad_generator');

/** No clause of the (Erlang) function matched: `error:function_clause`. */
export function functionClause(): never {
  throw new ErlangException('error', atoms.function_clause);
}

/** `error:{case_clause, Value}` */
export function caseClause(value: Term): never {
  raiseError(new Tuple([atoms.case_clause, value]));
}

/** `error:{badmatch, Value}` */
export function badmatch(value: Term): never {
  raiseError(new Tuple([atoms.badmatch, value]));
}

/** `error:{badmap, Term}` */
export function badmap(term: Term): never {
  raiseError(new Tuple([atoms.badmap, term]));
}

/** `error:{badkey, Key}` */
export function badkey(key: Term): never {
  raiseError(new Tuple([atoms.badkey, key]));
}

/** A list comprehension filter returned a non-boolean: `error:{bad_filter, Value}`. */
export function badFilter(value: Term): never {
  raiseError(new Tuple([badFilterAtom, value]));
}

/** A list comprehension generator met a non-list: `error:{bad_generator, Term}`. */
export function badGenerator(term: Term): never {
  raiseError(new Tuple([badGeneratorAtom, term]));
}
