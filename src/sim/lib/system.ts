/**
 * This file implements the natives of packages os, time, sync, runtime and math/rand (declared in
 * types/stdlib/{os,time,sync,runtime,rand}.ts). They are thin adapters over the Host: output,
 * the virtual clock and timers, goroutine parking on semaphores, scheduler queries and the seeded
 * PRNG all live in the VM (see host.ts for the blocking protocol).
 */
import type { FuncValue, GoStruct, Int64, Pointer } from '../vm/values';
import { canon, int, mkslice, num } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';
import type { Channel } from '../runtime/chan';
import { drainTimerChan } from '../runtime/timer';
import { civil, daysSinceEpoch, formatLayout, monoSuffix, parseDuration, unixToInternal } from './timefmt';

/** A time.Time struct value for "now" (fields sec, nsec, mono, loc; loc nil means UTC). */
function nowTime(h: Host): GoStruct {
  const ns = h.now();
  const sec = Number(ns / 1000000000n) + unixToInternal;
  const nsec = Number(ns % 1000000000n);
  return { sec, nsec, mono: h.monotonic() + 1, loc: null };
}

function armTimer(h: Host, t: GoStruct, ns: number): void {
  const id = h.startTimer(ns, () => {
    if (t.f !== null && t.f !== undefined) h.go(t.f as FuncValue, []);
    else h.chanTrySend(t.c, nowTime(h));
  });
  t.id = id;
}

function armTicker(h: Host, tk: GoStruct): void {
  const period = num(tk.d as Int64);
  const fire = (): void => {
    h.chanTrySend(tk.c, nowTime(h));
    tk.id = h.startTimer(period, fire);
  };
  tk.id = h.startTimer(period, fire);
}

/** runtime.rand for the math/rand global generators: 64 bits from the VM's seeded PRNG. */
function runtimeRand(h: Host): Int64 {
  return canon(BigInt.asUintN(64, (BigInt(h.randInt63(0)) << 1n) ^ BigInt(h.randInt63(0))));
}

export const systemNatives: NativeTable = {
  // os
  'os.write': (h: Host, fd: Int64, s: string) => { h.write(num(fd), s); },
  'os.args': (h: Host) => mkslice([...h.args()]),
  'os.Exit': (h: Host, code: Int64) => h.exit(num(code)),
  'os.Getenv': (h: Host, k: string) => h.getenv(k) ?? '',
  'os.LookupEnv': (h: Host, k: string) => { const v = h.getenv(k); return [v ?? '', v !== undefined]; },

  // time
  'time.now': (h: Host) => {
    const t = nowTime(h);
    return [int((t.sec as number) - unixToInternal), t.nsec, t.mono];
  },
  'time.Sleep': (h: Host, d: Int64) => h.sleep(num(d)),
  'time.startTimer': (h: Host, t: GoStruct, d: Int64) => armTimer(h, t, Math.max(num(d), 0)),
  'time.stopTimer': (h: Host, t: GoStruct) => (typeof t.id === 'number' && t.id !== 0 ? h.stopTimer(t.id) : false),
  'time.startTicker': (h: Host, tk: GoStruct) => armTicker(h, tk),
  'time.stopTicker': (h: Host, tk: GoStruct) => { if (typeof tk.id === 'number' && tk.id !== 0) h.stopTimer(tk.id); },
  'time.markTimerChan': (_h: Host, c: Channel) => { c.timerChan = true; },
  'time.drainTimerChan': (_h: Host, c: Channel) => { const pending = c.qcount > 0; drainTimerChan(c); return pending; },
  'time.civil': (_h: Host, sec: Int64) => {
    const c = civil(num(sec));
    return [c.year, c.month, c.day, c.hour, c.min, c.sec, c.wday, c.yday];
  },
  'time.daysSinceEpoch': (_h: Host, y: Int64, m: Int64, d: Int64) => daysSinceEpoch(num(y), num(m), num(d)),
  'time.format': (_h: Host, sec: Int64, nsec: Int64, mono: Int64, layout: string) => {
    const s = formatLayout(num(sec), num(nsec), layout);
    return mono !== 0 ? s + monoSuffix(num(mono) - 1) : s;
  },
  'time.parseDuration': (_h: Host, s: string) => { const [d, msg] = parseDuration(s); return [canon(d), msg]; },

  // sync
  'sync.semacquire': (h: Host, addr: Pointer, lifo: boolean, reason: string) => h.semacquire(addr, lifo, reason),
  'sync.semrelease': (h: Host, addr: Pointer) => { h.semrelease(addr); },
  'sync.fatal': (h: Host, msg: string) => h.fatal(msg),

  // runtime
  'runtime.Gosched': (h: Host) => h.gosched(),
  'runtime.NumGoroutine': (h: Host) => h.numGoroutine(),
  'runtime.GOMAXPROCS': (h: Host, n: Int64) => h.gomaxprocs(num(n)),
  'runtime.NumCPU': (h: Host) => h.numCPU(),
  'runtime.Goexit': (h: Host) => h.goexit(),
  'runtime.GC': (h: Host) => { h.gc(); },
  'runtime/debug.SetMaxStack': (h: Host, n: Int64) => h.setMaxStack(num(n)),
  'runtime.ReadMemStats': (h: Host, m: GoStruct) => {
    const s = h.memStats();
    Object.assign(m, {
      Alloc: s.alloc, TotalAlloc: s.totalAlloc, Sys: s.sys, Mallocs: s.mallocs, Frees: s.frees,
      HeapAlloc: s.alloc, HeapSys: s.sys, HeapObjects: s.heapObjects, NumGC: s.numGC,
    });
  },

  // math/rand
  'math/rand.runtime_rand': runtimeRand,
  'math/rand/v2.runtime_rand': runtimeRand,
};
