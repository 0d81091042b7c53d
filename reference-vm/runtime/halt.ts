// erlang:halt/2 stops the whole runtime system, not just the calling process. The BIF
// throws a HaltRequest; it passes through the interpreter untouched (it is no Erlang
// exception, so no catch sees it) and the run loop ends the run with status 'halt'.

/** How the runtime system ended: an exit status, an abort, or a crash dump slogan. */
export type HaltHow =
  /** halt(Status): the exit status as the operating system reports it (0..255). */
  | { status: number }
  /** halt(abort): the emulator aborts (SIGABRT on Unix, no exit status). */
  | { status: 'abort' }
  /** halt(Slogan): OTP writes a crash dump with this slogan and exits with status 1. */
  | { status: 1; slogan: string };

export class HaltRequest {
  constructor(
    readonly how: HaltHow,
    /** {flush, Bool}: whether output still pending is written first (always is, here). */
    readonly flush: boolean,
  ) {}
}
