/**
 * This file implements the compilation of one Go function (declared function, method, closure or
 * generic instance) into a JavaScript step function, and its statements.
 *
 * The generated step function has the shape (src/sim/README.md, "Execution model"):
 *
 *   function(g, f) { const v = f.v, e = f.e; L: for (;;) switch (f.pc) { case 0: … } }
 *
 * Two emission modes:
 * - FLAT: statements that contain a suspension point (a call of Go code, a channel operation, a
 *   possibly-blocking native, a goto target) are lowered to `case N:` blocks of the switch; every
 *   jump is `f.pc = N; continue L;` and every suspension `f.pc = K; if (op) return; case K:`.
 * - STRUCTURED: any statement without a suspension point is emitted as ordinary JavaScript (if,
 *   for, switch with labels), which V8 optimises well. From structured code a jump to a flat target
 *   is still `f.pc = N; continue L;`.
 *
 * Step counting (exact): every executed statement and every loop iteration adds one to `M.steps`;
 * loop back edges check the budget (`M.steps > M.limit`) and, in flat loops, preemption.
 *
 * Invariants:
 * - `case` labels are only ever emitted at the top level of the switch (flat mode).
 * - Values live in frame slots `v[i]` (boxed variables: `v[i].v`), captured ones in `e[k]`.
 * - Results are returned in `g.ret` (one value or an array); a function with deferred calls keeps
 *   its results in slots until its epilogue has run every deferred call.
 */

import type * as ast from '../syntax/ast';
import type { Info } from '../types/info';
import type * as TT from '../types/type';
import { analyse, children, unparen, type FuncFacts } from './scan';
import { fieldKey, spinLoop, type PkgFile, type ProgramBuilder } from './program';
import { isAggregate, rep, under, type Type, type TypeMap } from './types';
import { expr, lvalue, zeroFor, convertTo, convertValue, type LValue } from './expr';
import { compileCall, isSuspendingCall } from './call';
import { rangeStmt, selectStmt, typeSwitchStmt } from './control';
import { slicePass, type MoveInfo } from './slicepass';
import { UnsupportedError } from './errors';

export interface VarInfo { slot: number; boxed: boolean; env: number; global: number }

interface Target { label: string | null; brk: string; cont: string | null }

/** a preemption exit inside a structured loop: `return;` once its promoted locals are written back */
const YIELD = '/*yield*/return;';

/** builtins without effects that gc orders (walk/order.go leaves them in place) */
const PURE_BUILTINS = new Set(['len', 'cap', 'min', 'max', 'real', 'imag', 'complex']);

/**
 * The body of a range-over-func loop, compiled as its yield function (cmd/compile's rangefunc
 * rewrite). `st` is the loop's state cell {v, n, r, f}: v is abi.RF_* (0 done, 1 ready, 2 running
 * or panicked, 3 exhausted); n says how control left the body (-1 return with values in r, -2 bare
 * return, k > 0 the k-th entry of `exits`); f is the enclosing function's frame, which owns the
 * body's defers. The enclosing code finishes each exit after the iterator returns.
 */
export interface RangeFuncBody {
  readonly st: string;
  /** result types of the function the loop is in */
  readonly results: Type[];
  /** labels declared inside the body (a goto to any other label leaves the body) */
  readonly labels: ReadonlySet<string>;
  readonly exits: { tok: 'break' | 'continue' | 'goto'; label: string }[];
  returns: boolean;
  bareReturns: boolean;
}

export class FnC {
  readonly lines: string[] = [];
  private npc = 1;
  nslots = 0;
  readonly vars = new Map<TT.Var, VarInfo>();
  readonly targets: Target[] = [];
  readonly labelsPc = new Map<string, number>();
  facts: FuncFacts;
  resultSlots: number[] = [];
  resultTypes: Type[] = [];
  hasDefer = false;
  epilogue = -1;
  private jsLabel = 0;
  closureCount = 0;
  isClosure = false;
  /** compiling the direct-call (JS recursion) version of a function without suspension points */
  fast = false;
  /** compiling the body of a range-over-func loop as its yield function */
  rf: RangeFuncBody | null = null;
  /** where a defer statement records its call: this frame's list, or (in a range-over-func body) the enclosing function's */
  deferList = 'f.defers';
  /** code run at entry, after the parameters are in place (a range-over-func body's state check) */
  prologue: (() => void)[] = [];
  nparams = 0;
  frameTypes: Type[] = [];
  readonly info: Info;

  constructor(
    readonly P: ProgramBuilder,
    readonly pf: PkgFile,
    readonly name: string,
    readonly tmap: TypeMap,
    facts: FuncFacts | null,
    readonly root: ast.Node,
  ) {
    this.info = pf.info;
    this.facts = facts ?? analyse(root, pf.info, () => false);
  }

  // ---- types ----

  typeOf(e: ast.Expr): Type {
    const tv = this.info.types.get(e);
    if (!tv) throw new Error(`internal error: no type for expression at ${this.at(e.pos)}`);
    return this.P.subst(tv.type, this.tmap);
  }
  sub(t: Type): Type { return this.P.subst(t, this.tmap); }

  /** A source position for the generated code: positions inside standard-library Go bodies are
   *  offsets into another text, so events and errors from them carry -1 ("no position"). */
  at(pos: number): number { return this.pf.pkg === 'main' ? pos : -1; }

  // ---- emission ----

  line(s: string): void { this.lines.push(s); }
  newPc(): number { return this.npc++; }
  place(pc: number): void { this.lines.push(`case ${pc}:`); }
  jump(pc: number | string): string { return `{f.pc=${pc};continue L;}`; }
  newJsLabel(): string { return 'J' + this.jsLabel++; }

  /** The JS text of frame slot n: `v[n]`, or the JS local `l<n>` in a direct-call function. */
  sr(n: number): string { return this.fast ? `l${n}` : `v[${n}]`; }
  temp(): string { return this.sr(this.nslots++); }
  private nscratch = 0;
  /** a JS local for use within one non-suspending expression */
  scratch(): string { return '$' + this.nscratch++; }
  slot(): number { return this.nslots++; }

