/**
 * This file implements the event trace: THE documented contract between the simulator (engine) and
 * the views (xstate machines in src/machines). A run produces an array of plain, JSON-serialisable
 * events; a view folds events 0..N into its picture and never looks at VM internals.
 *
 * Invariants:
 * - Every event has `kind`, `step`, `g` and `pos`:
 *     step  the number of VM steps executed before the event (monotonic, non-decreasing; several
 *           events may share a step). The event's own index in the array is its identity.
 *     g     the goroutine that caused the event (1 = main); 0 means "the runtime itself" (a timer
 *           firing while every goroutine sleeps, the scheduler between goroutines).
 *     pos   a byte offset into the program source (syntax/ast.ts Pos), -1 when no source position
 *           applies (runtime-internal). Views turn it into line:col with diag.ts `lineCol`.
 * - Objects have stable numeric ids for the whole run, unique across kinds (one counter per VM):
 *   a channel made as id 7 is id 7 in every later event. Goroutine ids are Go's goids (1 = main),
 *   a separate space. P ids are 0..GOMAXPROCS-1.
 * - Go values inside events are already formatted as strings (`%v` of the value, done by the VM's
 *   host `show`), so events never hold bigints, cycles or live objects.
 * - Events are only appended; nothing is rewritten after emission.
 *
 * Catalogue, one example each (fields besides step/g/pos):
 *
 *  Goroutines (runtime/proc.go: newproc, gopark, goready, goexit)
 *   go.create    {kind:'go.create', newG:2, fn:'main.worker', p:0}           `go worker()` by g
 *   go.start     {kind:'go.start', p:0}                                       g runs for the first time
 *   go.block     {kind:'go.block', reason:'chan receive', on:{kind:'chan', id:7}}
 *                  reason is Go's waitReason string as goroutine dumps print it; `on` is null for
 *                  sleep / select (no cases) / nil channels.
 *   go.unblock   {kind:'go.unblock', target:3, by:1, cause:'chan send'}      g(=by) made target runnable;
 *                  by 0 = a timer / the runtime. cause names the operation that woke it.
 *   go.end       {kind:'go.end'}                                              the goroutine returned
 *
 *  Scheduler (runtime/proc.go: runqput, runqget, findRunnable, runqsteal) — see vm/sched.ts
 *   sched.runq   {kind:'sched.runq', target:2, p:0, where:'runnext'|'local'|'global', kicked:5|null}
 *                  target was queued; `kicked` is the old runnext moved to the local queue's tail
 *   sched.run    {kind:'sched.run', target:2, p:0, from:'runnext'|'local'|'global'|'steal'|'current'}
 *                  P p now runs target
 *   sched.steal  {kind:'sched.steal', p:1, victim:0, gs:[3,4]}                P 1 stole gs from P 0
 *   sched.preempt{kind:'sched.preempt', target:2, p:0}                      time slice used up → global queue
 *   sched.gosched{kind:'sched.gosched', p:0}                                  runtime.Gosched → global queue
 *
 *  Channels (runtime/chan.go)
 *   chan.make    {kind:'chan.make', ch:7, elem:'int', cap:2}
 *   chan.send    {kind:'chan.send', ch:7, value:'42', to:3|null, buf:['1','42'], sendq:[], recvq:[]}
 *                  `to` = receiver that got the value directly (handoff); buf/sendq/recvq are the
 *                  channel's state AFTER the operation (goroutine ids in queue order)
 *   chan.recv    {kind:'chan.recv', ch:7, value:'1', ok:true, from:4|null, buf:['42'], sendq:[], recvq:[]}
 *                  `from` = sender whose value was taken directly or moved into the buffer
 *   chan.close   {kind:'chan.close', ch:7, woke:[3,5], panicked:[]}  receivers woken (zero, false)
 *                  and senders woken to panic
 *
 *  select (runtime/select.go)
 *   select       {kind:'select', cases:[{dir:'recv', ch:7},{dir:'send', ch:null}], hasDefault:true,
 *                 ready:[0], chosen:0, why:'ready'}
 *                  why: 'ready' (exactly one case ready), 'random' (several ready; chosen uniformly
 *                  by the poll order), 'default', 'woken' (the select blocked and case `chosen`
 *                  completed first), 'block' (no case ready, goroutine parks; chosen = -1)
 *
 *  defer / panic (runtime/panic.go) — emitted by the VM
 *   defer.push   {kind:'defer.push', fn:'main.main.func1', depth:1}
 *   defer.run    {kind:'defer.run', fn:'main.main.func1', depth:0, panicking:false}
 *   panic        {kind:'panic', value:'boom', runtimeError:false}
 *   recover      {kind:'recover', value:'boom'}
 *
 *  Memory, maps, time, output
 *   alloc        {kind:'alloc', obj:12, what:'[]int', size:64, why:'growslice'}   size in bytes (sizes.ts);
 *                  why: 'make' | 'new' | 'growslice' | 'escape: <reason>' | '' when unknown
 *   map.write    {kind:'map.write', map:9, op:'set'|'delete'|'clear', key:'"a"', value:'1', len:3}
 *   timer        {kind:'timer', timer:11, op:'add'|'fire'|'stop'|'reset', when:1257894001000000000}
 *   clock        {kind:'clock', now:1257894001000000000}    virtual clock jumped forward (all blocked)
 *   sync         {kind:'sync', obj:13, what:'sync.Mutex', op:'lock'|'unlock'|'rlock'|'runlock'|'add'|'wait', state:'locked'}
 *   output       {kind:'output', fd:1, text:'hello\n'}      text is a UTF-8 decoded JS string
 */

