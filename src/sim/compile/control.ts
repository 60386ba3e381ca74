/**
 * This file implements the compilation of range loops (https://go.dev/ref/spec#For_range), type
 * switches (https://go.dev/ref/spec#Type_switches) and select statements
 * (https://go.dev/ref/spec#Select_statements), in both emission modes (see func.ts).
 *
 * Invariants:
 * - The range expression is evaluated once; for slices and arrays the length is fixed at the start;
 *   with `:=` the iteration variables are fresh in every iteration (Go 1.22), so closures capture
 *   per-iteration boxes.
 * - Strings are ranged by UTF-8 decoding (`R.dr` returns rune*4 + width-1; invalid bytes give
 *   U+FFFD with width 1).
 */

import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import { convertValue, expr, lvalue } from './expr';
import { UnsupportedError } from './errors';
import { FnC, isBlank, type RangeFuncBody } from './func';
import { children, unparen } from './scan';
import { rep, under, type Type } from './types';

interface LoopParts {
  init(): void;
  cond(): string | null;
  pre(): void;
  post(): void;
}

export function emitLoop(c: FnC, label: string | null, flat: boolean, parts: LoopParts, body: ast.Stmt[]): void {
  if (!flat) {
    c.structuredLoop(() => structuredLoopBody(c, label, parts, body));
    return;
  }
  flatLoop(c, label, parts, body);
}

function structuredLoopBody(c: FnC, label: string | null, parts: LoopParts, body: ast.Stmt[]): void {
  {
    const jl = c.newJsLabel(), bl = c.newJsLabel();
    c.line('{');
    parts.init();
    c.line(`${jl}:for(;;){if(++M.steps>M.limit)M.over();`);
    const cond = parts.cond();
    if (cond) c.line(`if(!(${cond}))break;`);
    c.pushTarget({ label, brk: `break ${jl};`, cont: `break ${bl};` });
    c.line(`${bl}:{`);
    parts.pre();
    c.block(body);
    c.line('}');
    c.popTarget();
    parts.post();
    c.line('}}');
  }
}

function flatLoop(c: FnC, label: string | null, parts: LoopParts, body: ast.Stmt[]): void {
  parts.init();
  const top = c.newPc(), cont = c.newPc(), end = c.newPc();
  c.place(top);
  c.line(`if(M.steps>=M.check&&M.tick(g))${c.jumpPreempt(top)}M.steps++;`);
  const cond = parts.cond();
  if (cond) c.line(`if(!(${cond}))${c.jump(end)}`);
  c.pushTarget({ label, brk: c.jump(end), cont: c.jump(cont) });
  parts.pre();
  c.block(body);
  c.popTarget();
  c.place(cont);
  parts.post();
  c.line(c.jump(top));
  c.place(end);
}

/** Assign or declare an iteration variable. */
function setIter(c: FnC, s: ast.RangeStmt, x: ast.Expr | null, js: string, from: Type): void {
  if (!x || (x.kind === 'Ident' && x.name === '_')) return;
  if (s.tok === ':=') {
    const v = c.info.defs.get(x as ast.Ident) as TT.Var | null;
    if (!v) return;
    c.initVar(v, convertValue(c, js, from, c.sub(v.type)));
    return;
  }
  const lv = lvalue(c, x);
  c.line(lv.set(convertValue(c, js, from, c.typeOf(x))) + ';');
}

