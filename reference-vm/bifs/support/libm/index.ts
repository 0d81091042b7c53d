// glibc's libm (2.36, x86-64 with FMA) reimplemented bit for bit. See README.md.

export { exp } from './exp';
export { fma } from './fma';
export { pow } from './pow';
export { log } from './log';
export { log2 } from './log2';
export { expm1 } from './expm1';
export { log1p } from './log1p';
export { log10 } from './log10';
export { acosh, asinh, atanh, cosh, sinh, tanh } from './hyperbolic';
export { cos, sin } from './sincos';
export { acos, asin, atan, atan2, tan } from './trig';