/** A reference to a runtime object a goroutine can wait on. */
export interface ObjRef {
  readonly kind: 'chan' | 'mutex' | 'rwmutex' | 'waitgroup' | 'sema' | 'timer' | 'cond' | 'once';
  readonly id: number;
}

export interface EventBase {
  readonly step: number;
  readonly g: number;
  readonly pos: number;
}

export type QueueWhere = 'runnext' | 'local' | 'global';
export type RunFrom = 'runnext' | 'local' | 'global' | 'steal' | 'current';
export type SelectWhy = 'ready' | 'random' | 'default' | 'woken' | 'block';

export interface SelectCaseInfo {
  readonly dir: 'send' | 'recv';
  /** channel id; null for a nil channel (the case is never chosen) */
  readonly ch: number | null;
}

export type EventBody =
  | { readonly kind: 'go.create'; readonly newG: number; readonly fn: string; readonly p: number }
  | { readonly kind: 'go.start'; readonly p: number }
  | { readonly kind: 'go.block'; readonly reason: string; readonly on: ObjRef | null }
  | { readonly kind: 'go.unblock'; readonly target: number; readonly by: number; readonly cause: string }
  | { readonly kind: 'go.end' }
  | { readonly kind: 'sched.runq'; readonly target: number; readonly p: number; readonly where: QueueWhere; readonly kicked: number | null }
  | { readonly kind: 'sched.run'; readonly target: number; readonly p: number; readonly from: RunFrom }
  | { readonly kind: 'sched.steal'; readonly p: number; readonly victim: number; readonly gs: readonly number[] }
  | { readonly kind: 'sched.preempt'; readonly target: number; readonly p: number }
  | { readonly kind: 'sched.gosched'; readonly p: number }
  | { readonly kind: 'chan.make'; readonly ch: number; readonly elem: string; readonly cap: number }
  | {
      readonly kind: 'chan.send'; readonly ch: number; readonly value: string; readonly to: number | null;
      readonly buf: readonly string[]; readonly sendq: readonly number[]; readonly recvq: readonly number[];
    }
  | {
      readonly kind: 'chan.recv'; readonly ch: number; readonly value: string; readonly ok: boolean;
      readonly from: number | null; readonly buf: readonly string[]; readonly sendq: readonly number[];
      readonly recvq: readonly number[];
    }
  | { readonly kind: 'chan.close'; readonly ch: number; readonly woke: readonly number[]; readonly panicked: readonly number[] }
  | {
      readonly kind: 'select'; readonly cases: readonly SelectCaseInfo[]; readonly hasDefault: boolean;
      readonly ready: readonly number[]; readonly chosen: number; readonly why: SelectWhy;
    }
  | { readonly kind: 'defer.push'; readonly fn: string; readonly depth: number }
  | { readonly kind: 'defer.run'; readonly fn: string; readonly depth: number; readonly panicking: boolean }
  | { readonly kind: 'panic'; readonly value: string; readonly runtimeError: boolean }
  | { readonly kind: 'recover'; readonly value: string }
  | { readonly kind: 'alloc'; readonly obj: number; readonly what: string; readonly size: number; readonly why: string }
  | {
      readonly kind: 'map.write'; readonly map: number; readonly op: 'set' | 'delete' | 'clear';
      readonly key: string | null; readonly value: string | null; readonly len: number;
    }
  | { readonly kind: 'timer'; readonly timer: number; readonly op: 'add' | 'fire' | 'stop' | 'reset'; readonly when: number }
  | { readonly kind: 'clock'; readonly now: number }
  | {
      readonly kind: 'sync'; readonly obj: number; readonly what: string;
      readonly op: 'lock' | 'unlock' | 'rlock' | 'runlock' | 'add' | 'wait' | 'do'; readonly state: string;
    }
  | { readonly kind: 'output'; readonly fd: number; readonly text: string };

/** One event of the trace. */
export type TraceEvent = EventBase & EventBody;

/** What an emitter receives: everything but `step`, which the VM stamps. */
export type EmittedEvent = { readonly g: number; readonly pos: number } & EventBody;

export type EventKind = TraceEvent['kind'];

/** Every event kind, for exhaustive checks in views and tests. */
export const eventKinds: readonly EventKind[] = [
  'go.create', 'go.start', 'go.block', 'go.unblock', 'go.end',
  'sched.runq', 'sched.run', 'sched.steal', 'sched.preempt', 'sched.gosched',
  'chan.make', 'chan.send', 'chan.recv', 'chan.close', 'select',
  'defer.push', 'defer.run', 'panic', 'recover',
  'alloc', 'map.write', 'timer', 'clock', 'sync', 'output',
];