  /** Emit a suspension: `f.pc = K; if (op) return; case K:` */
  suspend(op: string): void {
    const k = this.newPc();
    this.line(`f.pc=${k};if(${op})return;`);
    this.place(k);
  }

  // ---- variables ----

  declare(v: TT.Var): VarInfo {
    const t = this.sub(v.type);
    const boxed = (this.facts.captured.has(v) || this.facts.addressed.has(v)) && !isAggregate(t);
    const vi: VarInfo = { slot: this.slot(), boxed, env: -1, global: -1 };
    this.vars.set(v, vi);
    this.frameTypes.push(t);
    return vi;
  }

  varInfo(v: TT.Var): VarInfo {
    const vi = this.vars.get(v);
    if (vi) return vi;
    const gi = this.P.globals.get(v);
    if (gi !== undefined) return { slot: -1, boxed: false, env: -1, global: gi };
    throw new Error(`internal error: unknown variable ${v.name}`);
  }

  /** JS lvalue/rvalue text of a variable's current value. */
  varRef(v: TT.Var): string {
    const vi = this.varInfo(v);
    if (vi.global >= 0) return `G[${vi.global}]`;
    if (vi.env >= 0) return vi.boxed ? `e[${vi.env}].v` : `e[${vi.env}]`;
    return vi.boxed ? `${this.sr(vi.slot)}.v` : `${this.sr(vi.slot)}`;
  }

  /** JS text of the variable's storage cell for closure capture (the box, or the aggregate object). */
  varCell(v: TT.Var): string {
    const vi = this.varInfo(v);
    if (vi.global >= 0) return `G[${vi.global}]`;
    if (vi.env >= 0) return `e[${vi.env}]`;
    return `${this.sr(vi.slot)}`;
  }

  /** Initialise a freshly declared variable with a JS value expression (already copied). */
  initVar(v: TT.Var, js: string): void {
    const vi = this.vars.get(v) ?? this.declare(v);
    if (vi.boxed) this.line(`${this.sr(vi.slot)}={v:${js}};`);
    else this.line(`${this.sr(vi.slot)}=${js};`);
  }

  step(): void { this.line('M.steps++;'); }

  // ---- register promotion for structured loops ----

  private inStruct = false;
  /**
   * Emit a structured loop via `emit`; when it is the outermost structured loop of a frame-based
   * function, its frame slots are promoted to JS locals for the duration of the loop
   * (`{let l5=v[5]; …loop… v[5]=l5;}`), written back before every jump out of it. Result slots
   * are never promoted: after a panic the epilogue reads them. A loop that breaks to a JS label
   * outside itself is left alone.
   */
  structuredLoop(emit: () => void): void {
    if (this.fast || this.inStruct) { emit(); return; }
    const start = this.lines.length;
    this.inStruct = true;
    try { emit(); } finally { this.inStruct = false; }
    const body = this.lines.slice(start);
    const text = body.join('\n');
    const defined = new Set([...text.matchAll(/(J\d+):/g)].map((m) => m[1]));
    for (const m of text.matchAll(/(?:break|continue) (J\d+);/g)) if (!defined.has(m[1])) return;
    const results = new Set(this.resultSlots);
    const slots = [...new Set([...text.matchAll(/\bv\[(\d+)\]/g)].map((m) => Number(m[1])))].filter((n) => !results.has(n));
    if (slots.length === 0) return;
    const set = new Set(slots);
    const rename = (line: string): string => line.replace(/\bv\[(\d+)\]/g, (m, d) => (set.has(Number(d)) ? 'l' + d : m));
    const writeBack = slots.map((n) => `v[${n}]=l${n};`).join('');
    const out = body.map((l) => rename(l).replace(/continue L;/g, `${writeBack}continue L;`).replaceAll(YIELD, `${writeBack}return;`));
    this.lines.length = start;
    this.lines.push(`{let ${slots.map((n) => `l${n}=v[${n}]`).join(',')};`, ...out, writeBack + '}');
  }

  // ---- non-escaping slices (Go 1.25+ stack backing store for append) ----

