/**
 * This file implements the program-level state of the compiler: the table of compiled functions,
 * interned run-time types, package variables, natives referenced by name, generic instances to
 * compile (a work list: monomorphisation), and the generated helper functions for zero values,
 * copies and equality of aggregate types.
 *
 * The output is one JavaScript module body, built with `new Function` by the VM:
 *   (R, T, N, G, M, H) => { const F0 = {...}; F0.step = function(g, f) {...}; ...; return {...} }
 * R: runtime support (vm/rt.ts), T: interned types, N: natives, G: package variables,
 * M: the VM, H: the library host.
 *
 * Invariants:
 * - Every function (declared, method, closure, generic instance) is compiled exactly once and is
 *   referred to by the constant `F<i>` in generated code.
 * - Helper names `Z<i>` (zero), `C<i>` (copy), `E<i>` (equality) are keyed by the interned type id.
 */

import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import type { Info } from '../types/info';
import { Typ, newInterface } from '../types/universe';
import { FnC } from './func';
import { children, unparen } from './scan';
import { isBlockingNative } from './call';
import { Interner, isAggregate, rep, sizeOf, subst, type Type, type TypeMap, under } from './types';

export interface FuncEntry {
  id: number;
  name: string;
  pos: number;
  frameBytes: number;
  nslots: number;
  epi: number;
  body: string;
  fastBody?: string;  // the JS source of the step function
}

export interface PkgFile { file: ast.File; info: Info; pkg: string }

export class ProgramBuilder {
  readonly it = new Interner();
  readonly funcs: FuncEntry[] = [];
  /** ids of loops that may spin (their back edges pass them to M.tick) */
  spinIds = 0;
  readonly helpers: string[] = [];
  private readonly helperDone = new Set<string>();
  readonly natives: string[] = [];
  private readonly nativeIdx = new Map<string, number>();
  readonly globals = new Map<TT.Var, number>();
  nglobals = 0;
  /** compiled function ids: key = Func object identity + type-argument key */
  readonly funcIds = new Map<string, number>();
  readonly objIds = new Map<object, number>();
  /** pending bodies to compile */
  readonly work: (() => void)[] = [];
  /** method tables: interned type index → name → [funcId or native index, isNative, receiver adapter js] */
  readonly methodDecls = new Map<TT.Func, { decl: ast.FuncDecl; pf: PkgFile }>();
  readonly funcDecls = new Map<TT.Func, { decl: ast.FuncDecl; pf: PkgFile }>();
  /** instances of generic named types created by substitution, by key */
  private readonly namedInst = new Map<string, TT.Named>();
  constants: string[] = [];

  readonly universe = {
    bool: Typ.bool as Type, int: Typ.int as Type, float64: Typ.float64 as Type, float32: Typ.float32 as Type,
    complex128: Typ.complex128 as Type, string: Typ.string as Type, rune: Typ.rune as Type, byte: Typ.byte as Type,
    any: newInterface([]) as Type,
  };
  /** lines run after every function object exists: method tables */
  readonly post: string[] = [];
  private readonly mtDone = new Set<Type>();

  constructor(readonly files: PkgFile[]) {
    // canonical basic types first, so `%T` of a boxed untyped constant prints `int`, never `untyped int`
    for (const t of [Typ.bool, Typ.int, Typ.int8, Typ.int16, Typ.int32, Typ.int64, Typ.uint, Typ.uint8, Typ.uint16,
      Typ.uint32, Typ.uint64, Typ.uintptr, Typ.float32, Typ.float64, Typ.complex64, Typ.complex128, Typ.string]) this.it.ref(t);
    this.it.ref(this.universe.any);
    for (const pf of files) {
      for (const d of pf.file.decls) {
        if (d.kind !== 'FuncDecl') continue;
        const f = pf.info.defs.get(d.name);
        if (!f || f.kind !== 'Func') continue;
        (d.recv ? this.methodDecls : this.funcDecls).set(f, { decl: d, pf });
      }
    }
  }

  /** A function without a Go body: a native of the library registry. */
  isNative(f: TT.Func): boolean {
    const d = this.declOf(f);
    return d ? d.decl.body === null : f.pkg !== 'main';
  }

  declOf(f: TT.Func): { decl: ast.FuncDecl; pf: PkgFile } | undefined {
    return this.funcDecls.get(f) ?? this.methodDecls.get(f) ?? this.methodDecls.get(this.origMethod(f));
  }