export function rangeStmt(c: FnC, s: ast.RangeStmt, label: string | null): void {
  c.step();
  const xt = c.typeOf(s.x);
  const u = under(xt);
  const flat = c.suspends(s);
  const X = c.temp();
  const I = c.temp();
  const N = c.temp();
  const key = s.key, val = s.value;
  if (u.kind === 'Basic' && u.basic !== 'string' && u.basic !== 'untyped string') {
    // range over an integer (Go 1.22)
    const it = key ? (s.tok === ':=' ? c.sub((c.info.defs.get(key as ast.Ident) as TT.Var | null)?.type ?? xt) : c.typeOf(key)) : xt;
    const wide = rep(it) === 'i64' || rep(it) === 'u64';
    emitLoop(c, label, flat, {
      init: () => { c.line(`${N}=${expr(c, s.x)};${I}=0;`); },
      cond: () => `${I}<${N}`,
      pre: () => setIter(c, s, key, I, it),
      post: () => c.line(wide ? `${I}=addS(${I},1);` : `${I}++;`),
    }, s.body.list);
    return;
  }
  if (u.kind === 'Basic') {
    const R = c.temp();
    emitLoop(c, label, flat, {
      init: () => { c.line(`${X}=${expr(c, s.x)};${I}=0;`); },
      cond: () => `${I}<${X}.length`,
      pre: () => {
        c.line(`${R}=R.dr(${X},${I});`);
        setIter(c, s, key, I, c.P.universe.int);
        setIter(c, s, val, `(${R}>>2)`, c.P.universe.rune);
      },
      post: () => c.line(`${I}+=(${R}&3)+1;`),
    }, s.body.list);
    return;
  }
  if (u.kind === 'Slice' || u.kind === 'Array' || u.kind === 'Pointer') {
    const et = u.kind === 'Pointer' ? (under(u.elem) as TT.ArrayT).elem : (u as TT.SliceT).elem;
    const needX = val !== null && !(val.kind === 'Ident' && val.name === '_');
    emitLoop(c, label, flat, {
      init: () => {
        const xs = expr(c, s.x);
        if (u.kind === 'Slice') c.line(`${X}=${xs};${N}=${X}===null?0:${X}.len;${I}=0;`);
        else if (u.kind === 'Array') c.line(`${X}=${needX ? c.P.copy(xt, xs) : xs};${N}=${u.len};${I}=0;`);
        else c.line(`${X}=${xs};${N}=${(under(u.elem) as TT.ArrayT).len};${I}=0;${needX ? `R.nn(${X});` : ''}`);
      },
      cond: () => `${I}<${N}`,
      pre: () => {
        setIter(c, s, key, I, c.P.universe.int);
        if (needX) setIter(c, s, val, c.P.copy(et, u.kind === 'Slice' ? `${X}.arr[${X}.off+${I}]` : `${X}[${I}]`), et);
      },
      post: () => c.line(`${I}++;`),
    }, s.body.list);
    return;
  }
  if (u.kind === 'Map') {
    emitLoop(c, label, flat, {
      init: () => { c.line(`${X}=R.mapIter(${expr(c, s.x)});`); },
      cond: () => `${X}.next()`,
      pre: () => {
        setIter(c, s, key, `${X}.k`, c.sub(u.key));
        setIter(c, s, val, c.P.copy(c.sub(u.elem), `${X}.v`), c.sub(u.elem));
      },
      post: () => {},
    }, s.body.list);
    return;
  }
  if (u.kind === 'Chan') {
    // flat by construction (a receive is a suspension point)
    c.line(`${X}=${expr(c, s.x)};`);
    const top = c.newPc(), end = c.newPc();
    c.place(top);
    c.line(`M.steps++;`);
    c.suspend(`R.recv(g,${X},${c.at(s.pos)})`);
    c.line(`if(!g.ok)${c.jump(end)}`);
    c.pushTarget({ label, brk: c.jump(end), cont: c.jump(top) });
    setIter(c, s, key, 'g.ret', c.sub(u.elem));
    c.block(s.body.list);
    c.popTarget();
    c.line(c.jump(top));
    c.place(end);
    return;
  }
  if (u.kind === 'Signature') { rangeFunc(c, s, label); return; }
  throw new UnsupportedError(s.pos, `range over ${u.kind} is not supported by the simulator yet`);
}

