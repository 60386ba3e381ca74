/**
 * This file implements Go maps (map[K]V), modelled on the behaviour of runtime maps
 * (internal/runtime/maps: Swiss tables since Go 1.24) rather than their layout.
 * https://go.dev/ref/spec#Map_types, #Index_expressions, #For_statements (range over maps)
 *
 * Keys are encoded into JS Map keys by a per-key-type encoder (`keyEncoder`):
 *   bool, numbers, byte strings, canonical int64 (number|bigint)   → themselves (+0/-0 are one key;
 *                                                                    JS Map's SameValueZero agrees)
 *   float NaN (alone or inside a struct/array/interface key)        → never equal to anything: each
 *                                                                    insert adds a new entry, lookups miss
 *   *struct/*[N]T, channels                                         → the object (identity)
 *   other pointers (BoxPtr/ElemPtr/FieldPtr)                        → `p<id of target>[<index|field>]`
 *   structs, arrays, complex, interfaces                            → an injective string
 *   interface holding a slice/map/func (or a struct of them)        → panic
 *     `runtime error: hash of unhashable type []int` (on insert or lookup in a non-empty map) or
 *     `hash of unhashable type: []int` (lookup/delete in a nil or empty map: maps.mapKeyError)
 *
 * Iteration (range): each range statement starts at a seeded random point of a seeded random
 * permutation of the entries present when it starts; an entry deleted before it is reached is not
 * produced; entries added during the loop are not produced (the spec allows either); a value
 * updated before it is reached is produced with its new value.
 *
 * Invariants:
 * - `index` maps every live key encoding to its entry; `entries` holds live entries in insertion
 *   order plus deleted ones (dead = true) until compaction; `size` counts live entries including
 *   the NaN-keyed ones in `nanEntries`.
 * - Entry objects are never reused, so an iterator can hold them across mutations.
 */

import type { Type } from '../types/type';
import { BoxPtr, Complex, ElemPtr, FieldPtr, Iface, Pointer } from '../vm/values';
import type { G, Parker } from './g';
import { nilMapWriteError, unhashableError, unhashableMapKeyError } from './errors';
import { rtypeString, under } from './typename';
import { sizeof } from './sizes';

/** The encoded form of a key; NOKEY = "equal to nothing" (contains NaN). */
type KeyCode = unknown;
const NOKEY: unique symbol = Symbol('NaN key');

export interface MapEntry<K = unknown, V = unknown> {
  readonly key: K;
  value: V;
  dead: boolean;
}

/** Per-map identity numbering of objects (for pointer keys inside composite keys). */
class Ids {
  private readonly ids = new WeakMap<object, number>();
  private next = 1;
  of(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) { id = this.next++; this.ids.set(o, id); }
    return id;
  }
}

class Unhashable {
  constructor(readonly t: Type) {}
}

/** Build the encoder for keys of static type t. Throws Unhashable for interface keys holding unhashable values. */
export function keyEncoder(t: Type, ids: Ids): (v: unknown) => KeyCode {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'float32' || u.basic === 'float64' || u.basic === 'untyped float') {
        return (v) => (Number.isNaN(v as number) ? NOKEY : (v as number) === 0 ? 0 : v);
      }
      if (u.basic === 'complex64' || u.basic === 'complex128') {
        return (v) => {
          const c = v as Complex;
          if (Number.isNaN(c.re) || Number.isNaN(c.im)) return NOKEY;
          return `c${c.re === 0 ? 0 : c.re},${c.im === 0 ? 0 : c.im}`;
        };
      }
      return (v) => v;
    case 'Pointer': {
      const eu = under(u.elem);
      if (eu.kind === 'Struct' || eu.kind === 'Array') return (v) => v; // the object itself
      return (v) => pointerCode(v as Pointer | null, ids);
    }
    case 'Chan': case 'Map': case 'Signature': case 'Slice': return (v) => v;
    case 'Struct': {
      const encs = u.fields.map((f) => keyEncoder(f.type, ids));
      const names = u.fields.map((f, i) => (f.name === '_' ? `_${i}` : f.name));
      return (v) => {
        const o = v as Record<string, unknown>;
        const parts: string[] = [];
        for (let i = 0; i < encs.length; i++) {
          if (names[i].startsWith('_')) continue; // blank fields do not take part in ==
          const c = encs[i](o[names[i]]);
          if (c === NOKEY) return NOKEY;
          parts.push(partString(c, ids));
        }
        return `{${parts.join(',')}}`;
      };
    }
    case 'Array': {
      const enc = keyEncoder(u.elem, ids);
      return (v) => {
        const a = v as unknown[];
        const parts: string[] = [];
        for (const x of a) {
          const c = enc(x);
          if (c === NOKEY) return NOKEY;
          parts.push(partString(c, ids));
        }
        return `[${parts.join(',')}]`;
      };
    }
    case 'Interface':
      return (v) => {
        if (v === null) return null;
        const iv = v as Iface;
        if (!isHashable(iv.t)) throw new Unhashable(iv.t);
        const c = keyEncoder(iv.t, ids)(iv.v);
        if (c === NOKEY) return NOKEY;
        return `i${ids.of(iv.t)}:${partString(c, ids)}`;
      };
    default:
      return (v) => v;
  }
}