  /** For a method of a generic type instance, the declared (generic) method object. */
  private origMethod(f: TT.Func): TT.Func {
    const sig = f.type as TT.Signature;
    if (!sig.recv) return f;
    let rt = sig.recv.type;
    if (rt.kind === 'Pointer') rt = rt.elem;
    if (rt.kind === 'Named' && rt.orig) return rt.orig.methods.find((m) => m.name === f.name) ?? f;
    return f;
  }

  /** The registry name of a native: `strings.ToUpper`, `(*strings.Builder).WriteString`, `time.Duration.String`. */
  nativeName(f: TT.Func): string {
    const sig = f.type as TT.Signature;
    const pkg = f.pkg ?? '';
    if (!sig.recv) return `${pkg}.${f.name}`;
    let rt = sig.recv.type;
    const ptr = rt.kind === 'Pointer';
    if (ptr) rt = (rt as TT.Pointer).elem;
    const tn = rt.kind === 'Named' ? rt.obj.name : '?';
    return ptr ? `(*${pkg}.${tn}).${f.name}` : `(${pkg}.${tn}).${f.name}`;
  }

  /** `F<i>` of function f (instantiated with targs), compiling it on first use. */
  funcRef(f: TT.Func, targs: readonly Type[] | null, tmap: TypeMap): string {
    const args = targs ? targs.map((t) => this.subst(t, tmap)) : null;
    const key = this.objId(f) + (args && args.length ? '[' + args.map((t) => this.it.key(t)).join(',') + ']' : '');
    const have = this.funcIds.get(key);
    if (have !== undefined) return `F${have}`;
    const d = this.declOf(f);
    if (!d) throw new Error(`internal error: no declaration for ${f.fullName}`);
    let name = f.fullName;
    if (args && args.length && !(f.type as TT.Signature).recv) name += '[...]';
    const entry = this.newFunc(name, d.decl.pos);
    this.funcIds.set(key, entry.id);
    this.work.push(() => this.compileDecl(entry, d.decl, d.pf, args));
    return `F${entry.id}`;
  }

  private compileDecl(entry: FuncEntry, decl: ast.FuncDecl, pf: PkgFile, args: Type[] | null): void {
    const info = pf.info;
    let tmap: Map<TT.TypeParam, Type> | null = null;
    if (args && args.length) {
      tmap = new Map();
      const fobj = info.defs.get(decl.name) as TT.Func;
      const sig = fobj.type as TT.Signature;
      const tps = sig.recv ? sig.recvTypeParams : sig.typeParams;
      tps.forEach((p, i) => tmap!.set(p, args[i]));
      // also map by the declared type parameter objects of the receiver type, if the checker used those
      if (sig.recv) {
        let rt = sig.recv.type;
        if (rt.kind === 'Pointer') rt = rt.elem;
        if (rt.kind === 'Named') {
          const base = rt.orig ?? rt;
          base.typeParams.forEach((p, i) => { if (!tmap!.has(p)) tmap!.set(p, args[i]); });
          rt.typeArgs.forEach((a, i) => { if (a.kind === 'TypeParam' && !tmap!.has(a)) tmap!.set(a, args[i]); });
        }
      }
    }
    const fc = new FnC(this, pf, entry.name, tmap, null, decl);
    const params: (TT.Var | null)[] = [];
    if (decl.recv) {
      const r = decl.recv.list[0];
      if (r && r.names.length) params.push((info.defs.get(r.names[0]) as TT.Var) ?? null);
      else params.push(null);
    }
    const fobj = info.defs.get(decl.name) as TT.Func;
    const sig = fobj.type as TT.Signature;
    for (const fld of decl.type.params.list) {
      if (fld.names.length === 0) { params.push(null); continue; }
      for (const id of fld.names) params.push((info.defs.get(id) as TT.Var) ?? null);
    }
    const results: TT.Var[] = [];
    if (decl.type.results) {
      let i = 0;
      for (const fld of decl.type.results.list) {
        if (fld.names.length === 0) { results.push(sig.results.vars[i++]); continue; }
        for (const id of fld.names) { results.push((info.defs.get(id) as TT.Var) ?? sig.results.vars[i]); i++; }
      }
    }
    entry.body = fc.compileBody(params, results, decl.body!, []);
    entry.nslots = fc.nslots;
    entry.frameBytes = fc.frameBytes();
    entry.epi = fc.epilogue;
    if (this.fastOK(fobj) || this.fastOK(this.origMethod(fobj))) {
      const ff = new FnC(this, pf, entry.name, tmap, null, decl);
      ff.fast = true;
      entry.fastBody = ff.compileBody(params, results, decl.body!, []);
    }
  }

