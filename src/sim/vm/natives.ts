/**
 * This file implements the table of natives the VM links against: the standard library's
 * registries (lib/), merged by qualified name (`strings.ToUpper`, `(*strings.Builder).WriteString`),
 * over a few host-level natives the VM provides itself (semaphores, os.Args, runtime queries) for
 * packages whose library natives are not registered yet. Library entries win.
 *
 * Invariant: a name missing here links to a stub that raises an internal error when called, so a
 * program that never calls it still runs.
 */

import { lookupNative, nativeNames } from '../lib/registry';
import type { Host } from '../lib/host';
import { PARKED } from '../lib/host';
import type { NativeFn } from './frame';
import { Slice } from './values';

const hostNatives: Record<string, (h: Host, ...a: never[]) => unknown> = {
  'sync.semacquire': (h, addr: unknown, lifo: boolean, reason: string) => h.semacquire(addr, lifo, reason),
  'sync.semrelease': (h, addr: unknown) => { h.semrelease(addr); },
  'sync.fatal': (h, msg: string) => h.fatal(msg),
  'os.args': (h) => { const a = [...h.args()]; return new Slice(a, 0, a.length, a.length); },
  'os.Exit': (h, code: number) => h.exit(code),
  'runtime.NumGoroutine': (h) => h.numGoroutine(),
  'runtime.Gosched': (h) => h.gosched(),
  'runtime.GOMAXPROCS': (h, n: number) => h.gomaxprocs(n),
  'runtime.NumCPU': (h) => h.numCPU(),
  'runtime.GC': (h) => { h.gc(); },
  'runtime.Goexit': (h) => h.goexit(),
  'time.Sleep': (h, ns: number | bigint) => h.sleep(Number(ns)),
};
void PARKED;

export function natives(): Record<string, NativeFn> {
  const table: Record<string, NativeFn> = { ...(hostNatives as unknown as Record<string, NativeFn>) };
  for (const n of nativeNames()) table[n] = lookupNative(n) as unknown as NativeFn;
  return table;
}