/** https://go.dev/ref/spec#Type_switches */
export function typeSwitchStmt(c: FnC, s: ast.TypeSwitchStmt, label: string | null): void {
  c.step();
  const flat = c.suspends(s);
  if (!flat) c.line('{');
  if (s.init) c.stmt(s.init);
  const ta = (s.assign.kind === 'AssignStmt' ? unparen(s.assign.rhs[0]) : unparen(s.assign.x)) as ast.TypeAssertExpr;
  const X = c.temp();
  c.line(`${X}=${expr(c, ta.x)};`);
  const clauses = s.body.list as ast.CaseClause[];
  const conds = clauses.map((cl) => (cl.list ?? []).map((te) => {
    const tv = c.info.types.get(te);
    if (tv && tv.mode !== 'typexpr' && rep(c.sub(tv.type)) === 'nil') return `${X}===null`;
    const t = c.typeOf(te);
    if (rep(t) === 'iface') return `R.implements(${X},${c.P.typeRef(t)})`;
    return `(${X}!==null&&${X}.t===${c.P.typeRef(t)})`;
  }));
  const bind = (cl: ast.CaseClause): void => {
    const v = c.info.implicits.get(cl) as TT.Var | undefined;
    if (!v) return;
    const vt = c.sub(v.type);
    const js = rep(vt) === 'iface' ? X : c.P.copy(vt, `${X}.v`);
    c.initVar(v, js);
  };
  const defIdx = clauses.findIndex((cl) => cl.list === null);
  if (!flat) {
    const jl = c.newJsLabel();
    c.pushTarget({ label, brk: `break ${jl};`, cont: null });
    c.line(`${jl}:{`);
    let first = true;
    clauses.forEach((cl, i) => {
      if (cl.list === null) return;
      c.line(`${first ? '' : 'else '}if(${conds[i].join('||')}){`);
      first = false;
      bind(cl);
      c.block(cl.body);
      c.line('}');
    });
    if (defIdx >= 0) {
      c.line(first ? '{' : 'else{');
      bind(clauses[defIdx]);
      c.block(clauses[defIdx].body);
      c.line('}');
    }
    c.line('}}');
    c.popTarget();
    return;
  }
  const end = c.newPc();
  const bodies = clauses.map(() => c.newPc());
  clauses.forEach((cl, i) => { if (cl.list) c.line(`if(${conds[i].join('||')})${c.jump(bodies[i])}`); });
  c.line(c.jump(defIdx >= 0 ? bodies[defIdx] : end));
  c.pushTarget({ label, brk: c.jump(end), cont: null });
  clauses.forEach((cl, i) => {
    c.place(bodies[i]);
    bind(cl);
    c.block(cl.body);
    c.line(c.jump(end));
  });
  c.popTarget();
  c.place(end);
}

/** https://go.dev/ref/spec#Select_statements — the runtime's selectgo picks the case. */
export function selectStmt(c: FnC, s: ast.SelectStmt, label: string | null): void {
  c.step();
  const clauses = s.body.list as ast.CommClause[];
  const cases: string[] = [];
  const caseOf: number[] = [];
  let hasDefault = false;
  let defIdx = -1;
  clauses.forEach((cl, i) => {
    if (cl.comm === null) { hasDefault = true; defIdx = i; caseOf.push(-1); return; }
    const comm = cl.comm;
    if (comm.kind === 'SendStmt') {
      const ch = expr(c, comm.chan);
      const et = (under(c.typeOf(comm.chan)) as TT.Chan).elem;
      const t = c.temp();
      c.line(`${t}={dir:"send",ch:${ch},value:${c.P.copy(et, convertValue(c, expr(c, comm.value), c.typeOf(comm.value), et))}};`);
      cases.push(t);
    } else {
      const rx = unparen(comm.kind === 'ExprStmt' ? comm.x : comm.rhs[0]) as ast.UnaryExpr;
      const t = c.temp();
      c.line(`${t}={dir:"recv",ch:${expr(c, rx.x)}};`);
      cases.push(t);
    }
    caseOf.push(cases.length - 1);
  });
  c.suspend(`R.select(g,[${cases.join(',')}],${hasDefault},${c.at(s.pos)})`);
  const end = c.newPc();
  const bodies = clauses.map(() => c.newPc());
  const SEL = c.temp();
  c.line(`${SEL}=g.selected;`);
  clauses.forEach((cl, i) => c.line(`if(${SEL}===${caseOf[i]})${c.jump(bodies[i])}`));
  c.line(c.jump(end));
  void defIdx;
  c.pushTarget({ label, brk: c.jump(end), cont: null });
  clauses.forEach((cl, i) => {
    c.place(bodies[i]);
    const comm = cl.comm;
    if (comm && comm.kind === 'AssignStmt') {
      const rt = c.typeOf(unparen(comm.rhs[0]));
      const vals = ['g.ret', 'g.ok'];
      const RV = c.temp();
      c.line(`${RV}=[g.ret,g.ok];`);
      comm.lhs.forEach((l, k) => {
        if (l.kind === 'Ident' && l.name === '_') return;
        void vals;
        if (comm.tok === ':=') {
          const v = c.info.defs.get(l as ast.Ident) as TT.Var | null;
          if (v) c.initVar(v, k === 0 ? convertValue(c, `${RV}[0]`, rt, c.sub(v.type)) : `${RV}[1]`);
        } else {
          const lv = lvalue(c, l);
          c.line(lv.set(k === 0 ? convertValue(c, `${RV}[0]`, rt, c.typeOf(l)) : `${RV}[1]`) + ';');
        }
      });
    }
    c.block(cl.body);
    c.line(c.jump(end));
  });
  c.popTarget();
  c.place(end);
}