  private stackMemo = new Map<TT.Var, boolean>();
  /** per stack-eligible slice variable: its first append site and its `used` flag (a frame slot) */
  private stackSites = new Map<TT.Var, { site: ast.CallExpr; used: string }>();
  /**
   * The `used` flag of the stack backing store for `call` = append(id, …), or null when this append
   * grows as usual. gc (ssagen getBackingStoreInfoForAppend, Go 1.25+) gives a non-escaping append
   * a 32-byte stack store keyed by the appended-to variable: only the first append site of that
   * variable checks it, and at run time it is taken once per call of the function, when the old
   * length is 0 and the new length fits (runtime side: Rt.appendStack).
   */
  stackStore(id: ast.Ident, call: ast.CallExpr): string | null {
    const mi = this.moveInfo(id);
    if (!this.stackSlice(id) && !(mi && !mi.capUsed)) return null;
    const v = this.info.uses.get(id) as TT.Var;
    let s = this.stackSites.get(v);
    if (!s) { s = { site: call, used: this.temp() }; this.stackSites.set(v, s); }
    return s.site === call ? s.used : null;
  }
  /**
   * The `used` flag for `v := append(E, …)` / `v = append(E, …)` where E is not a variable
   * (`[]T(nil)`, `s[:0:0]`, a literal): gc keys the store by the expression node, so every such
   * site has its own, taken when the result (v) does not escape.
   */
  siteStore(call: ast.CallExpr): string | null {
    if (!this.appendTargets) {
      const m = new Map<ast.Node, ast.Ident>();
      const visit = (n: ast.Node): void => {
        const pairs: [ast.Expr, ast.Expr][] = n.kind === 'AssignStmt' && n.lhs.length === n.rhs.length ? n.lhs.map((l, i) => [l, n.rhs[i]])
          : n.kind === 'ValueSpec' && n.names.length === n.values.length ? n.names.map((l, i) => [l, n.values[i]]) : [];
        for (const [l, r] of pairs) { const u = unparen(r); if (l.kind === 'Ident' && u.kind === 'CallExpr') m.set(u, l); }
        children(n, visit as (c: ast.Node) => void, false);
      };
      visit(this.root);
      this.appendTargets = m;
    }
    const tgt = this.appendTargets.get(call);
    if (!tgt || !this.stackSlice(tgt)) return null;
    let used = this.siteFlags.get(call);
    if (!used) { used = this.temp(); this.siteFlags.set(call, used); }
    return used;
  }
  private appendTargets: Map<ast.Node, ast.Ident> | null = null;
  private readonly siteFlags = new Map<ast.Node, string>();
  private moves: Map<TT.Var, MoveInfo> | null = null;
  /** gc's slice pass facts for the slice variable named by id (slicepass.ts), or null. */
  moveInfo(id: ast.Ident): MoveInfo | null {
    const v = this.info.uses.get(id) ?? this.info.defs.get(id);
    if (!v || v.kind !== 'Var') return null;
    return this.slicePassResult().get(v) ?? null;
  }
  private slicePassResult(): Map<TT.Var, MoveInfo> {
    this.moves ??= slicePass(this.root, this.info, (v) => this.sub(v.type), (v) => this.facts.captured.has(v) || this.facts.addressed.has(v) || this.P.globals.has(v));
    return this.moves;
  }
  /** Before a statement where a slice variable escapes: gc's `s = move2heap(s)`. */
  private moveToHeap(s: ast.Stmt): void {
    const moves = this.slicePassResult();
    if (moves.size === 0) return;
    for (const [v, mi] of moves) {
      if (mi.transition !== s) continue;
      const r = this.varRef(v);
      this.line(`${r}=R.move2heap(${this.P.typeRef(this.sub(v.type))},${r},${mi.capUsed});`);
    }
  }
  /**
   * Whether the slice variable named by id provably does not escape (a cheap, conservative stand-in
   * for escape analysis): the variable is local, not captured, not addressed, and only used in its
   * declaration, `v = append(v, …)`, `v = nil`/literal/make(…)/v[i:j], len(v), cap(v), copy and
   * clear, v[i] and `range v`. Anything else (passing v to a function, `x := v`, `return v`, v[i:j]
   * elsewhere) counts as escaping, so such slices grow as on the heap.
   */
  stackSlice(id: ast.Ident): boolean {
    const def = this.info.defs.get(id);
    const v = this.info.uses.get(id) ?? def;
    // a variable declared here is local to this function even before its declaration is compiled
    if (!v || v.kind !== 'Var' || this.P.globals.has(v) || (def !== v && (!this.vars.has(v) || this.vars.get(v)!.env >= 0))) return false;
    if (this.facts.captured.has(v) || this.facts.addressed.has(v)) return false;
    const memo = this.stackMemo.get(v);
    if (memo !== undefined) return memo;
    let ok = true;
    const info = this.info;
    const isV = (x: ast.Expr | null): boolean => {
      if (!x) return false;
      const u = unparen(x);
      return u.kind === 'Ident' && (info.uses.get(u) === v || info.defs.get(u) === v);
    };
    const builtinName = (e: ast.CallExpr): string => {
      const f = unparen(e.fun);
      return f.kind === 'Ident' && info.uses.get(f)?.kind === 'Builtin' ? f.name : '';
    };
    /** v[i:j] nodes assigned back to v itself (`v = v[:0]`): reslicing keeps the store exclusive */
    const selfSlices = new Set<ast.Node>();
    /** a value v may be given without sharing another variable's backing store */
    const freshValue = (r: ast.Expr): boolean => {
      const u = unparen(r);
      if (u.kind === 'Ident') return u.name === 'nil' && info.uses.get(u)?.kind === 'Nil';
      if (u.kind === 'CompositeLit') return true;
      if (u.kind === 'CallExpr') {
        const b = builtinName(u);
        if (b !== 'append' || u.args.length === 0) return b === 'make';
        const a0 = unparen(u.args[0]);
        if (a0.kind === 'SliceExpr' && isV(a0.x)) selfSlices.add(a0);
        return isV(a0) || a0.kind !== 'Ident';
      }
      if (u.kind === 'SliceExpr' && isV(u.x)) { selfSlices.add(u); return true; }
      return false;
    };
    const visit = (n: unknown, parent: unknown): void => {
      if (!ok) return;
      const node = n as ast.Node;
      if (node.kind === 'Ident' && (info.uses.get(node) === v || info.defs.get(node) === v)) {
        const p = parent as ast.Node;
        let fine = false;
        if (p.kind === 'CallExpr') {
          const b = builtinName(p);
          fine = b === 'len' || b === 'cap' || b === 'copy' || b === 'clear' || (b === 'append' && p.args[0] === node);
        } else if (p.kind === 'IndexExpr') fine = p.x === node;
        else if (p.kind === 'SliceExpr') fine = selfSlices.has(p);
        else if (p.kind === 'RangeStmt') fine = p.x === node;
        else if (p.kind === 'AssignStmt') {
          const i = p.lhs.indexOf(node);
          fine = i >= 0 && (p.tok === ':=' && info.defs.get(node) === v || p.lhs.length === p.rhs.length && freshValue(p.rhs[i]));
        } else if (p.kind === 'ValueSpec') fine = p.names.includes(node);
        if (!fine) ok = false;
        return;
      }
      if (node.kind === 'AssignStmt' && node.lhs.length === node.rhs.length) {
        node.lhs.forEach((l, i) => { if (isV(l)) freshValue(node.rhs[i]); });
      }
      children(node, (ch) => visit(ch, node), true);
    };
    visit(this.root, null);
    this.stackMemo.set(v, ok);
    return ok;
  }

  // ---- suspension analysis ----

