/**
 * This file implements what the allocator needs to know of types and sizes: whether a type contains
 * pointers, and the size classes (internal/runtime/gc/sizeclasses.go, runtime/msize.go). Sizes,
 * alignments and layouts themselves are the type checker's (types/sizes.ts, re-exported here).
 *
 * Invariants:
 * - `sizeClasses` is copied verbatim from Go 1.26's sizeclasses.go (class 0 = large object);
 *   `roundupsize` is msize.go's, including the 8-byte malloc header added to pointerful objects
 *   larger than 512 bytes (gc.MinSizeForMallocHeader).
 */

import type { Type } from '../types/type';
import { under } from './typename';
import { alignof, alignUp, sizeof, structLayout } from '../types/sizes';

export { alignof, alignUp, sizeof, structLayout };

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