/**
 * https://go.dev/ref/spec#For_range, range over a function: `for k, v := range it { body }`
 * calls it(yield) where yield(k, v) runs the body, as cmd/compile's rangefunc rewrite does: the
 * body is a closure over the enclosing function's variables; its state cell (RangeFuncBody)
 * catches misbehaving iterators with runtime.panicrangestate's errors; break returns false;
 * return, goto and labelled branches out of the body leave the loop and are finished here once
 * the iterator has returned; defer in the body defers to the enclosing function.
 */
function rangeFunc(c: FnC, s: ast.RangeStmt, label: string | null): void {
  const n = ++c.closureCount;
  const name = c.isClosure ? `${c.name}.${n}` : `${c.name}-range${n}`;
  const entry = c.P.newFunc(name, s.pos);
  const lit = s as unknown as ast.FuncLit;
  const free = c.facts.free.get(lit) ?? [];
  const fc = new FnC(c.P, c.pf, name, c.tmap, c.facts, s);
  fc.isClosure = true;
  const sig = under(c.typeOf(s.x)) as TT.Signature;
  const yieldSig = under(sig.params.vars[0].type) as TT.Signature;
  const lhs = [s.key, s.value];
  const params: (TT.Var | null)[] = yieldSig.params.vars.map((_, i) => {
    const x = lhs[i];
    if (s.tok === '=' || !x || isBlank(x)) return null;
    return (c.info.defs.get(x as ast.Ident) as TT.Var | null) ?? null;
  });
  const st = `e[${free.length}]`;
  const rf: RangeFuncBody = { st, results: c.rf ? c.rf.results : c.resultTypes, labels: labelsIn(s.body), exits: [], returns: false, bareReturns: false };
  fc.rf = rf;
  fc.deferList = `${st}.f.defers`;
  fc.prologue.push(() => fc.line(`if(${st}.v!==1)R.rangeState(${st}.v);${st}.v=2;`));
  // k, v = range it: the yield parameters are assigned to the operands on the left
  if (s.tok === '=') {
    fc.prologue.push(() => lhs.forEach((x, i) => {
      if (x && !isBlank(x) && i < yieldSig.params.vars.length) fc.assignValue(x, fc.sr(i), yieldSig.params.vars[i].type);
    }));
  }
  fc.pushTarget({ label, brk: `${st}.v=0;g.ret=false;g.top=f.parent;g.stackBytes-=@FB@;return;`, cont: `${st}.v=1;g.ret=true;g.top=f.parent;g.stackBytes-=@FB@;return;` });
  entry.body = fc.compileBody(params, [], s.body, free);
  entry.nslots = fc.nslots;
  entry.frameBytes = fc.frameBytes();
  entry.epi = fc.epilogue;
  const cells = free.map((v) => c.varCell(v));
  const it = expr(c, s.x);
  const state = c.temp();
  c.line(`${state}={v:1,n:0,r:null,f:${c.rf ? `${c.rf.st}.f` : 'f'}};`);
  c.suspend(`R.callFV(g,f,${it},[new R.FuncValue(F${entry.id},[${[...cells, state].join(',')}],${JSON.stringify(name)})])`);
  c.line(`if(${state}.v===2)R.rangeState(4);${state}.v=3;`);
  if (rf.returns) { c.line(`if(${state}.n===-1){`); c.exitReturn(rf.results.map((_, i) => `${state}.r[${i}]`)); c.line('}'); }
  if (rf.bareReturns) { c.line(`if(${state}.n===-2){`); c.exitReturn(null); c.line('}'); }
  rf.exits.forEach((x, k) => { c.line(`if(${state}.n===${k + 1}){`); c.exitBranch(x.tok, x.label); c.line('}'); });
}

/** The labels declared in a block, outside function literals. */
function labelsIn(b: ast.BlockStmt): Set<string> {
  const out = new Set<string>();
  const visit = (n: ast.Node): void => {
    if (n.kind === 'LabeledStmt') out.add(n.label.name);
    children(n, visit as (c: unknown) => void, false);
  };
  visit(b);
  return out;
}