  private suspCache = new Map<object, boolean>();
  suspends(n: ast.Node | ast.Stmt | ast.Expr | null): boolean {
    if (n === null) return false;
    const c = this.suspCache.get(n);
    if (c !== undefined) return c;
    let r = false;
    switch (n.kind) {
      case 'FuncLit': r = false; break;
      case 'CallExpr': r = !this.fast && isSuspendingCall(this, n) || this.anyChild(n); break;
      case 'UnaryExpr': r = n.op === '<-' || this.anyChild(n); break;
      case 'SendStmt': case 'SelectStmt': r = true; break;
      case 'LabeledStmt': r = this.facts.gotoTargets.has(n.label.name) || this.suspends(n.stmt); break;
      case 'RangeStmt': {
        const t = under(this.typeOf(n.x));
        r = t.kind === 'Chan' || t.kind === 'Signature' || this.anyChild(n);
        break;
      }
      // Every loop of frame-based code is compiled flat, so it can be preempted at its back edge as
      // Go's asynchronous preemption stops any running goroutine; direct-call (fast) functions keep
      // structured loops, and a function with a loop that may spin is never fast (spinLoop).
      case 'ForStmt': r = !this.fast || this.anyChild(n); break;
      case 'ReturnStmt': r = this.anyChild(n); break;
      case 'BranchStmt': r = false; break;
      default: r = this.anyChild(n);
    }
    this.suspCache.set(n, r);
    return r;
  }
  private callCache = new Map<object, boolean>();
  /**
   * Whether evaluating e calls a function or receives from a channel. gc (walk/order.go) evaluates
   * those first, left to right, into temporaries; every other operand of the same statement
   * (variables, fields, indexing, arithmetic, conversions) is read afterwards. The spec leaves this
   * order unspecified; we follow the compiler.
   */
  hasCall(e: ast.Node): boolean {
    const c = this.callCache.get(e);
    if (c !== undefined) return c;
    let r = false;
    const visit = (n: ast.Node): void => {
      if (r || n.kind === 'FuncLit') return;
      if (n.kind === 'UnaryExpr' && n.op === '<-') { r = true; return; }
      if (n.kind === 'CallExpr') {
        const f = unparen(n.fun);
        const conv = this.info.types.get(n.fun)?.mode === 'typexpr';
        const pure = f.kind === 'Ident' && this.info.uses.get(f)?.kind === 'Builtin' && PURE_BUILTINS.has(f.name);
        if (!conv && !pure) { r = true; return; }
      }
      children(n, visit as (c: ast.Node) => void, false);
    };
    visit(e);
    this.callCache.set(e, r);
    return r;
  }

  private anyChild(n: ast.Node | ast.Stmt | ast.Expr): boolean {
    let r = false;
    children(n, (c) => { if (!r && this.suspends(c as ast.Node)) r = true; }, false);
    return r;
  }

  // ---- function body ----

  /**
   * Compile a body given its signature. `params` are the receiver (if any) then parameters, in
   * slot order 0..n-1, as the caller passes them.
   */
  compileBody(params: (TT.Var | null)[], results: readonly TT.Var[], body: ast.BlockStmt, closureFree: TT.Var[]): string {
    closureFree.forEach((fv, k) => {
      const t = this.sub(fv.type);
      this.vars.set(fv, { slot: -1, boxed: !isAggregate(t), env: k, global: -1 });
    });
    // parameters occupy the first slots
    this.nparams = params.length;
    for (const p of params) {
      const vi = p ? this.declare(p) : { slot: this.slot(), boxed: false, env: -1, global: -1 };
      if (p && vi.boxed) this.line(`${this.sr(vi.slot)}={v:${this.sr(vi.slot)}};`);
      if (p === null) this.frameTypes.push({ kind: 'Basic', basic: 'int', name: 'int' });
    }
    for (const p of this.prologue) p();
    this.hasDefer = this.rf === null && hasOwnDefer(body);
    this.resultTypes = results.map((r) => this.sub(r.type));
    const named = results.length > 0 && results[0].name !== '' && results[0].name !== '_' || results.some((r) => r.name !== '' && r.name !== '_');
    if (named || this.hasDefer) {
      for (const r of results) {
        if (r.name !== '' && r.name !== '_') {
          const vi = this.declare(r);
          const z = zeroFor(this, this.sub(r.type));
          this.line(vi.boxed ? `${this.sr(vi.slot)}={v:${z}};` : `${this.sr(vi.slot)}=${z};`);
          this.resultSlots.push(vi.slot);
        } else {
          const s = this.slot();
          this.line(`${this.sr(s)}=${zeroFor(this, this.sub(r.type))};`);
          this.resultSlots.push(s);
          this.frameTypes.push(this.sub(r.type));
        }
      }
    }
    if (this.hasDefer) this.epilogue = this.newPc();
    this.block(body.list);
    // falling off the end
    this.returnSeq(null);
    if (this.hasDefer) {
      this.place(this.epilogue);
      this.line(`if(f.defers!==null){f.pc=${this.epilogue};if(R.runDefer(g,f))return;continue L;}`);
      this.line(`${this.retValue(results)}g.top=f.parent;g.stackBytes-=${this.frameBytes()};return;`);
    }
    return this.finish();
  }

  frameBytes(): number { return this.P.frameBytesOf(this.frameTypes); }

  private retValue(results: readonly TT.Var[]): string {
    const vals = this.resultSlots.map((s, i) => {
      const r = results[i];
      const vi = r && this.vars.get(r);
      return vi && vi.boxed ? `${this.sr(s)}.v` : `${this.sr(s)}`;
    });
    if (vals.length === 0) return 'g.ret=undefined;';
    if (vals.length === 1) return `g.ret=${vals[0]};`;
    return `g.ret=[${vals.join(',')}];`;
  }

  finish(): string {
    const fb = this.frameBytes();
    if (this.fast) {
      const ps = Array.from({ length: this.nparams }, (_, i) => 'l' + i);
      const locals = Array.from({ length: this.nslots - this.nparams }, (_, i) => 'l' + (i + this.nparams));
      const scs = Array.from({ length: this.nscratch }, (_, i) => '$' + i);
      const decl = locals.length + scs.length ? 'let ' + [...locals, ...scs].join(',') + ';' : '';
      const body0 = this.lines.join('\n').replace(/@FB@/g, String(fb));
      return `function(g,d${ps.map((p) => ',' + p).join('')}){const e=null;${decl}\n${body0}\n}`;
    }
    const body = this.lines.join('\n').replace(/@FB@/g, String(fb));
    const sc = this.nscratch ? 'let ' + Array.from({ length: this.nscratch }, (_, i) => '$' + i).join(',') + ';' : '';
    return `function(g,f){const v=f.v,e=f.e;${sc}L:for(;;)switch(f.pc){case 0:\n${body}\ndefault:throw new Error("internal error: bad pc "+f.pc);}}`;
  }