  private readonly fastMemo = new Map<TT.Func, boolean>();
  /**
   * Whether f can also be compiled as a direct-call JS function: no suspension point can occur in
   * it (no defer, recover, channel operation, blocking native, goto, call of a function value or
   * interface method), and every Go function it calls qualifies too (cycles assumed to qualify).
   */
  fastOK(f: TT.Func): boolean {
    const m = this.fastMemo.get(f);
    if (m !== undefined) return m;
    const d = this.declOf(f);
    if (!d || !d.decl.body) { this.fastMemo.set(f, false); return false; }
    this.fastMemo.set(f, true);
    const ok = this.scanFast(d.decl.body, d.pf);
    this.fastMemo.set(f, ok);
    return ok;
  }

  private scanFast(body: ast.Node, pf: PkgFile): boolean {
    const info = pf.info;
    let ok = true;
    const visit = (n: unknown): void => {
      if (!ok) return;
      const node = n as ast.Node;
      switch (node.kind) {
        case 'FuncLit': return;
        case 'DeferStmt': case 'SendStmt': case 'SelectStmt': ok = false; return;
        case 'BranchStmt': if (node.tok === 'goto') { ok = false; return; } break;
        case 'UnaryExpr': if (node.op === '<-') { ok = false; return; } break;
        // a loop that may spin waiting for another goroutine must stay preemptible (frame-based)
        case 'ForStmt': if (spinLoop(node, info)) { ok = false; return; } break;
        case 'RangeStmt': {
          const t = info.types.get(node.x)?.type;
          const u = t ? under(t) : null;
          if (!u || u.kind === 'Chan' || u.kind === 'Signature' || u.kind === 'TypeParam' as string) { ok = false; return; }
          break;
        }
        case 'CallExpr': {
          const ft = info.types.get(node.fun);
          if (ft && ft.mode === 'typexpr') break;
          let fun = node.fun as ast.Expr;
          while (fun.kind === 'ParenExpr') fun = fun.x;
          if (ft && ft.mode === 'builtin' || fun.kind === 'Ident' && info.uses.get(fun)?.kind === 'Builtin') {
            if (fun.kind === 'Ident' && fun.name === 'recover') { ok = false; return; }
            break;
          }
          let x = fun;
          if (x.kind === "IndexExpr" || x.kind === "IndexListExpr") x = x.x as typeof x;
          let callee: TT.Func | null = null;
          if (x.kind === 'Ident') { const o = info.uses.get(x); if (o && o.kind === 'Func') callee = o; }
          else if (x.kind === 'SelectorExpr') {
            const sel = info.selections.get(x);
            if (!sel) { const o = info.uses.get(x.sel); if (o && o.kind === 'Func') callee = o; }
            else if (sel.kind === 'MethodVal' && sel.recv.kind !== 'TypeParam' && under(sel.recv).kind !== 'Interface' && !embeddedIfacePath(sel.recv, sel.index)) callee = sel.obj as TT.Func;
          }
          if (callee === null) { ok = false; return; }
          if (this.isNative(callee)) { if (isBlockingNative(this.nativeName(callee))) { ok = false; return; } }
          else if (!this.fastOK(callee)) { ok = false; return; }
          break;
        }
      }
      children(node, visit);
    };
    visit(body);
    return ok;
  }

  /** A FuncValue expression for a declared function (or native). */
  funcValue(f: TT.Func, targs: readonly Type[] | null, tmap: TypeMap): string {
    if (this.isNative(f)) {
      const n = this.nativeName(f);
      return this.konst(`new R.FuncValue(N[${this.native(n)}],null,${JSON.stringify(n)})`);
    }
    const ref = this.funcRef(f, targs, tmap);
    return this.konst(`new R.FuncValue(${ref},null,${JSON.stringify(f.fullName)})`);
  }

