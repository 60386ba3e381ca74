/**
 * This file implements the texts of Go's run-time errors and how the runtime raises them. It
 * models runtime/error.go (boundsError, TypeAssertionError, errorString, plainError), the panic
 * helpers of runtime/panic.go (panicdivide, panicshift, panicmem), slice.go (panicmakeslicelen),
 * and the goroutine dump header of runtime/traceback.go (goroutineheader).
 *
 * How errors travel: a runtime operation throws a `RuntimePanic` (a Go panic: recoverable) or a
 * `FatalError` (runtime.fatal/throw: not recoverable, exit code 2). The VM's trampoline catches
 * them and turns a RuntimePanic into a Go panic whose value is a runtime.Error (when `value` is a
 * RuntimeErrorValue) or a string (when `value` is a JS string, e.g. `sync: negative WaitGroup
 * counter`, which package sync raises with panic("...")).
 *
 * Invariants:
 * - `RuntimeErrorValue.text` is exactly what Go's Error() method returns: with the `runtime error: `
 *   prefix for errorString/boundsError, without it for plainError (`send on closed channel`,
 *   `assignment to entry in nil map`) and TypeAssertionError (`interface conversion: …`).
 * - Every text here is checked against real Go by tests/sim/runtime/errors.test.ts (recorded).
 */

/** Which runtime error type Go would use; `plain` = plainError, `string` = errorString. */
/** `panicNil` is *runtime.PanicNilError, what panic(nil) raises since Go 1.21. */
export type RuntimeErrorKind = 'bounds' | 'string' | 'plain' | 'typeAssertion' | 'panicNil';

/** A runtime.Error value. `text` is its Error() result. */
export class RuntimeErrorValue {
  constructor(readonly kind: RuntimeErrorKind, readonly text: string) {}
  Error(): string { return this.text; }
  /** runtime.TypeAssertionError's field as the runtime package's Go declaration reads it */
  get msg(): string { return this.text; }
}

/** Thrown by runtime operations: a Go panic, recoverable. */
export class RuntimePanic {
  constructor(readonly value: RuntimeErrorValue | string) {}
  /** what `panic: …` prints (for a string value the VM adds Go's formatting, e.g. no quotes) */
  get message(): string { return typeof this.value === 'string' ? this.value : this.value.text; }
}

/** Thrown for runtime.fatal / throw: prints `fatal error: <text>`, exit code 2, no recover. */
export class FatalError {
  constructor(readonly text: string) {}
}

// ---- errorString: "runtime error: " + text ----------------------------------------------------

function errorString(s: string): RuntimePanic {
  return new RuntimePanic(new RuntimeErrorValue('string', 'runtime error: ' + s));
}
function plainError(s: string): RuntimePanic {
  return new RuntimePanic(new RuntimeErrorValue('plain', s));
}

export const divideError = (): RuntimePanic => errorString('integer divide by zero');
export const shiftError = (): RuntimePanic => errorString('negative shift amount');
export const memoryError = (): RuntimePanic => errorString('invalid memory address or nil pointer dereference');
export const makesliceLenError = (): RuntimePanic => errorString('makeslice: len out of range');
export const makesliceCapError = (): RuntimePanic => errorString('makeslice: cap out of range');
export const growsliceError = (): RuntimePanic => errorString('growslice: len out of range');
export const unhashableError = (typeName: string): RuntimePanic => errorString('hash of unhashable type ' + typeName);
/** `==` on interfaces holding an uncomparable dynamic type (runtime/alg.go efaceeq). */
export const comparingUncomparableError = (typeName: string): RuntimePanic => errorString('comparing uncomparable type ' + typeName);
/** Lookup/delete in a nil or empty map with an unhashable key (internal/runtime/maps mapKeyError): no prefix. */
export const unhashableMapKeyError = (typeName: string): RuntimePanic => plainError('hash of unhashable type: ' + typeName);

export const nilMapWriteError = (): RuntimePanic => plainError('assignment to entry in nil map');
export const sendOnClosedError = (): RuntimePanic => plainError('send on closed channel');
export const closeOfClosedError = (): RuntimePanic => plainError('close of closed channel');
export const closeOfNilError = (): RuntimePanic => plainError('close of nil channel');
export const makechanSizeError = (): RuntimePanic => plainError('makechan: size out of range');

/**
 * The line Go prints after `panic: runtime error: invalid memory address …` for a nil
 * dereference: `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x…]`. The pc is
 * an address in the real binary; we print a fixed one, so golden comparisons must mask `pc=0x…`.
 */
export function sigsegvLine(addr = 0, pc = 0x401000): string {
  return `[signal SIGSEGV: segmentation violation code=0x1 addr=0x${addr.toString(16)} pc=0x${pc.toString(16)}]`;
}

// ---- boundsError (runtime/error.go) -----------------------------------------------------------

/** abi.BoundsErrorCode */
export type BoundsCode =
  | 'index' | 'sliceAlen' | 'sliceAcap' | 'sliceB' | 'slice3Alen' | 'slice3Acap' | 'slice3B' | 'slice3C' | 'convert';