  /** Emit a return with the given JS result values (null: fall off the end / bare return). */
  returnSeq(vals: string[] | null): void {
    if (this.rf) { this.line(`${this.rf.st}.v=1;g.ret=true;g.top=f.parent;g.stackBytes-=@FB@;return;`); return; }
    if (this.hasDefer || this.resultSlots.length > 0) {
      if (vals !== null) {
        // assign to result slots (through temps when several, since a value may read another result)
        if (vals.length > 1) {
          const ts = vals.map((x) => { const t = this.temp(); this.line(`${t}=${x};`); return t; });
          ts.forEach((t, i) => this.line(`${this.resultRef(i)}=${t};`));
        } else if (vals.length === 1) this.line(`${this.resultRef(0)}=${vals[0]};`);
      }
      if (this.hasDefer) { this.line(this.jump(this.epilogue)); return; }
      const rv = this.resultSlots.map((_, i) => this.resultRef(i));
      if (this.fast) { this.line(`return ${rv.length === 1 ? rv[0] : `[${rv.join(',')}]`};`); return; }
      this.line(`g.ret=${rv.length === 1 ? rv[0] : `[${rv.join(',')}]`};g.top=f.parent;g.stackBytes-=@FB@;return;`);
      return;
    }
    const r = vals === null || vals.length === 0 ? 'undefined' : vals.length === 1 ? vals[0] : `[${vals.join(',')}]`;
    if (this.fast) { this.line(`return ${r};`); return; }
    this.line(`g.ret=${r};g.top=f.parent;g.stackBytes-=@FB@;return;`);
  }

  private resultRef(i: number): string {
    const s = this.resultSlots[i];
    for (const [, vi] of this.vars) if (vi.slot === s && vi.boxed) return `${this.sr(s)}.v`;
    return `${this.sr(s)}`;
  }

  // ---- statements ----

  block(list: ast.Stmt[]): void { for (const s of list) this.stmt(s); }

  stmt(s: ast.Stmt, label: string | null = null): void {
    this.moveToHeap(s);
    switch (s.kind) {
      case 'EmptyStmt': return;
      case 'BadStmt': throw new Error('internal error: BadStmt');
      case 'BlockStmt': this.block(s.list); return;
      case 'LabeledStmt': {
        if (this.facts.gotoTargets.has(s.label.name)) {
          const pc = this.labelPc(s.label.name);
          this.place(pc);
          // a goto target may close a loop: check the step budget and preempt, as at a back edge
          this.line(`if(M.steps>=M.check&&M.tick(g))${this.jumpPreempt(pc)}`);
        }
        this.stmt(s.stmt, s.label.name);
        return;
      }
      case 'ExprStmt': {
        this.step();
        const x = unparen(s.x);
        if (x.kind === 'CallExpr') { const r = compileCall(this, x, true); if (r) this.line(r + ';'); }
        else if (x.kind === 'UnaryExpr' && x.op === '<-') { this.line(expr(this, x) + ';'); }
        else this.line(expr(this, x) + ';');
        return;
      }
      case 'DeclStmt': this.declStmt(s.decl); return;
      case 'AssignStmt': this.step(); this.assign(s); return;
      case 'IncDecStmt': {
        this.step();
        const lv = lvalue(this, s.x);
        const t = this.typeOf(s.x);
        const one = { kind: 'BasicLit', litKind: 'INT', value: '1' } as unknown as ast.Expr;
        void one;
        this.line(lv.set(arith(this, s.tok === '++' ? '+' : '-', t, lv.get(), oneOf(t), s.tokPos)) + ';');
        return;
      }
      case 'ReturnStmt': this.step(); this.returnStmt(s); return;
      case 'IfStmt': this.ifStmt(s); return;
      case 'ForStmt': this.forStmt(s, label); return;
      case 'RangeStmt': rangeStmt(this, s, label); return;
      case 'SwitchStmt': this.switchStmt(s, label); return;
      case 'TypeSwitchStmt': typeSwitchStmt(this, s, label); return;
      case 'SelectStmt': selectStmt(this, s, label); return;
      case 'BranchStmt': this.step(); this.branch(s); return;
      case 'GoStmt': this.step(); this.line(compileCall(this, s.call, false, 'go') + ';'); return;
      case 'DeferStmt': this.step(); this.line(compileCall(this, s.call, false, 'defer') + ';'); return;
      case 'SendStmt': {
        this.step();
        const ch = expr(this, s.chan);
        const val = this.P.copy(this.typeOf(s.value), convertTo(this, s.value, (under(this.typeOf(s.chan)) as TT.Chan).elem));
        this.suspend(`R.send(g,${ch},${val},${this.at(s.arrow)})`);
        return;
      }
      case 'CaseClause': case 'CommClause': throw new Error('internal error: clause outside switch');
    }
  }

  labelPc(name: string): number {
    let pc = this.labelsPc.get(name);
    if (pc === undefined) { pc = this.newPc(); this.labelsPc.set(name, pc); }
    return pc;
  }

  private declStmt(d: ast.GenDecl): void {
    if (d.tok !== 'var') return;
    for (const spec of d.specs) {
      if (spec.kind !== 'ValueSpec') continue;
      this.step();
      const vars = spec.names.map((n) => this.info.defs.get(n) as TT.Var | null);
      if (spec.values.length === 0) {
        for (const v of vars) if (v) this.initVar(v, zeroFor(this, this.sub(v.type)));
      } else if (spec.values.length === vars.length) {
        const vals = spec.values.map((x, i) => {
          const v = vars[i];
          const js = v ? this.P.copy(this.sub(v.type), convertTo(this, x, this.sub(v.type))) : expr(this, x);
          if (vars.length > 1 || this.suspends(x)) { const t = this.temp(); this.line(`${t}=${js};`); return t; }
          return js;
        });
        vars.forEach((v, i) => { if (v) this.initVar(v, vals[i]); else this.line(vals[i] + ';'); });
      } else {
        // var a, b = f()
        const tup = expr(this, spec.values[0]);
        const t = this.temp();
        this.line(`${t}=${tup};`);
        vars.forEach((v, i) => { if (v) this.initVar(v, `${t}[${i}]`); });
      }
    }
  }