  /** Code reference (F<i> or N[i]) of method m for receiver type recvT. */
  methodRef(m: TT.Func, recvT: Type, c: FnC): string {
    void c;
    if (this.isNative(m)) return `N[${this.native(this.nativeName(m))}]`;
    let rt = recvT;
    if (rt.kind === 'Pointer') rt = rt.elem;
    const targs = rt.kind === 'Named' && rt.typeArgs.length ? [...rt.typeArgs] : null;
    return this.funcRef(m, targs, null);
  }

  methodName(m: TT.Func, recvT: Type): string { void recvT; return m.fullName; }

  /** Method expression T.M / (*T).M: a function taking the receiver first. */
  methodExpr(recvT: Type, m: TT.Func, c: FnC): string {
    if (rep(recvT) === 'iface') return `R.ifaceMethodExpr(${JSON.stringify(m.name)})`;
    const sig = m.type as TT.Signature;
    const wantPtr = sig.recv !== null && under(sig.recv.type).kind === 'Pointer';
    const isPtr = under(recvT).kind === 'Pointer';
    const ref = this.methodRef(m, recvT, c);
    if (wantPtr === isPtr) return `new R.FuncValue(${ref},null,${JSON.stringify(m.fullName)})`;
    // (*T).M where M has a value receiver: dereference (copy) the pointer first
    const et = (under(recvT) as TT.Pointer).elem;
    return `R.derefMethod(${ref},${JSON.stringify(m.fullName)},(p)=>${this.copy(et, isAggregate(et) ? 'R.nn(p)' : 'R.nn(p).get()')})`;
  }

  /** Maps hash keys themselves (runtime map): the key expression is passed through. */
  mapKey(t: Type): string { void t; return ''; }