function pointerCode(p: Pointer | null, ids: Ids): KeyCode {
  if (p === null) return null;
  if (p instanceof BoxPtr) return p.box;
  if (p instanceof ElemPtr) return `p${ids.of(p.arr)}[${p.index}]`;
  if (p instanceof FieldPtr) return `p${ids.of(p.obj)}.${p.field}`;
  return p;
}

/** A key code as a string part of a composite key (injective per type). */
function partString(c: KeyCode, ids: Ids): string {
  switch (typeof c) {
    case 'string': return JSON.stringify(c);
    case 'number': return String(c);
    case 'bigint': return c + 'n';
    case 'boolean': return c ? 'T' : 'F';
    case 'object': return c === null ? 'nil' : `#${ids.of(c)}`;
    default: return String(c);
  }
}

/** Can values of type t be map keys / compared with == ? (spec: comparable) */
export function isHashable(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Slice': case 'Map': case 'Signature': return false;
    case 'Array': return isHashable(u.elem);
    case 'Struct': return u.fields.every((f) => isHashable(f.type));
    default: return true;
  }
}

export class GoMap<K = unknown, V = unknown> {
  private readonly index = new Map<KeyCode, MapEntry<K, V>>();
  private entries: MapEntry<K, V>[] = [];
  private dead = 0;
  private readonly nanEntries: MapEntry<K, V>[] = [];
  private readonly ids = new Ids();
  private readonly enc: (v: unknown) => KeyCode;

  constructor(readonly id: number, readonly keyType: Type, readonly elemType: Type) {
    this.enc = keyEncoder(keyType, this.ids);
  }

  get size(): number { return this.index.size + this.nanEntries.length; }

  /**
   * Heap bytes one more entry costs, for the heap budget: a swiss-table slot (key and element) and
   * its control byte. Groups of 8 slots and the 7/8 load factor are not modelled (an estimate).
   */
  get slotBytes(): number {
    this.slot ??= sizeof(this.keyType) + sizeof(this.elemType) + 1;
    return this.slot;
  }
  private slot: number | undefined;

  /** Encode k; unhashable dynamic types panic with the text Go uses for this situation. */
  private code(k: unknown, emptyMapText: boolean): KeyCode {
    try {
      return this.enc(k);
    } catch (e) {
      if (e instanceof Unhashable) {
        if (emptyMapText) throw unhashableMapKeyError(rtypeString(e.t));
        throw unhashableError(rtypeString(e.t));
      }
      throw e;
    }
  }

  /** The entry for k, or undefined (m[k] then yields the zero value). */
  getEntry(k: K): MapEntry<K, V> | undefined {
    const c = this.code(k, this.size === 0);
    return c === NOKEY ? undefined : this.index.get(c);
  }
  get(k: K): V | undefined { return this.getEntry(k)?.value; }
  has(k: K): boolean { return this.getEntry(k) !== undefined; }

  /** m[k] = v; returns true when a new entry was added. */
  set(k: K, v: V): boolean {
    const c = this.code(k, false);
    if (c === NOKEY) {
      this.nanEntries.push({ key: k, value: v, dead: false });
      return true;
    }
    const e = this.index.get(c);
    if (e !== undefined) { e.value = v; return false; }
    const ne: MapEntry<K, V> = { key: k, value: v, dead: false };
    this.index.set(c, ne);
    this.entries.push(ne);
    return true;
  }