  private assign(s: ast.AssignStmt): void {
    const tok = s.tok;
    if (tok !== '=' && tok !== ':=') {
      const op = tok.slice(0, -1) as ast.BinaryOp;
      const t = this.typeOf(s.lhs[0]);
      const rhsT = this.typeOf(s.rhs[0]);
      const rhs = (): string => (op === '<<' || op === '>>' ? expr(this, s.rhs[0]) : convertTo(this, s.rhs[0], t));
      // as in assignOne: a call on the right runs before the target's operands are read
      let y = '';
      const rightFirst = this.hasCall(s.rhs[0]) && !this.hasCall(s.lhs[0]);
      if (rightFirst) { y = this.temp(); this.line(`${y}=${rhs()};`); }
      const lv = lvalue(this, s.lhs[0]);
      if (!rightFirst) y = rhs();
      this.line(lv.set(binop(this, op, t, lv.get(), y, s.tokPos, rhsT)) + ';');
      return;
    }
    const define = tok === ':=';
    if (s.lhs.length === s.rhs.length) {
      if (s.lhs.length === 1) {
        this.assignOne(s.lhs[0], s.rhs[0], define);
        return;
      }
      // parallel assignment: evaluate all operands (index/pointer targets too), then assign. As gc
      // does, the right-hand operands that call something go first (in order), then the targets'
      // operands, then the other right-hand operands; when a target itself calls, targets go first.
      const lhsCalls = s.lhs.some((l) => this.hasCall(l));
      const lvalues = (): (LValue | null)[] => s.lhs.map((l) => (isBlank(l) || (define && this.newVar(l)) ? null : lvalue(this, l, true)));
      let lvs = lhsCalls ? lvalues() : null;
      const vals: string[] = new Array(s.rhs.length);
      const rhsTo = (i: number): void => {
        const r = s.rhs[i];
        const lt = isBlank(s.lhs[i]) ? this.typeOf(r) : this.lhsType(s.lhs[i]);
        const t = this.temp();
        this.line(`${t}=${this.P.copy(lt, convertTo(this, r, lt))};`);
        vals[i] = t;
      };
      s.rhs.forEach((r, i) => { if (lhsCalls || this.hasCall(r)) rhsTo(i); });
      lvs ??= lvalues();
      s.rhs.forEach((r, i) => { if (vals[i] === undefined) rhsTo(i); });
      s.lhs.forEach((l, i) => this.store(l, lvs![i], vals[i], define));
      return;
    }
    // a, b = f() / v, ok = m[k] / x.(T) / <-ch
    const r = unparen(s.rhs[0]);
    const tup = expr(this, r, true);
    const t = this.temp();
    this.line(`${t}=${tup};`);
    const lvs = s.lhs.map((l) => (isBlank(l) || (define && this.newVar(l)) ? null : lvalue(this, l, true)));
    const tt = this.typeOf(r);
    s.lhs.forEach((l, i) => {
      let val = `${t}[${i}]`;
      const lt = isBlank(l) ? null : this.lhsType(l);
      const et = tt.kind === 'Tuple' ? tt.vars[i]?.type : null;
      if (lt && et && rep(lt) === 'iface' && rep(et) !== 'iface') val = `R.box(${this.P.typeRef(et)},${val})`;
      this.store(l, lvs[i], val, define);
    });
  }

  /** Assign the JS value val, of type from, to the operand l (converted to l's type). */
  assignValue(l: ast.Expr, val: string, from: Type): void {
    const t = this.lhsType(l);
    const lv = lvalue(this, l);
    const v = this.P.copy(t, convertValue(this, val, this.sub(from), t));
    if (isAggregate(t) && lv.into) this.line(lv.into(v) + ';');
    else this.line(lv.set(v) + ';');
  }

  private lhsType(l: ast.Expr): Type {
    const x = unparen(l);
    if (x.kind === 'Ident') {
      const o = this.info.defs.get(x) ?? this.info.uses.get(x);
      if (o && o.kind === 'Var') return this.sub(o.type);
    }
    return this.typeOf(l);
  }

  private newVar(l: ast.Expr): boolean {
    return l.kind === 'Ident' && this.info.defs.get(l)?.kind === 'Var' && !this.vars.has(this.info.defs.get(l) as TT.Var);
  }

  private store(l: ast.Expr, lv: LValue | null, val: string, define: boolean): void {
    if (isBlank(l)) return;
    if (define && l.kind === 'Ident') {
      const d = this.info.defs.get(l);
      if (d && d.kind === 'Var' && !this.vars.has(d)) { this.initVar(d, val); return; }
    }
    const t = this.lhsType(l);
    if (lv === null) lv = lvalue(this, l);
    if (isAggregate(t) && lv.into) this.line(lv.into(val) + ';');
    else this.line(lv.set(val) + ';');
  }

  private assignOne(l: ast.Expr, r: ast.Expr, define: boolean): void {
    if (isBlank(l)) { this.line(`void (${expr(this, r)});`); return; }
    if (define && l.kind === 'Ident') {
      const d = this.info.defs.get(l);
      if (d && d.kind === 'Var' && !this.vars.has(d)) {
        const t = this.sub(d.type);
        const val = this.P.copy(t, convertTo(this, r, t));
        if (this.suspends(r)) { const tmp = this.temp(); this.line(`${tmp}=${val};`); this.initVar(d, tmp); }
        else this.initVar(d, val);
        return;
      }
    }
    const t = this.lhsType(l);
    // gc reads the index and pointer operands on the left after the calls on the right, unless
    // they call something themselves (then the spec's left-to-right order holds)
    const rightFirst = this.hasCall(r) && !this.hasCall(l) && unparen(l).kind !== 'Ident';
    let val = '';
    if (rightFirst) { val = this.temp(); this.line(`${val}=${this.P.copy(t, convertTo(this, r, t))};`); }
    const lv = lvalue(this, l, this.suspends(r));
    if (!rightFirst) {
      val = this.P.copy(t, convertTo(this, r, t));
      if (this.suspends(r)) { const tmp = this.temp(); this.line(`${tmp}=${val};`); val = tmp; }
    }
    if (isAggregate(t) && lv.into) this.line(lv.into(val) + ';');
    else this.line(lv.set(val) + ';');
  }