  /** Record method tables for a type that may be boxed into an interface (and its embedded types). */
  methodTable(t: Type): void {
    if (this.mtDone.has(t)) return;
    this.mtDone.add(t);
    const u = under(t);
    const inner = (x: Type): void => { const cx = this.it.canon(x); this.it.ref(cx); this.methodTable(cx); };
    switch (u.kind) {
      case 'Struct': for (const f of u.fields) inner(f.type); break;
      case 'Slice': case 'Array': case 'Pointer': case 'Chan': inner(u.elem); break;
      case 'Map': inner(u.key); inner(u.elem); break;
    }
    let n: Type = t;
    if (n.kind === 'Pointer') n = n.elem;
    if (n.kind !== 'Named' || n.methods.length === 0 && !(n.orig && n.orig.methods.length)) return;
    const named = n;
    const methods = named.orig ? named.orig.methods : named.methods;
    const entries: string[] = [];
    for (const m of methods) {
      const nat = this.isNative(m);
      const sig = m.type as TT.Signature;
      const ptr = sig.recv !== null && under(sig.recv.type).kind === 'Pointer';
      const code = nat ? `N[${this.native(this.nativeName(m))}]` : this.funcRef(m, named.typeArgs.length ? [...named.typeArgs] : null, null);
      let fullName = m.fullName;
      if (named.typeArgs.length) fullName = fullName.replace(/\[[^\]]*\]/, '[...]');
      entries.push(`${JSON.stringify(m.name)}:{code:${code},ptr:${ptr},native:${nat},name:${JSON.stringify(fullName)},sig:T[${this.it.ref(this.subst(m.type, named.typeArgs.length ? new Map((named.orig ?? named).typeParams.map((p, i) => [p, named.typeArgs[i]] as [TT.TypeParam, Type])) : null))}]}`);
    }
    const base = this.it.ref(named);
    this.post.push(`MT.set(T[${base}],{${entries.join(',')}});`);
  }

  objId(o: object): number {
    let n = this.objIds.get(o);
    if (n === undefined) { n = this.objIds.size; this.objIds.set(o, n); }
    return n;
  }

  native(name: string): number {
    let i = this.nativeIdx.get(name);
    if (i === undefined) { i = this.natives.length; this.natives.push(name); this.nativeIdx.set(name, i); }
    return i;
  }

  newFunc(name: string, pos: number): FuncEntry {
    const e: FuncEntry = { id: this.funcs.length, name, pos, frameBytes: 64, nslots: 0, epi: -1, body: '' };
    this.funcs.push(e);
    return e;
  }

  /** A constant JS value (any literal that is costly to rebuild) shared by generated code: K[i]. */
  konst(js: string): string {
    this.constants.push(js);
    return `K[${this.constants.length - 1}]`;
  }

  typeRef(t: Type): string {
    const c = this.it.canon(t);
    this.methodTable(c);
    if (c.kind === 'Pointer') this.methodTable(this.it.canon(c.elem));
    return `T[${this.it.ref(c)}]`;
  }

  /** Substitute type parameters, creating generic Named instances as needed. */
  subst(t: Type, m: TypeMap): Type {
    return subst(t, m, (n, args) => this.instNamed(n, args));
  }

  instNamed(orig: TT.Named, args: Type[]): Type {
    const probe: TT.Named = { kind: 'Named', obj: orig.obj, underlying: orig.underlying, methods: orig.methods, typeParams: [], typeArgs: args, orig };
    const key = this.it.key(probe);
    const have = this.namedInst.get(key);
    if (have) return have;
    const m = new Map<TT.TypeParam, Type>();
    orig.typeParams.forEach((p, i) => m.set(p, args[i]));
    const inst: TT.Named = { kind: 'Named', obj: orig.obj, underlying: orig.underlying, methods: orig.methods, typeParams: [], typeArgs: args, orig };
    this.namedInst.set(key, inst);
    inst.underlying = this.subst(orig.underlying, m);
    return this.it.canon(inst);
  }

  // ---- generated helpers: zero values, copies, equality ----

  /** JS expression for the zero value of t (a fresh object for aggregates). */
  zero(t: Type): string {
    const r = rep(t);
    switch (r) {
      case 'i64': case 'u64': case 'i32': case 'i16': case 'i8': case 'u32': case 'u16': case 'u8': case 'f64': case 'f32': return '0';
      case 'c128': case 'c64': return 'R.C0';
      case 'str': return '""';
      case 'bool': return 'false';
      case 'struct': case 'array': return `${this.zeroFn(t)}()`;
      default: return 'null';
    }
  }

  private helper(kind: string, t: Type, make: (id: number) => string): string {
    const id = this.it.ref(t);
    const name = kind + id;
    if (!this.helperDone.has(name)) {
      this.helperDone.add(name);
      this.helpers.push(make(id));
    }
    return name;
  }

  /** Name of the generated zero-value function of an aggregate type. */
  zeroFn(t: Type): string {
    return this.helper('Z', t, (id) => {
      const u = under(t);
      if (u.kind === 'Array') {
        const z = this.zero(u.elem);
        if (!isAggregate(u.elem)) return `function Z${id}(){return new Array(${u.len}).fill(${z});}`;
        return `function Z${id}(){const a=new Array(${u.len});for(let i=0;i<${u.len};i++)a[i]=${z};return a;}`;
      }
      if (u.kind === 'Struct') {
        return `function Z${id}(){return {${u.fields.map((f, i) => `${fieldKey(u, i)}:${this.zero(f.type)}`).join(',')}};}`;
      }
      throw new Error('internal error: zeroFn of non-aggregate');
    });
  }

  /** JS expression copying a value of t (only aggregates need it). */
  copy(t: Type, js: string): string {
    if (!isAggregate(t)) return js;
    const u = under(t);
    if (u.kind === 'Array' && !isAggregate(u.elem)) return `${js}.slice()`;
    const name = this.helper('C', t, (id) => {
      if (u.kind === 'Array') return `function C${id}(a){const b=new Array(a.length);for(let i=0;i<a.length;i++)b[i]=${this.copy(u.elem, 'a[i]')};return b;}`;
      if (u.kind === 'Struct') return `function C${id}(s){return {${u.fields.map((f, i) => `${fieldKey(u, i)}:${this.copy(f.type, 's.' + fieldKey(u, i))}`).join(',')}};}`;
      throw new Error('internal error');
    });
    return `${name}(${js})`;
  }

  /** JS statement text copying src into the existing aggregate object dst (both expressions). */
  assignInto(t: Type, dst: string, src: string): string {
    const name = this.helper('A', t, (id) => {
      const u = under(t);
      if (u.kind === 'Array') return `function A${id}(d,s){if(d===s)return;for(let i=0;i<s.length;i++)d[i]=${this.copy(u.elem, 's[i]')};}`;
      if (u.kind === 'Struct') return `function A${id}(d,s){if(d===s)return;${u.fields.map((f, i) => `d.${fieldKey(u, i)}=${this.copy(f.type, 's.' + fieldKey(u, i))};`).join('')}}`;
      throw new Error('internal error');
    });
    return `${name}(${dst},${src})`;
  }

  /** JS boolean expression: a == b for values of static type t. */
  eq(t: Type, a: string, b: string): string {
    const r = rep(t);
    switch (r) {
      case 'c128': case 'c64': return `R.ceq(${a},${b})`;
      case 'iface': return `R.ifaceEq(${a},${b})`;
      case 'ptr': return isAggregate((under(t) as TT.Pointer).elem) ? `(${a}===${b})` : `R.ptrEq(${a},${b})`;
      case 'struct': case 'array':
        return `${this.helper('E', t, (id) => {
          const u = under(t);
          if (u.kind === 'Array') return `function E${id}(a,b){for(let i=0;i<a.length;i++)if(!${this.eq(u.elem, 'a[i]', 'b[i]')})return false;return true;}`;
          const s = u as TT.StructT;
          const parts = s.fields.map((f, i) => f.name === '_' ? 'true' : this.eq(f.type, 'a.' + fieldKey(s, i), 'b.' + fieldKey(s, i)));
          return `function E${id}(a,b){return ${parts.length ? parts.join('&&') : 'true'};}`;
        })}(${a},${b})`;
      default: return `(${a}===${b})`;
    }
  }

  frameBytesOf(vars: Type[]): number {
    return 32 + vars.reduce((n, t) => n + Math.min(sizeOf(t), 1 << 20), 0);
  }
}

