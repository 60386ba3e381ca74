/**
 * This file implements Go's type sizes and alignments for linux/amd64 (go/types StdSizes with
 * WordSize 8, MaxAlign 8; cmd/compile/internal/types/size.go), whether a type contains pointers,
 * and the allocator's size classes (internal/runtime/gc/sizeclasses.go, runtime/msize.go).
 * https://go.dev/ref/spec#Size_and_alignment_guarantees
 *
 * Invariants:
 * - sizeof(t) is a multiple of alignof(t); struct fields are laid out in order, each at an offset
 *   that is a multiple of its alignment; a struct ending in a zero-size field (with non-zero size
 *   before it) gets one byte of padding so a pointer to that field stays inside the object.
 * - `sizeClasses` is copied verbatim from Go 1.26's sizeclasses.go (class 0 = large object);
 *   `roundupsize` is msize.go's, including the 8-byte malloc header added to pointerful objects
 *   larger than 512 bytes (gc.MinSizeForMallocHeader).
 */

import type { Type } from '../types/type';
import { under } from './typename';

const basicSize: Record<string, number> = {
  bool: 1, int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, float32: 4,
  int: 8, uint: 8, int64: 8, uint64: 8, uintptr: 8, float64: 8, complex64: 8, complex128: 16,
  string: 16, 'unsafe.Pointer': 8,
};

/** unsafe.Sizeof */
export function sizeof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return basicSize[u.basic] ?? 8;
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': return 8;
    case 'Slice': return 24;
    case 'Interface': return 16;
    case 'Array': return u.len * sizeof(u.elem);
    case 'Struct': return structLayout(u.fields.map((f) => f.type)).size;
    default: return 8; // TypeParam/Tuple/Union have no run-time size; callers pass instantiated types
  }
}

/** unsafe.Alignof */
export function alignof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'complex64') return 4;
      if (u.basic === 'complex128' || u.basic === 'string') return 8;
      return Math.min(basicSize[u.basic] ?? 8, 8);
    case 'Array': return alignof(u.elem);
    case 'Struct': return u.fields.reduce((a, f) => Math.max(a, alignof(f.type)), 1);
    default: return 8;
  }
}

/** Field offsets (unsafe.Offsetof) and total size of a struct with these field types. */
export function structLayout(fields: readonly Type[]): { offsets: number[]; size: number; align: number } {
  let off = 0;
  let align = 1;
  const offsets: number[] = [];
  let lastSize = 0;
  for (const f of fields) {
    const a = alignof(f);
    align = Math.max(align, a);
    off = alignUp(off, a);
    offsets.push(off);
    lastSize = sizeof(f);
    off += lastSize;
  }
  if (fields.length > 0 && lastSize === 0 && off > 0) off++; // trailing zero-size field padding
  return { offsets, size: alignUp(off, align), align };
}

export function alignUp(n: number, a: number): number { return Math.ceil(n / a) * a; }

/** Does a value of type t contain pointers the GC must scan (et.Pointers())? */
export function hasPointers(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return u.basic === 'string' || u.basic === 'unsafe.Pointer';
    case 'Array': return u.len > 0 && hasPointers(u.elem);
    case 'Struct': return u.fields.some((f) => hasPointers(f.type));
    default: return true; // pointer, slice, map, chan, func, interface
  }
}

// ---- size classes (internal/runtime/gc/sizeclasses.go) ------------------------------------------

export const sizeClasses: readonly number[] = [0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
  240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
  2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568,
  14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768];
export const maxSmallSize = 32768;
export const pageSize = 8192;
export const mallocHeaderSize = 8;
export const minSizeForMallocHeader = 512;
/** malloc.go maxAlloc on linux/amd64: 1 << 48 */
export const maxAlloc = 2 ** 48;

/** The smallest size class >= n (n <= maxSmallSize); equals Go's SizeToSizeClass8/128 lookups. */
export function sizeClassFor(n: number): number {
  let lo = 1;
  let hi = sizeClasses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sizeClasses[mid] >= n) hi = mid; else lo = mid + 1;
  }
  return sizeClasses[lo];
}

/**
 * msize.go roundupsize: the size mallocgc really allocates for a request of `size` bytes.
 * `noscan` = the object has no pointers.
 */
export function roundupsize(size: number, noscan: boolean): number {
  let req = size;
  if (req <= maxSmallSize - mallocHeaderSize) {
    if (!noscan && req > minSizeForMallocHeader) req += mallocHeaderSize;
    return sizeClassFor(req) - (req - size);
  }
  req += pageSize - 1;
  return req - (req % pageSize);
}
