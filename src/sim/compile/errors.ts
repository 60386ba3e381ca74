/**
 * This file defines the compiler's one learner-facing error: a valid Go construct the simulator
 * does not run yet. index.ts turns it into a diagnostic `FILE:LINE:COL: message` (exit code 1).
 * Anything else the compiler throws is an internal error (a bug of ours).
 */
export class UnsupportedError extends Error {
  constructor(readonly pos: number, readonly feature: string) { super(feature); }
}
