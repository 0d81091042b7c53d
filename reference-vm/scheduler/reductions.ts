// Reduction costs, as data. OTP charges one reduction per function call (and per BIF call);
// the entries below are the places where OTP 26's runtime charges something else, with the
// C source location the figure comes from. Everything not listed costs 1.

/** OTP's CONTEXT_REDS: the reductions of one time slice. */
export const CONTEXT_REDS = 4000;

/**
 * Extra reductions, on top of the call itself, charged by the runtime for these actions.
 * (A "virtual" bump in OTP - ERTS_VBUMP_REDS - still ends the slice early; only the
 * statistics differ, so it is treated like any other bump here.)
 */
export const REDUCTION_COSTS = {
  /** bif.c erl_send / send_3: ERTS_VBUMP_REDS(p, 4) after a successful send. */
  send: 4,
  /** erl_message.c erts_send_message: one reduction per this many words copied. */
  messageCopyWordsPerReduction: 64,
  /** ... capped at one whole slice. */
  messageCopyMax: CONTEXT_REDS,
  /** erl_bif_info.c process_info: one reduction per this many links/monitors listed. */
  processInfoPerListedItems: 4,
  /** bif.c process_flag(sensitive, _): BIF_RET2(old, CONTEXT_REDS) ends the slice. */
  processFlagSensitive: CONTEXT_REDS,
  /** bif.c erlang:bump_reductions/1: at most one slice. */
  bumpReductionsMax: CONTEXT_REDS,
} as const;

/** Reductions the sender pays for copying a message of `words` words. */
export function messageCopyCost(words: number): number {
  if (words <= REDUCTION_COSTS.messageCopyWordsPerReduction) return 0;
  return Math.min(Math.floor(words / REDUCTION_COSTS.messageCopyWordsPerReduction), REDUCTION_COSTS.messageCopyMax);
}