  private returnStmt(s: ast.ReturnStmt): void {
    const rts = this.rf ? this.rf.results : this.resultTypes;
    if (s.results.length === 0) { this.exitReturn(null); return; }
    if (s.results.length === 1 && rts.length > 1) {
      const t = this.temp();
      this.line(`${t}=${expr(this, s.results[0])};`);
      this.exitReturn(rts.map((_, i) => `${t}[${i}]`));
      return;
    }
    const susp = s.results.some((r) => this.suspends(r));
    const vals = s.results.map((r, i) => {
      const js = this.P.copy(rts[i], convertTo(this, r, rts[i]));
      // results that call something are taken in order; the others are read after every call (gc)
      if (s.results.length > 1 && this.hasCall(r) && (susp || s.results.slice(0, i).some((p) => !this.hasCall(p)))) { const t = this.temp(); this.line(`${t}=${js};`); return t; }
      return js;
    });
    this.exitReturn(vals);
  }

  /** Return from the function (from a range-over-func body: leave the loop, and the enclosing code returns). */
  exitReturn(vals: string[] | null): void {
    const rf = this.rf;
    if (rf === null) { this.returnSeq(vals); return; }
    if (vals === null) { rf.bareReturns = true; this.leaveBody('-2'); return; }
    rf.returns = true;
    this.line(`${rf.st}.r=[${vals.join(',')}];`);
    this.leaveBody('-1');
  }

  /** Finish a branch that left a range-over-func body, as the same statement here. */
  exitBranch(tok: 'break' | 'continue' | 'goto', label: string): void {
    this.branch({ kind: 'BranchStmt', tok, label: { kind: 'Ident', name: label, pos: -1 }, pos: -1 } as unknown as ast.BranchStmt);
  }

  /** A branch out of this range-over-func body: the k-th exit. */
  private leaveFor(tok: 'break' | 'continue' | 'goto', label: string): void {
    const rf = this.rf!;
    let k = rf.exits.findIndex((x) => x.tok === tok && x.label === label);
    if (k < 0) k = rf.exits.push({ tok, label }) - 1;
    this.leaveBody(String(k + 1));
  }

  /** The body returns false to its iterator with the loop done (abi.RF_DONE) and how it left in n. */
  private leaveBody(next: string): void {
    this.line(`${this.rf!.st}.n=${next};${this.rf!.st}.v=0;g.ret=false;g.top=f.parent;g.stackBytes-=@FB@;return;`);
  }

  // ---- control flow ----

  private ifStmt(s: ast.IfStmt): void {
    this.step();
    if (!this.suspends(s)) {
      this.line('{');
      this.structIf(s);
      this.line('}');
      return;
    }
    if (s.init) this.stmt(s.init);
    const c = expr(this, s.cond);
    const elsePc = this.newPc(), endPc = this.newPc();
    this.line(`if(!(${c}))${this.jump(elsePc)}`);
    this.block(s.body.list);
    this.line(this.jump(endPc));
    this.place(elsePc);
    if (s.else) { if (s.else.kind === 'IfStmt') this.ifStmt(s.else); else this.block(s.else.list); }
    this.place(endPc);
  }

  private structIf(s: ast.IfStmt): void {
    if (s.init) this.stmt(s.init);
    this.line(`if(${expr(this, s.cond)}){`);
    this.block(s.body.list);
    this.line('}');
    if (s.else) {
      this.line('else{');
      if (s.else.kind === 'IfStmt') { this.step(); this.structIf(s.else); } else this.block(s.else.list);
      this.line('}');
    }
  }

  /** https://go.dev/ref/spec#For_statements, with Go 1.22 per-iteration loop variables. */
  private forStmt(s: ast.ForStmt, label: string | null): void {
    this.step();
    const loopVars = this.perIterationVars(s.init);
    if (!this.suspends(s)) {
      this.structuredLoop(() => this.structuredFor(s, label, loopVars, -1));
      return;
    }
    if (!this.anyChild(s)) {
      // nothing inside can suspend: a JS loop whose back edge may still preempt the goroutine,
      // leaving through the resume point `top` (state is in frame slots, written back first)
      if (s.init) this.stmt(s.init);
      const top = this.newPc();
      this.place(top);
      this.structuredLoop(() => this.structuredFor(s, label, loopVars, top));
      return;
    }
    this.flatFor(s, label, loopVars);
  }

  /**
   * A JS loop; with preemptAt >= 0 its back edge is a preemption point resuming at that pc, and
   * the caller has run the init statement before that pc.
   */
  private structuredFor(s: ast.ForStmt, label: string | null, loopVars: TT.Var[], preemptAt: number): void {
    {
      const jl = this.newJsLabel();
      this.line('{');
      if (s.init && preemptAt < 0) this.stmt(s.init);
      this.targets.push({ label, brk: `break ${jl};`, cont: `continue ${jl};` });
      const post = (): void => {
        for (const v of loopVars) { const vi = this.vars.get(v)!; this.line(`${this.sr(vi.slot)}={v:${this.sr(vi.slot)}.v};`); }
        if (s.post) this.stmt(s.post);
      };
      this.line(`${jl}:for(;;${''}){`);
      if (preemptAt >= 0) this.line(`if(M.steps>=M.check&&M.tick(g${this.spinArg(s)})){f.pc=${preemptAt};${YIELD}}M.steps++;`);
      else this.line(`if(++M.steps>M.limit)M.over();`);
      if (s.cond) this.line(`if(!(${expr(this, s.cond)}))break;`);
      // continue must run the post statement: wrap the body in a labelled block
      const bl = this.newJsLabel();
      this.targets[this.targets.length - 1].cont = `break ${bl};`;
      this.line(`${bl}:{`);
      this.block(s.body.list);
      this.line('}');
      post();
      this.line('}}');
      this.targets.pop();
    }
  }

