/**
 * This file defines the explicit call stack of the simulator: compiled functions (`FuncCode`),
 * activation records (`Frame`), deferred calls (`DeferRec`), panics (`PanicRec`) and goroutines
 * (`Goroutine`). Nothing of a Go program lives on the JavaScript stack between two steps.
 *
 * Models runtime/runtime2.go (g, _defer, _panic) and runtime/panic.go.
 *
 * Invariants:
 * - `g.top` is the innermost frame; `f.parent` links outwards; a finished goroutine has `top === null`.
 * - `f.pc` is the resume point in `f.code.step`; `PC_UNWIND` (-1) marks a frame whose deferred calls
 *   are being run by a panic: when it becomes the top again the VM continues unwinding, not the code.
 * - `g.stackBytes` is the sum of `frameBytes` of the frames on the stack (Go's stack-limit emulation).
 * - A frame created by the panic machinery to run a deferred call has `panicOf` set to that panic;
 *   `recover()` is effective only in such a frame (https://go.dev/ref/spec#Handling_panics).
 */

/** A compiled Go function. `step(g, f)` runs `f` from `f.pc` until it calls, returns or blocks. */
export interface FuncCode {
  readonly name: string;          // runtime name: main.main, main.(*T).M, main.main.func1
  readonly pos: number;           // source offset of the declaration
  readonly frameBytes: number;    // estimated Go stack frame size
  readonly nslots: number;
  /** pc of the epilogue (running deferred calls, returning results), -1 without defers */
  readonly epi?: number;
  step: (g: Goroutine, f: Frame) => void;
  /** the generated JavaScript, for `gosim disasm` */
  readonly src?: string;
}

/** A native (library) function: `(host, ...args) => result`. */
export type NativeFn = (host: unknown, ...args: unknown[]) => unknown;

import { GBase } from '../runtime/g';

export const PC_UNWIND = -1;

export class Frame {
  pc = 0;
  defers: DeferRec | null = null;
  panicOf: PanicRec | null = null;
  /** position of the call or operation in progress (for tracebacks) */
  at = -1;
  readonly depth: number;
  constructor(
    readonly code: FuncCode,
    readonly parent: Frame | null,
    public v: unknown[],
    readonly e: unknown[] | null,
  ) {
    this.depth = parent === null ? 0 : parent.depth + 1;
  }
}

/** A deferred call: a Go function (code + env) or a native, with arguments evaluated at `defer`. */
export class DeferRec {
  constructor(
    readonly code: FuncCode | null,
    readonly env: unknown[] | null,
    readonly native: NativeFn | null,
    readonly args: unknown[],
    readonly pos: number,
    readonly next: DeferRec | null,
  ) {}
}

/** A panic in progress (runtime/runtime2.go `_panic`). */
export class PanicRec {
  recovered = false;
  repanicked = false;
  goexit = false;
  constructor(
    readonly value: unknown,     // a Go `any` (Iface or null)
    readonly link: PanicRec | null,
    public depth: number,        // depth of the frame it is unwinding
  ) {}
}

/** A goroutine: the runtime's G (runtime/g.ts) plus the VM's explicit frame stack. */
export class Goroutine extends GBase {
  top: Frame | null = null;
  /** estimated bytes of Go stack in use */
  stackBytes = 0;
  /** nesting of direct JS calls between step functions (bounded, reset by the trampoline) */
  js = 0;
  /** set when the goroutine parked in a send/select: a close may have to panic it on resume */
  resumeCheck = false;
  /** consecutive time slices that ended at the back edge of the same spinning loop (VM.slicePassed) */
  spinTicks = 0;
  /** that loop's id (compile: ProgramBuilder.spinIds) */
  spinLoop = 0;
  panic: PanicRec | null = null;
  /** the scheduler's bookkeeping (owned by vm/sched.ts) */
  sched: unknown = undefined;
  /** position of the go statement, and the creator's function name/id, for dumps */
  constructor(
    id: number,
    readonly createdBy: string,
    readonly createdByG: number,
    readonly createdAt: number,
  ) { super(id); }
}