  /** delete(m, k) */
  delete(k: K): boolean {
    const c = this.code(k, this.size === 0);
    if (c === NOKEY) return false;
    const e = this.index.get(c);
    if (e === undefined) return false;
    this.index.delete(c);
    e.dead = true;
    if (++this.dead > 32 && this.dead * 2 > this.entries.length) {
      this.entries = this.entries.filter((x) => !x.dead);
      this.dead = 0;
    }
    return true;
  }

  /** clear(m) — also removes NaN-keyed entries */
  clear(): void {
    for (const e of this.entries) e.dead = true;
    for (const e of this.nanEntries) e.dead = true;
    this.index.clear();
    this.entries = [];
    this.nanEntries.length = 0;
    this.dead = 0;
  }

  /** Live entries in insertion order (for tests and fmt; not Go's iteration order). */
  liveEntries(): MapEntry<K, V>[] {
    return [...this.entries.filter((e) => !e.dead), ...this.nanEntries];
  }

  /** Start a `for k, v := range m`: see the header for the order rules. */
  iterate(rand: (n: number) => number): MapIter<K, V> {
    const snap = this.liveEntries();
    // a random permutation (Fisher–Yates) then a random rotation, like Go's random start offset
    for (let i = snap.length - 1; i > 0; i--) {
      const j = rand(i + 1);
      [snap[i], snap[j]] = [snap[j], snap[i]];
    }
    return new MapIter(snap, snap.length > 0 ? rand(snap.length) : 0);
  }
}

export class MapIter<K, V> {
  private i = 0;
  constructor(private readonly snap: MapEntry<K, V>[], private readonly start: number) {}
  /** The next live entry, or null at the end. */
  next(): MapEntry<K, V> | null {
    while (this.i < this.snap.length) {
      const e = this.snap[(this.start + this.i++) % this.snap.length];
      if (!e.dead) return e;
    }
    return null;
  }
}

// ---- the operations the compiled code calls --------------------------------------------------

/** `make(map[K]V)` */
export function makemap(rt: Parker, g: G, pos: number, keyType: Type, elemType: Type): GoMap {
  return new GoMap(rt.newId(), keyType, elemType);
}

/**
 * `m[k]` / `v, ok := m[k]`: the value, or undefined when absent (the caller yields the zero value
 * and ok = false). A nil map is empty, but an unhashable interface key still panics (mapKeyError).
 */
export function mapaccess(m: GoMap | null, k: unknown, keyType: Type): unknown {
  if (m === null) {
    if (k instanceof Iface && !isHashable(k.t) && under(keyType).kind === 'Interface') {
      throw unhashableMapKeyError(rtypeString(k.t));
    }
    return undefined;
  }
  return m.get(k);
}

/** `m[k] = v`; panics `assignment to entry in nil map`. */
export function mapassign(rt: Parker, g: G, pos: number, m: GoMap | null, k: unknown, v: unknown): void {
  if (m === null) throw nilMapWriteError();
  const n = m.size;
  m.set(k, v);
  if (m.size !== n) rt.alloc(m.slotBytes);
  if (rt.tracing) {
    rt.emit({ kind: 'map.write', g: g.id, pos, map: m.id, op: 'set', key: rt.show(k, m.keyType), value: rt.show(v, m.elemType), len: m.size });
  }
}

/** `delete(m, k)`: a no-op on a nil map. */
export function mapdelete(rt: Parker, g: G, pos: number, m: GoMap | null, k: unknown): void {
  if (m === null) return;
  if (m.delete(k) && rt.tracing) {
    rt.emit({ kind: 'map.write', g: g.id, pos, map: m.id, op: 'delete', key: rt.show(k, m.keyType), value: null, len: m.size });
  }
}

/** `clear(m)` */
export function mapclear(rt: Parker, g: G, pos: number, m: GoMap | null): void {
  if (m === null) return;
  m.clear();
  if (rt.tracing) rt.emit({ kind: 'map.write', g: g.id, pos, map: m.id, op: 'clear', key: null, value: null, len: 0 });
}

export function maplen(m: GoMap | null): number { return m === null ? 0 : m.size; }