const boundsFmts: Record<BoundsCode, string> = {
  index: 'index out of range [%x] with length %y',
  sliceAlen: 'slice bounds out of range [:%x] with length %y',
  sliceAcap: 'slice bounds out of range [:%x] with capacity %y',
  sliceB: 'slice bounds out of range [%x:%y]',
  slice3Alen: 'slice bounds out of range [::%x] with length %y',
  slice3Acap: 'slice bounds out of range [::%x] with capacity %y',
  slice3B: 'slice bounds out of range [:%x:%y]',
  slice3C: 'slice bounds out of range [%x:%y:]',
  convert: 'cannot convert slice with length %y to array or pointer to array with length %x',
};
const boundsNegFmts: Record<Exclude<BoundsCode, 'convert'>, string> = {
  index: 'index out of range [%x]',
  sliceAlen: 'slice bounds out of range [:%x]',
  sliceAcap: 'slice bounds out of range [:%x]',
  sliceB: 'slice bounds out of range [%x:]',
  slice3Alen: 'slice bounds out of range [::%x]',
  slice3Acap: 'slice bounds out of range [::%x]',
  slice3B: 'slice bounds out of range [:%x:]',
  slice3C: 'slice bounds out of range [%x::]',
};

/**
 * The text of a boundsError. `x` is the offending index (int64/uint64 as number|bigint), `y` the
 * length/capacity/other bound; `signed` is false when x came from an unsigned type (then a huge
 * value prints as such, never negative).
 */
export function boundsErrorText(code: BoundsCode, x: number | bigint, y: number | bigint, signed = true): string {
  const neg = signed && x < 0;
  const fmt = neg && code !== 'convert' ? boundsNegFmts[code] : boundsFmts[code];
  const xs = signed ? String(x) : String(BigInt.asUintN(64, BigInt(x)));
  return 'runtime error: ' + fmt.replace('%x', xs).replace('%y', String(y));
}

export function boundsError(code: BoundsCode, x: number | bigint, y: number | bigint, signed = true): RuntimePanic {
  return new RuntimePanic(new RuntimeErrorValue('bounds', boundsErrorText(code, x, y, signed)));
}

/** `s[i]` check; throws the Go panic when out of range. */
export function checkIndex(i: number | bigint, len: number): number {
  if (typeof i === 'bigint' || i < 0 || i >= len) throw boundsError('index', i, len);
  return i;
}

// ---- TypeAssertionError (runtime/error.go) ----------------------------------------------------

/**
 * `interface conversion: …`. Type names are as the runtime prints them (runtime/typename.ts
 * `rtypeString`). `iface` is the static interface type of the operand (`interface {}`,
 * `main.I`), `concrete` the dynamic type or null for a nil interface, `asserted` the target.
 * `missingMethod` is set when asserting to an interface the dynamic type does not implement.
 * `samePkgPath` tells, when both names print the same, whether the types come from the same
 * package (different scopes) or not.
 */
export function typeAssertionErrorText(
  iface: string, concrete: string | null, asserted: string, missingMethod = '', samePkgPath = true,
): string {
  if (concrete === null) return `interface conversion: ${iface} is nil, not ${asserted}`;
  if (missingMethod === '') {
    let msg = `interface conversion: ${iface} is ${concrete}, not ${asserted}`;
    if (concrete === asserted) msg += samePkgPath ? ' (types from different scopes)' : ' (types from different packages)';
    return msg;
  }
  return `interface conversion: ${concrete} is not ${asserted}: missing method ${missingMethod}`;
}

export function typeAssertionError(
  iface: string, concrete: string | null, asserted: string, missingMethod = '', samePkgPath = true,
): RuntimePanic {
  return new RuntimePanic(new RuntimeErrorValue('typeAssertion',
    typeAssertionErrorText(iface, concrete, asserted, missingMethod, samePkgPath)));
}

// ---- fatal errors and goroutine dumps --------------------------------------------------------

export const deadlockText = 'all goroutines are asleep - deadlock!';
export const unlockOfUnlockedMutex = 'sync: unlock of unlocked mutex';
export const runlockOfUnlockedRWMutex = 'sync: RUnlock of unlocked RWMutex';
export const unlockOfUnlockedRWMutex = 'sync: Unlock of unlocked RWMutex';
export const negativeWaitGroupCounter = 'sync: negative WaitGroup counter';
/** stack.go newstack: this line on stderr, then `fatal error: stack overflow`. */
export const stackExceedsLine = (limit = 1000000000): string => `runtime: goroutine stack exceeds ${limit}-byte limit`;
export const stackOverflowText = 'stack overflow';

/**
 * `goroutine N [status]:` (traceback.go goroutineheader). `status` is the wait reason for a
 * waiting goroutine, `running` / `runnable` otherwise. Go appends `, M minutes` after ≥ 1 minute
 * of waiting; simulated programs never wait that long in real time, so it is omitted.
 */
export function goroutineHeader(id: number, status: string): string {
  return `goroutine ${id} [${status}]:`;
}
