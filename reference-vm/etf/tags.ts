// External term format tags (erts external.h).

export const VERSION_MAGIC = 131;

export const Tag = {
  NEW_FLOAT: 70, // 'F'
  BIT_BINARY: 77, // 'M'
  COMPRESSED: 80, // 'P'
  NEWER_REFERENCE: 90, // 'Z'
  NEW_PID: 88, // 'X'
  NEW_PORT: 89, // 'Y'
  SMALL_INTEGER: 97, // 'a'
  INTEGER: 98, // 'b'
  FLOAT: 99, // 'c' (31 bytes of "%.20e" text)
  ATOM: 100, // 'd' (latin-1, 2-byte length)
  REFERENCE: 101, // 'e'
  PORT: 102, // 'f'
  PID: 103, // 'g'
  SMALL_TUPLE: 104, // 'h'
  LARGE_TUPLE: 105, // 'i'
  NIL: 106, // 'j'
  STRING: 107, // 'k'
  LIST: 108, // 'l'
  BINARY: 109, // 'm'
  SMALL_BIG: 110, // 'n'
  LARGE_BIG: 111, // 'o'
  NEW_FUN: 112, // 'p'
  EXPORT: 113, // 'q'
  NEW_REFERENCE: 114, // 'r'
  SMALL_ATOM: 115, // 's' (latin-1, 1-byte length)
  MAP: 116, // 't'
  FUN: 117, // 'u' (pre-R10 funs; OTP 23+ refuses to decode them)
  ATOM_UTF8: 118, // 'v'
  SMALL_ATOM_UTF8: 119, // 'w'
  V4_PORT: 120, // 'x'
  LOCAL: 121, // 'y'
  ATOM_CACHE_REF: 82, // 'R' (distribution only)
} as const;