function embeddedIfacePath(recv: Type, index: readonly number[]): boolean {
  let t = recv;
  for (let i = 0; i < index.length - 1; i++) {
    let u = under(t);
    if (u.kind === 'Pointer') u = under(u.elem);
    if (u.kind !== 'Struct') return false;
    t = u.fields[index[i]].type;
  }
  return index.length > 1 && under(t).kind === 'Interface';
}

/** The JS property name of field i (vm/values.ts: declaration names, `_<i>` for blank ones). */
export function fieldKey(s: TT.StructT, i: number): string {
  const n = s.fields[i].name;
  if (n === '_') return '_' + i;
  return /^[A-Za-z_$][\w$]*$/.test(n) ? n : JSON.stringify(n);
}

/**
 * Whether a for loop may spin waiting for something outside it: no condition, or a condition
 * whose variables the loop never assigns while its body and post statement call nothing (a flag,
 * an atomic load, a channel length). Loops that make visible progress (`i++` on a variable of the
 * condition, or calls) are assumed to end.
 */
export function spinLoop(n: ast.ForStmt, info: PkgFile['info']): boolean {
  if (n.cond === null || (n.cond.kind === 'Ident' && n.cond.name === 'true')) return true;
  const condVars = new Set<unknown>();
  const collect = (x: ast.Node): void => {
    if (x.kind === 'Ident') { const o = info.uses.get(x); if (o && o.kind === 'Var') condVars.add(o); }
    children(x, collect as (c: unknown) => void, false);
  };
  collect(n.cond);
  let progress = false;
  const visit = (x: ast.Node): void => {
    if (progress) return;
    switch (x.kind) {
      case 'CallExpr': {
        const f = unparen(x.fun);
        const builtin = f.kind === 'Ident' && info.uses.get(f)?.kind === 'Builtin';
        if (!builtin && info.types.get(x.fun)?.mode !== 'typexpr') { progress = true; return; }
        break;
      }
      case 'AssignStmt': for (const l of x.lhs) if (mentionsAny(l, condVars, info)) { progress = true; return; } break;
      case 'IncDecStmt': if (mentionsAny(x.x, condVars, info)) { progress = true; return; } break;
      case 'UnaryExpr': if (x.op === '<-') { progress = true; return; } break;
      case 'SendStmt': case 'SelectStmt': progress = true; return;
    }
    children(x, visit as (c: unknown) => void, false);
  };
  visit(n.body);
  if (n.post) visit(n.post);
  return !progress;
}

function mentionsAny(e: ast.Node, vars: Set<unknown>, info: PkgFile['info']): boolean {
  let r = false;
  const visit = (x: ast.Node): void => {
    if (r) return;
    if (x.kind === 'Ident' && vars.has(info.uses.get(x) ?? info.defs.get(x))) { r = true; return; }
    children(x, visit as (c: unknown) => void, false);
  };
  visit(e);
  return r;
}
