/**
 * This file defines how Go values are represented as JavaScript values inside the simulator.
 * The compiler emits code over these shapes, the runtime and the standard library read and make
 * them, and `fmt` prints them. It is the single contract between those stages: change it here first.
 *
 *   Go type                         JavaScript value
 *   ------------------------------  -----------------------------------------------------------------
 *   bool                            boolean
 *   int8 int16 int32(rune)          number, always wrapped to the type's range (`x << 24 >> 24`, `x | 0`)
 *   uint8(byte) uint16 uint32       number, always wrapped (`x & 0xff`, `x >>> 0`)
 *   int int64 uint uint64 uintptr   Int64 = number | bigint. CANONICAL: a number when the value is a
 *                                   safe integer (|v| <= 2^53-1), a bigint otherwise; never a bigint
 *                                   in the safe range, so `===` is Go's `==`. int/uint are 64-bit.
 *                                   Arithmetic wraps exactly as Go (see vm/int64.ts helpers).
 *   float64                         number;  float32: number rounded with Math.fround after every op
 *   complex64 complex128            Complex (immutable)
 *   string                          a JS string holding UTF-8 BYTES, one byte (0..255) per UTF-16 code
 *                                   unit ("byte string"). len(s) === s.length, s[i] === s.charCodeAt(i),
 *                                   + and comparison work natively. Source literals are UTF-8 encoded by
 *                                   the compiler; output is written as bytes. Helpers: utf8.ts.
 *   [N]T                            JS Array of length N (value semantics: the compiler copies on
 *                                   assignment, passing and return)
 *   struct                          GoStruct: a plain object whose own enumerable keys are the
 *                                   field names in declaration order (blank fields: `_0`, `_1`, …;
 *                                   embedded fields: the type's name). Copied like arrays.
 *   *struct, *[N]T                  the struct object / the array itself (pointer identity = object
 *                                   identity); `x = y` on an addressed struct copies fields INTO x
 *   *T (any other T)                Pointer (a BoxPtr, ElemPtr or FieldPtr; compare with ptrEqual)
 *   []T                             Slice (immutable header; elements live in `arr`)
 *   map[K]V                         GoMap (runtime/map.ts)
 *   chan T                          Channel (runtime/chan.ts)
 *   func                            FuncValue
 *   interface (non-nil)             Iface { t: dynamic type, v: value }
 *
 * nil: every nil pointer, slice, map, channel, func and interface is `null`. Zero values of
 * non-nilable types are produced by `zeroValue(t)` in the compiler's runtime support.
 *
 * Invariants:
 * - A value's representation depends only on its static type; the compiler and the library never
 *   inspect a JS value to guess its Go type. The dynamic type travels with it only inside an Iface.
 * - Iface.t is a canonical Type: the compiler interns types, so `a.t === b.t` iff identical types.
 * - Strings never contain code units above 0xff.
 */

import type { Type } from '../types/type';

/** int, int64, uint, uint64, uintptr: see the table above. */
export type Int64 = number | bigint;

export class Complex {
  constructor(readonly re: number, readonly im: number) {}
}

/** A slice header. `arr[off .. off+len)` are the elements; `cap` counts from `off`. */
export class Slice<T = unknown> {
  constructor(
    readonly arr: T[],
    readonly off: number,
    readonly len: number,
    readonly cap: number,
  ) {}
}

/** A non-nil interface value. */
export class Iface {
  constructor(readonly t: Type, readonly v: unknown) {}
}

/** A pointer to something that is not a struct or array object. */
export abstract class Pointer {
  abstract get(): unknown;
  abstract set(v: unknown): void;
  /** Two pointers are equal iff they designate the same variable. */
  abstract sameAs(other: Pointer): boolean;
}

/** A pointer to a variable the compiler boxed because its address was taken. */
export class BoxPtr extends Pointer {
  constructor(readonly box: { v: unknown }) { super(); }
  get(): unknown { return this.box.v; }
  set(v: unknown): void { this.box.v = v; }
  sameAs(o: Pointer): boolean { return o instanceof BoxPtr && o.box === this.box; }
}

/** `&a[i]` for an array or a slice's backing array. */
export class ElemPtr extends Pointer {
  constructor(readonly arr: unknown[], readonly index: number) { super(); }
  get(): unknown { return this.arr[this.index]; }
  set(v: unknown): void { this.arr[this.index] = v; }
  sameAs(o: Pointer): boolean { return o instanceof ElemPtr && o.arr === this.arr && o.index === this.index; }
}

/** `&s.f` for a field that is not itself a struct or array. */
export class FieldPtr extends Pointer {
  constructor(readonly obj: Record<string, unknown>, readonly field: string) { super(); }
  get(): unknown { return this.obj[this.field]; }
  set(v: unknown): void { this.obj[this.field] = v; }
  sameAs(o: Pointer): boolean { return o instanceof FieldPtr && o.obj === this.obj && o.field === this.field; }
}

export type GoStruct = Record<string, unknown>;

/**
 * A function value: compiled Go code plus its captured environment, or a native (standard library)
 * function. The shapes of `code` and `env` belong to the VM (vm/frame.ts); the library only calls
 * through the VM's `callSync`.
 */
export class FuncValue {
  constructor(
    readonly code: unknown,
    readonly env: unknown,
    /** the runtime name, as panics and %v print it: `main.main.func1`, `strings.ToUpper` */
    readonly name: string,
  ) {}
}