  private flatFor(s: ast.ForStmt, label: string | null, loopVars: TT.Var[]): void {
    if (s.init) this.stmt(s.init);
    const top = this.newPc(), cont = this.newPc(), end = this.newPc();
    this.place(top);
    this.line(`if(M.steps>=M.check&&M.tick(g${this.spinArg(s)}))${this.jumpPreempt(top)}M.steps++;`);
    if (s.cond) { const c = expr(this, s.cond); this.line(`if(!(${c}))${this.jump(end)}`); }
    this.targets.push({ label, brk: this.jump(end), cont: this.jump(cont) });
    this.block(s.body.list);
    this.targets.pop();
    this.place(cont);
    for (const v of loopVars) { const vi = this.vars.get(v)!; this.line(`${this.sr(vi.slot)}={v:${this.sr(vi.slot)}.v};`); }
    if (s.post) this.stmt(s.post);
    this.line(this.jump(top));
    this.place(end);
  }

  /** The extra argument of M.tick at a loop's back edge: the loop's id when it may spin. */
  private spinArg(s: ast.ForStmt): string { return spinLoop(s, this.info) ? `,${++this.P.spinIds}` : ''; }

  /** The preemption exit: save the resume pc and give the goroutine back to the scheduler. */
  jumpPreempt(pc: number): string { return `{f.pc=${pc};return;}`; }

  private perIterationVars(init: ast.Stmt | null): TT.Var[] {
    if (!init || init.kind !== 'AssignStmt' || init.tok !== ':=') return [];
    const out: TT.Var[] = [];
    for (const l of init.lhs) {
      if (l.kind !== 'Ident') continue;
      const d = this.info.defs.get(l);
      if (d && d.kind === 'Var' && this.facts.captured.has(d) || d && this.facts.addressed.has(d as TT.Var)) {
        if (!isAggregate(this.sub(d.type))) out.push(d as TT.Var);
      }
    }
    return out;
  }

  /** https://go.dev/ref/spec#Switch_statements */
  private switchStmt(s: ast.SwitchStmt, label: string | null): void {
    this.step();
    const clauses = s.body.list as ast.CaseClause[];
    const flat = this.suspends(s);
    if (!flat) this.line('{');
    if (s.init) this.stmt(s.init);
    let tag: string | null = null;
    let tagT: Type | null = null;
    if (s.tag) {
      tagT = this.typeOf(s.tag);
      tag = this.temp();
      this.line(`${tag}=${expr(this, s.tag)};`);
    }
    const cond = (x: ast.Expr): string => {
      if (tag === null) return expr(this, x);
      const xt = this.typeOf(x);
      if (rep(tagT!) === 'iface' && rep(xt) !== 'iface') return `R.ifaceEq(${tag},R.box(${this.P.typeRef(xt)},${expr(this, x)}))`;
      return this.P.eq(tagT!, tag, convertTo(this, x, tagT!));
    };
    const defIdx = clauses.findIndex((c) => c.list === null);
    if (!flat) {
      const jl = this.newJsLabel();
      const sel = this.temp();
      this.line(`${sel}=${defIdx};`);
      let first = true;
      clauses.forEach((c, i) => {
        if (c.list === null) return;
        this.line(`${first ? '' : 'else '}if(${c.list.map(cond).join('||')})${sel}=${i};`);
        first = false;
      });
      this.targets.push({ label, brk: `break ${jl};`, cont: null });
      this.line(`${jl}:switch(${sel}){`);
      clauses.forEach((c, i) => {
        this.line(`case ${i}:`);
        this.block(c.body);
        const last = c.body[c.body.length - 1];
        if (!(last && last.kind === 'BranchStmt' && last.tok === 'fallthrough')) this.line(`break ${jl};`);
      });
      this.line('}}');
      this.targets.pop();
      return;
    }
    const end = this.newPc();
    const bodies = clauses.map(() => this.newPc());
    clauses.forEach((c, i) => {
      if (c.list === null) return;
      for (const x of c.list) { const cx = cond(x); this.line(`if(${cx})${this.jump(bodies[i])}`); }
    });
    this.line(this.jump(defIdx >= 0 ? bodies[defIdx] : end));
    this.targets.push({ label, brk: this.jump(end), cont: null });
    clauses.forEach((c, i) => {
      this.place(bodies[i]);
      this.block(c.body);
      const last = c.body[c.body.length - 1];
      if (last && last.kind === 'BranchStmt' && last.tok === 'fallthrough') this.line(this.jump(bodies[i + 1]));
      else this.line(this.jump(end));
    });
    this.targets.pop();
    this.place(end);
  }

  pushTarget(t: Target): void { this.targets.push(t); }
  popTarget(): void { this.targets.pop(); }

  private branch(s: ast.BranchStmt): void {
    switch (s.tok) {
      case 'fallthrough': return; // handled by the switch
      case 'goto':
        if (this.rf && !this.rf.labels.has(s.label!.name)) { this.leaveFor('goto', s.label!.name); return; }
        this.line(this.jump(this.labelPc(s.label!.name)));
        return;
      case 'break': case 'continue': {
        for (let i = this.targets.length - 1; i >= 0; i--) {
          const t = this.targets[i];
          if (s.label ? t.label === s.label.name : (s.tok === 'break' || t.cont !== null)) {
            if (s.tok === 'break') { this.line(t.brk); return; }
            if (t.cont !== null) { this.line(t.cont); return; }
          }
        }
        if (this.rf && s.label) { this.leaveFor(s.tok, s.label.name); return; }
        throw new Error('internal error: branch target not found');
      }
    }
  }
}

// ---- small helpers shared with expr.ts ----

export function isBlank(e: ast.Expr): boolean { return e.kind === 'Ident' && e.name === '_'; }

export function hasOwnDefer(b: ast.BlockStmt): boolean {
  let r = false;
  const visit = (n: ast.Node): void => {
    if (r) return;
    if ((n as { kind: string }).kind === 'DeferStmt') { r = true; return; }
    children(n, visit as (c: unknown) => void, false);
  };
  children(b, visit as (c: unknown) => void, false);
  return r;
}

export function oneOf(t: Type): string {
  const r = rep(t);
  if (r === 'c128' || r === 'c64') return 'R.C1';
  return '1';
}

/** `x op y` for numeric/string operands of type t (the result type); pos for panics. */
export function arith(c: FnC, op: string, t: Type, x: string, y: string, pos: number): string {
  return binop(c, op as ast.BinaryOp, t, x, y, pos, t);
}

import { binop } from './ops';
export { fieldKey };
