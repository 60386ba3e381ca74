/**
 * This file implements Go's type sizes, alignments and field offsets for linux/amd64 (go/types
 * StdSizes with WordSize 8, MaxAlign 8; cmd/compile/internal/types/size.go): the values of
 * unsafe.Sizeof, unsafe.Alignof and unsafe.Offsetof, and the layout the runtime allocates by.
 * https://go.dev/ref/spec#Size_and_alignment_guarantees
 *
 * Invariants:
 * - sizeof(t) is a multiple of alignof(t); struct fields are laid out in order, each at an offset
 *   that is a multiple of its alignment; a struct ending in a zero-size field (with non-zero size
 *   before it) gets one byte of padding so a pointer to that field stays inside the object.
 * - Callers pass types without type parameters (instantiated); `hasVarSize` tells which are not.
 */

import type { Type } from './type';
import { under } from './predicates';

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

/**
 * unsafe.Offsetof of the field reached from struct type `base` by the selection path `index`
 * (through embedded fields, never through a pointer: the checker rejects that).
 */
export function offsetof(base: Type, index: readonly number[]): number {
  let off = 0;
  let t = base;
  for (const i of index) {
    const s = under(t);
    if (s.kind !== 'Struct') break;
    off += structLayout(s.fields.map((f) => f.type)).offsets[i];
    t = s.fields[i].type;
  }
  return off;
}

/** types2 hasVarSize: does the size of t depend on a type parameter? */
export function hasVarSize(t: Type, seen: Set<Type> = new Set()): boolean {
  if (t.kind === 'TypeParam') return true;
  if (seen.has(t)) return false;
  seen.add(t);
  const u = under(t);
  switch (u.kind) {
    case 'Array': return hasVarSize(u.elem, seen);
    case 'Struct': return u.fields.some((f) => hasVarSize(f.type, seen));
    default: return false;
  }
}
