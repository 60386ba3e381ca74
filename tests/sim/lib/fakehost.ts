/**
 * This file implements a Host (src/sim/lib/host.ts) for unit tests of the natives without the VM:
 * methods of the test's named types are JS functions registered by type name; callSync calls
 * them; a Go panic is a thrown FakePanic. Addresses are stable fake 0xc000… numbers.
 */
import type { Host } from '../../../src/sim/lib/host';
import { under } from '../../../src/sim/types/predicates';
import type { Signature, Type } from '../../../src/sim/types/type';
import { FuncValue, Iface } from '../../../src/sim/vm/values';
import { Typ, newSignature, newVar } from '../../../src/sim/types/universe';
import { runtimeTypeString } from '../../../src/sim/types/typestring';

export class FakePanic { constructor(readonly value: Iface | null) {} }

/** A fake Go map: entries in insertion order (fmt sorts them). */
export class FakeMap { constructor(readonly entries: Array<[unknown, unknown]>) {} }

export type MethodImpl = (host: Host, recv: unknown) => unknown;
export interface MethodDef { ptr: boolean; impl: MethodImpl; sig?: Signature }

export const stringSig: Signature = newSignature([], [newVar('', Typ.string, null)], false);

export class FakeHost implements Host {
  out: string[] = ['', '', ''];
  private addrs = new WeakMap<object, number>();
  private nextAddr = 0xc000010000;
  constructor(readonly methods: ReadonlyMap<string, ReadonlyMap<string, MethodDef>> = new Map()) {}

  write(fd: number, bytes: string): void { this.out[fd] += bytes; }
  args(): readonly string[] { return ['/tmp/main']; }
  getenv(): string | undefined { return undefined; }
  exit(code: number): never { throw new Error('exit ' + code); }
  callSync(fn: FuncValue, args: readonly unknown[]): unknown {
    return (fn.code as (h: Host, ...a: unknown[]) => unknown)(this, ...(fn.env as unknown[]), ...args);
  }
  private lookup(t: Type, name: string): MethodDef | null {
    const isPtr = t.kind === 'Pointer';
    const base = isPtr ? t.elem : t;
    if (base.kind !== 'Named') return null;
    const m = this.methods.get(runtimeTypeString(base))?.get(name);
    if (m === undefined || (m.ptr && !isPtr)) return null;
    return m;
  }
  methodOf(v: Iface, name: string): { fn: FuncValue; sig: Signature } | null {
    const m = this.lookup(v.t, name);
    if (m === null) return null;
    const isPtr = v.t.kind === 'Pointer';
    const impl: MethodImpl = (h, recv) => {
      if (isPtr && !m.ptr && recv === null) throw new FakePanic(h.stringIface('runtime error: invalid memory address or nil pointer dereference'));
      return m.impl(h, recv);
    };
    return { fn: new FuncValue(impl, [v.v], name), sig: m.sig ?? stringSig };
  }
  recoverFrom(e: unknown): { value: Iface | null } | undefined {
    return e instanceof FakePanic ? { value: e.value } : undefined;
  }
  assignable(t: Type, target: Type): boolean {
    if (t === target) return true;
    if (under(target).kind === 'Interface') return this.lookup(t, 'Error') !== null;
    return false;
  }
  methodSig(t: Type, name: string): Signature | null { return this.lookup(t, name)?.sig ?? (this.lookup(t, name) ? stringSig : null); }
  comparable(t: Type): boolean { const k = under(t).kind; return k !== 'Slice' && k !== 'Map' && k !== 'Signature'; }
  panic(value: Iface | null): never { throw new FakePanic(value); }
  panicString(s: string): never { throw new FakePanic(this.stringIface(s)); }
  fatal(msg: string): never { throw new Error('fatal error: ' + msg); }
  stringIface(s: string): Iface { return new Iface(Typ.string, s); }
  mapEntries(m: unknown): Array<[unknown, unknown]> { return [...(m as FakeMap).entries]; }
  addressOf(ref: unknown): number {
    const o = ref as object;
    let a = this.addrs.get(o);
    if (a === undefined) { a = this.nextAddr; this.nextAddr += 0x10; this.addrs.set(o, a); }
    return a;
  }
  now(): bigint { return 1257894000000000000n; }
  monotonic(): number { return 0; }
  sleep(): undefined { return undefined; }
  startTimer(): number { return 1; }
  stopTimer(): boolean { return false; }
  chanTrySend(): boolean { return false; }
  go(): void {}
  semacquire(): undefined { return undefined; }
  semrelease(): void {}
  gosched(): undefined { return undefined; }
  goexit(): never { throw new Error('goexit'); }
  numGoroutine(): number { return 1; }
  gomaxprocs(): number { return 8; }
  numCPU(): number { return 8; }
  gc(): void {}
  setMaxStack(bytes: number): number { void bytes; return 1_000_000_000; }
  memStats() { return { alloc: 0, totalAlloc: 0, sys: 0, mallocs: 0, frees: 0, heapObjects: 0, numGC: 0 }; }
  randInt63(): number { return 0; }
  newRandStream(): number { return 1; }
  seedRandStream(): void {}
  local<T>(_key: string, init: () => T): T { return init(); }
}
