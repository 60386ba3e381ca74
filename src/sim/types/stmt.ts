/**
 * This file implements the checking of function bodies and statements
 * (https://go.dev/ref/spec#Statements), mirroring go/types stmt.go and return.go: expression
 * statements that must be used, sends, inc/dec, assignments, go/defer, return counts, if/for/
 * switch/type switch/select/range, local declarations, "missing return" (#Terminating_statements)
 * and "declared and not used" (reported per function, sorted by position).
 *
 * Labels, break/continue/goto and fallthrough placement are checked before type checking by
 * branches.ts, as gc does in its parser (cmd/compile/internal/syntax/branches.go).
 */

import type * as ast from '../syntax/ast';
import type { Signature, Type, Var } from './type';
import type { Scope } from './info';
import { type Checker, type DeclInfo, type Operand, closeScope, declare, errorAt, invalidOperand, openScope, opString, posString, recordDef, startPos, tstr } from './checker';
import { Typ, newVar } from './universe';
import { coreType, identical, isBoolean, isInteger, isInterface, isNumeric, isString, isTypeParam, isUntyped, isValid, under, defaultType } from './predicates';
import { assignment, convertUntyped, isNil } from './operand';
import { comparison, expr, multiExpr, rawExpr, unparen } from './expr';
import { assignVars, cannotAssign, opAssign, rhsOperands, shortVarDecl, localVarDecl } from './assignments';
import { varType } from './typexpr';
import { localDecl } from './decl';
import { checkTypeAssertion } from './assertions';
import { exprString } from './exprstring';
import { constString } from './constant';

interface Ctx { locals: Var[]; sig: Signature; }

export function funcBody(c: Checker, body: ast.BlockStmt, sig: Signature, scope: Scope, decl: DeclInfo | null): void {
  const saveScope = c.scope, saveDecl = c.decl, saveIota = c.iota;
  c.scope = scope;
  c.decl = decl;
  c.iota = null;
  const ctx: Ctx = { locals: [], sig };
  // parameters are not reported as unused
  stmtList(c, ctx, body.list);
  if (sig.results.vars.length > 0 && !isTerminatingList(body.list)) errorAt(c, body.rbrace, 'missing return');
  const unused = ctx.locals.filter((v) => !v.used && v.name !== '_').sort((a, b) => a.pos - b.pos);
  for (const v of unused) errorAt(c, v.pos, `declared and not used: ${v.name}`);
  c.scope = saveScope;
  c.decl = saveDecl;
  c.iota = saveIota;
}

function stmtList(c: Checker, ctx: Ctx, list: ast.Stmt[]): void {
  for (const s of list) stmt(c, ctx, s);
}

function block(c: Checker, ctx: Ctx, b: ast.BlockStmt): void {
  openScope(c, b);
  stmtList(c, ctx, b.list);
  closeScope(c);
}

function stmt(c: Checker, ctx: Ctx, s: ast.Stmt): void {
  switch (s.kind) {
    case 'EmptyStmt': return;
    case 'BadStmt': {
      // a statement the tree cannot represent (e.g. `go x`); if the parser kept its expression,
      // its variables count as used, as types2's check.use does
      const kept = (s as { x?: ast.Expr }).x;
      if (kept) useExpr(c, kept);
      return;
    }
    case 'DeclStmt': localDecl(c, s.decl, ctx.locals, (spec) => localVarDecl(c, spec, ctx.locals, (e) => varType(c, e))); return;
    case 'LabeledStmt': stmt(c, ctx, s.stmt); return;
    case 'ExprStmt': exprStmt(c, s); return;
    case 'SendStmt': {
      const ch = invalidOperand(s.chan), v = invalidOperand(s.value);
      expr(c, ch, s.chan);
      expr(c, v, s.value);
      if (ch.mode === 'invalid' || v.mode === 'invalid') return;
      const u = coreType(ch.type);
      if (!u || u.kind !== 'Chan') { errorAt(c, s, `invalid operation: cannot send to non-channel ${tstr(c, ch.type)} ${opString(c, ch)}`); return; }
      if (u.dir === 'recv') { errorAt(c, s, `invalid operation: cannot send to receive-only channel ${tstr(c, ch.type)} ${opString(c, ch)}`); return; }
      assignment(c, v, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = invalidOperand(s.x);
      expr(c, x, s.x);
      if (x.mode === 'invalid') return;
      if (!isNumeric(x.type)) {
        errorAt(c, s.x, `invalid operation: ${exprString(s.x)}${s.tok} (non-numeric type ${tstr(c, x.type)})`);
        return;
      }
      if (x.mode !== 'variable' && x.mode !== 'mapindex') {
        cannotAssign(c, s.x);
      }
      return;
    }
    case 'AssignStmt':
      if (s.tok === ':=') shortVarDecl(c, s, ctx.locals);
      else if (s.tok === '=') assignVars(c, s.lhs, s.rhs);
      else opAssign(c, s);
      return;
    case 'GoStmt': case 'DeferStmt': {
      const what = s.kind === 'GoStmt' ? 'go' : 'defer';
      const call = s.call;
      const x = invalidOperand(call);
      rawExpr(c, x, call, null, false);
      if (x.mode === 'invalid') return;
      const fun = unparen(call.fun);
      const tv = c.info.types.get(call.fun);
      if (tv && tv.mode === 'builtin' && fun.kind === 'Ident' && ['append', 'cap', 'complex', 'imag', 'len', 'make', 'max', 'min', 'new', 'real'].includes(fun.name)) {
        errorAt(c, call, `${what} discards result of ${opString(c, x)}`);
      } else if (tv && tv.mode === 'typexpr') {
        errorAt(c, call, `${what} requires function call, not conversion ${opString(c, x)}`);
      }
      return;
    }
    case 'ReturnStmt': returnStmt(c, ctx, s); return;
    case 'BranchStmt': return;
    case 'BlockStmt': block(c, ctx, s); return;
    case 'IfStmt': {
      openScope(c, s);
      if (s.init) stmt(c, ctx, s.init);
      const x = invalidOperand(s.cond);
      expr(c, x, s.cond);
      if (x.mode !== 'invalid' && !isBoolean(x.type)) errorAt(c, s.cond, 'non-boolean condition in if statement');
      block(c, ctx, s.body);
      if (s.else) stmt(c, ctx, s.else);
      closeScope(c);
      return;
    }
    case 'SwitchStmt': switchStmt(c, ctx, s); return;
    case 'TypeSwitchStmt': typeSwitchStmt(c, ctx, s); return;
    case 'SelectStmt': {
      for (const cc of s.body.list) {
        if (cc.kind !== 'CommClause') continue;
        if (cc.comm) {
          const comm = cc.comm;
          let ok = comm.kind === 'SendStmt';
          if (comm.kind === 'ExprStmt') ok = isRecv(comm.x);
          if (comm.kind === 'AssignStmt') ok = comm.rhs.length === 1 && isRecv(comm.rhs[0]);
          if (!ok) {
            // types2 reports at the statement's syntax position (an operator for x > 0, := for assignments)
            const at = comm.kind === 'AssignStmt' ? comm.tokPos : comm.kind === 'ExprStmt' ? syntaxPos(comm.x) : comm.pos;
            errorAt(c, at, 'select case must be send or receive (possibly with assignment)');
            continue;
          }
        }
        openScope(c, cc);
        if (cc.comm) stmt(c, ctx, cc.comm);
        stmtList(c, ctx, cc.body);
        closeScope(c);
      }
      return;
    }
    case 'ForStmt': {
      openScope(c, s);
      if (s.init) stmt(c, ctx, s.init);
      if (s.cond) {
        const x = invalidOperand(s.cond);
        expr(c, x, s.cond);
        if (x.mode !== 'invalid' && !isBoolean(x.type)) errorAt(c, s.cond, 'non-boolean condition in for statement');
      }
      if (s.post) {
        if (s.post.kind === 'AssignStmt' && s.post.tok === ':=') errorAt(c, s.post, 'cannot declare in post statement of for loop');
        stmt(c, ctx, s.post);
      }
      block(c, ctx, s.body);
      closeScope(c);
      return;
    }
    case 'RangeStmt': rangeStmt(c, ctx, s); return;
    case 'CaseClause': case 'CommClause': return;
  }
}

/** types2 check.use: evaluates e only so that the variables it mentions count as used. */
export function useExpr(c: Checker, e: ast.Expr): void {
  const u = unparen(e);
  if (u.kind === 'Ident') {
    const v = lookupVar(c, u.name);
    if (v) v.used = true;
    return;
  }
  const x = invalidOperand(e);
  rawExpr(c, x, e, null, true);
}

/** The position cmd/compile/internal/syntax gives an expression node (operators for operations). */
function syntaxPos(e: ast.Expr): number {
  switch (e.kind) {
    case 'BinaryExpr': return e.opPos;
    case 'CallExpr': return e.lparen;
    case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': return e.lbrack;
    default: return e.pos;
  }
}

function isRecv(e: ast.Expr): boolean {
  const u = unparen(e);
  return u.kind === 'UnaryExpr' && u.op === '<-';
}

function exprStmt(c: Checker, s: ast.ExprStmt): void {
  const x = invalidOperand(s.x);
  rawExpr(c, x, s.x, null, false);
  if (x.mode === 'invalid') return;
  let msg = 'is not used';
  const u = unparen(s.x);
  switch (x.mode) {
    case 'novalue': return;
    case 'builtin': msg = 'must be called'; break;
    case 'typexpr': msg = 'is not an expression'; break;
    default:
      if (u.kind === 'CallExpr') {
        const tv = c.info.types.get(u.fun);
        if (!tv || tv.mode !== 'builtin' && tv.mode !== 'typexpr') return;
        if (tv.mode === 'builtin') {
          const name = unparen(u.fun).kind === 'Ident' ? (unparen(u.fun) as ast.Ident).name : '';
          if (['copy', 'recover', 'print', 'println', 'panic', 'close', 'delete', 'clear'].includes(name)) return;
        }
      } else if (u.kind === 'UnaryExpr' && u.op === '<-') return;
  }
  errorAt(c, x, `${opString(c, x)} ${msg}`);
}

function returnStmt(c: Checker, ctx: Ctx, s: ast.ReturnStmt): void {
  const res = ctx.sig.results.vars;
  if (s.results.length === 0) {
    if (res.length > 0 && !res[0].name) {
      errorAt(c, s, `not enough return values\n\thave ()\n\twant ${summary(c, res.map((v) => v.type))}`);
    } else if (res.length > 0 && res[0].name) {
      // naked return: result variables must not be shadowed
      for (const v of res) {
        for (let sc: typeof c.scope | null = c.scope; sc; sc = sc.parent) {
          const o = sc.names.get(v.name);
          if (o === v) break;
          if (o) {
            const inner = o.kind === 'Var' ? `var ${o.name} ${tstr(c, o.type)}` : o.name;
            errorAt(c, s, `result parameter ${v.name} not in scope at return\n\t${posString(c, o.pos)}: inner declaration of ${inner}`);
            return;
          }
        }
      }
    }
    return;
  }
  if (res.length === 0) {
    const ops = s.results.map((e) => { const x = invalidOperand(e); expr(c, x, e); return x; });
    if (ops.some((o) => o.mode === 'invalid')) return;
    errorAt(c, s.results[0], `too many return values\n\thave ${summary(c, ops.map((o) => o.type))}\n\twant ()`);
    return;
  }
  let ops: Operand[];
  if (s.results.length === 1 && res.length > 1) {
    ops = multiExpr(c, s.results[0]);
    if (ops.length === 1 && ops[0].mode === 'invalid') return;
  } else {
    ops = s.results.map((e, i) => { const x = invalidOperand(e); expr(c, x, e, false, res[i]?.type ?? null); return x; });
  }
  if (ops.length !== res.length) {
    if (ops.some((o) => o.mode === 'invalid')) return;
    const at = ops.length < res.length ? s.results[s.results.length - 1] : s.results[res.length] ?? s.results[0];
    errorAt(c, at, `${ops.length < res.length ? 'not enough' : 'too many'} return values\n\thave ${summary(c, ops.map((o) => o.type))}\n\twant ${summary(c, res.map((v) => v.type))}`);
    return;
  }
  ops.forEach((x, i) => assignment(c, x, res[i].type, 'return statement'));
}

function summary(c: Checker, ts: Type[]): string {
  return '(' + ts.map((t) => !isValid(t) ? 'unknown type' : isUntyped(t) ? (isNumeric(t) ? 'number' : (t as { name: string }).name.replace('untyped ', '')) : tstr(c, t)).join(', ') + ')';
}

function switchStmt(c: Checker, ctx: Ctx, s: ast.SwitchStmt): void {
  openScope(c, s);
  if (s.init) stmt(c, ctx, s.init);
  const x = invalidOperand(s.tag);
  if (s.tag) {
    expr(c, x, s.tag);
    if (x.mode !== 'invalid') {
      assignment(c, x, null, 'switch expression');
      if ((x.mode as string) !== 'invalid' && !comparableType(x.type) && !hasNilType(x.type)) {
        errorAt(c, x, `cannot switch on ${opString(c, x)}`);
        x.mode = 'invalid';
      }
    }
  } else {
    x.mode = 'constant';
    x.type = Typ.bool;
    x.val = { kind: 'bool', value: true };
    x.expr = { kind: 'Ident', name: 'true', pos: s.body.pos, end: s.body.pos, id: -1 };
  }
  const seen: { val: string; type: Type; pos: number }[] = [];
  let firstDefault: ast.CaseClause | null = null;
  for (const cc of s.body.list) {
    if (cc.kind !== 'CaseClause') continue;
    if (cc.list === null) {
      if (firstDefault) errorAt(c, cc, `multiple defaults (first at ${posString(c, firstDefault.pos, true)})`);
      else firstDefault = cc;
    } else for (const e of cc.list) {
      const v = invalidOperand(e);
      expr(c, v, e);
      if (x.mode === 'invalid' || v.mode === 'invalid') continue;
      convertUntyped(c, v, x.type);
      if ((v.mode as string) === 'invalid') continue;
      const res: Operand = { ...v };
      comparison(c, res, x, '==', null, true);
      if (res.mode === 'invalid') continue;
      if (v.mode === 'constant' && v.val) {
        const key = constString(v.val);
        const prev = seen.find((p) => p.val === key && identical(p.type, v.type));
        if (prev) errorAt(c, v, `duplicate case ${opString(c, v)} in expression switch\n\t${posString(c, prev.pos)}: previous case`);
        // types2 records the operand's syntax position: a binary expression's is its operator's
        else seen.push({ val: key, type: v.type, pos: e.kind === 'BinaryExpr' ? e.opPos : e.pos });
      }
    }
    openScope(c, cc);
    stmtList(c, ctx, cc.body);
    closeScope(c);
  }
  closeScope(c);
}

function comparableType(t: Type): boolean { return comparableImpl(t); }
import { comparable as comparableImpl, hasNil as hasNilType } from './predicates';

function typeSwitchStmt(c: Checker, ctx: Ctx, s: ast.TypeSwitchStmt): void {
  openScope(c, s);
  if (s.init) stmt(c, ctx, s.init);
  let lhs: ast.Ident | null = null;
  let guard: ast.Expr;
  if (s.assign.kind === 'AssignStmt') {
    lhs = s.assign.lhs[0] as ast.Ident;
    guard = s.assign.rhs[0];
    if (lhs.name === '_') { errorAt(c, lhs, 'no new variable on left side of :='); lhs = null; }
    else recordDef(c, lhs, null);
  } else guard = s.assign.x;
  const ta = unparen(guard) as ast.TypeAssertExpr;
  const x = invalidOperand(ta.x);
  expr(c, x, ta.x);
  if (x.mode !== 'invalid') {
    if (isTypeParam(x.type)) { errorAt(c, x, `cannot use type switch on type parameter value ${opString(c, x)}`); x.mode = 'invalid'; }
    else if (!isInterface(x.type)) { errorAt(c, x, `${opString(c, x)} is not an interface`); x.mode = 'invalid'; }
  }
  const symVars: Var[] = [];
  let firstDefault: ast.CaseClause | null = null;
  // types seen in earlier cases, across all clauses (types2 stmt.go caseTypes `seen`); null is `nil`
  const seen: { t: Type | null; e: ast.Expr }[] = [];
  for (const cc of s.body.list) {
    if (cc.kind !== 'CaseClause') continue;
    let T: Type | null = null;
    if (cc.list === null) { if (firstDefault) errorAt(c, cc, `multiple defaults (first at ${posString(c, firstDefault.pos, true)})`); else firstDefault = cc; }
    else for (const e of cc.list) {
      let t: Type;
      const ue = unparen(e);
      const isNilCase = ue.kind === 'Ident' && ue.name === 'nil';
      if (isNilCase) {
        const y = invalidOperand(e); expr(c, y, e);
        t = Typ.untypedNil;
      } else t = varType(c, e);
      T = cc.list.length === 1 ? t : null;
      if (!isNilCase && !isValid(t)) continue;
      // a duplicate is reported (at the start of both expressions) and not asserted again
      const key = isNilCase ? null : t;
      const prev = seen.find((p) => (p.t === null && key === null) || (p.t !== null && key !== null && identical(p.t, key)));
      if (prev) {
        errorAt(c, e, `duplicate case ${key === null ? 'nil' : tstr(c, key)} in type switch\n\t${posString(c, startPos(prev.e))}: previous case`);
        continue;
      }
      seen.push({ t: key, e });
      if (key !== null && x.mode !== 'invalid') checkTypeAssertion(c, e, x, key, true);
    }
    openScope(c, cc);
    if (lhs) {
      let vt: Type = x.type;
      if (T && !(T.kind === 'Basic' && T.basic === 'untyped nil')) vt = T;
      const v = newVar(lhs.name, vt, c.pkg, lhs.pos);
      c.scope.names.set(lhs.name, v);
      c.info.implicits.set(cc, v);
      symVars.push(v);
    }
    stmtList(c, ctx, cc.body);
    closeScope(c);
  }
  if (lhs && !symVars.some((v) => v.used)) {
    errorAt(c, lhs, `${lhs.name} declared and not used`);
  }
  closeScope(c);
}

function rangeStmt(c: Checker, ctx: Ctx, s: ast.RangeStmt): void {
  openScope(c, s);
  const x = invalidOperand(s.x);
  expr(c, x, s.x);
  const xdesc = x.mode === 'invalid' ? '' : opString(c, x); // before untyped conversion, as types2 prints it
  let kt: Type | null = null, vt: Type | null = null;
  let maxVars = 2;
  if (x.mode !== 'invalid') {
    const u = coreType(x.type);
    if (!u) { errorAt(c, x, `cannot range over ${opString(c, x)}`); x.mode = 'invalid'; }
    else switch (u.kind) {
      case 'Basic':
        if (isString(u)) { kt = Typ.int; vt = Typ.rune; if (isUntyped(x.type)) convertUntyped(c, x, Typ.string); }
        else if (isInteger(u)) {
          if (isUntyped(x.type)) convertUntyped(c, x, Typ.int);
          kt = x.type; maxVars = 1;
        } else { errorAt(c, x, `cannot range over ${opString(c, x)}`); x.mode = 'invalid'; }
        break;
      case 'Array': kt = Typ.int; vt = u.elem; break;
      case 'Slice': kt = Typ.int; vt = u.elem; break;
      case 'Pointer': {
        const a = under(u.elem);
        if (a.kind === 'Array') { kt = Typ.int; vt = a.elem; }
        else { errorAt(c, x, `cannot range over ${opString(c, x)}`); x.mode = 'invalid'; }
        break;
      }
      case 'Map': kt = u.key; vt = u.elem; break;
      case 'Chan':
        kt = u.elem; maxVars = 1;
        if (u.dir === 'send') { errorAt(c, x, `cannot range over ${opString(c, x)}: receive from send-only channel ${tstr(c, x.type)}`); x.mode = 'invalid'; }
        break;
      case 'Signature': {
        // range-over-func: func(yield func(K[, V]) bool)
        const p = u.params.vars;
        const y = p.length === 1 ? under(p[0].type) : null;
        if (u.results.vars.length === 0 && y && y.kind === 'Signature' && y.params.vars.length <= 2 && y.results.vars.length === 1 && isBoolean(y.results.vars[0].type)) {
          maxVars = y.params.vars.length;
          kt = y.params.vars[0]?.type ?? null;
          vt = y.params.vars[1]?.type ?? null;
        } else {
          const cause = p.length !== 1 ? 'wrong argument count' : !y || y.kind !== 'Signature' ? 'argument is not func' : y.params.vars.length > 2 ? 'yield func has too many parameters' : y.results.vars.length !== 1 || !isBoolean(y.results.vars[0].type) ? 'yield func does not return bool' : 'func must not return results';
          errorAt(c, x, `cannot range over ${opString(c, x)}: func must be func(yield func(...) bool): ${cause}`);
          x.mode = 'invalid';
        }
        break;
      }
      default: errorAt(c, x, `cannot range over ${opString(c, x)}`); x.mode = 'invalid';
    }
  }
  const lhs = [s.key, s.value];
  if (x.mode !== 'invalid' && maxVars < 2 && s.value) {
    errorAt(c, s.value, `range over ${xdesc} permits only one iteration variable`);
  } else if (x.mode !== 'invalid' && maxVars === 0 && s.key) {
    errorAt(c, s.key, `range over ${xdesc} permits no iteration variables`);
  }
  const types = [kt, vt];
  if (s.tok === ':=') {
    const vars: Var[] = [];
    lhs.forEach((e, i) => {
      if (!e) return;
      if (e.kind !== 'Ident') { errorAt(c, e, `non-name ${exprString(e)} on left side of :=`); return; }
      const v = newVar(e.name, types[i] ?? Typ.invalid, c.pkg, e.pos);
      recordDef(c, e, e.name === '_' ? null : v);
      vars.push(v);
    });
    for (const v of vars) if (v.name !== '_') { c.scope.names.set(v.name, v); ctx.locals.push(v); }
  } else if (s.tok === '=') {
    lhs.forEach((e, i) => {
      if (!e) return;
      const T = types[i];
      if (!T) return;
      const y: Operand = { mode: 'value', expr: e, type: T, val: null };
      const lt = invalidOperand(e);
      // evaluate lhs without counting as use
      const u = unparen(e);
      let v: Var | null = null, used = false;
      if (u.kind === 'Ident') { const o = lookupVar(c, u.name); if (o) { v = o; used = o.used; } }
      if (u.kind === 'Ident' && u.name === '_') return;
      expr(c, lt, e);
      if (v) v.used = used;
      if (lt.mode === 'invalid') return;
      if (lt.mode !== 'variable' && lt.mode !== 'mapindex') { cannotAssign(c, e); return; }
      y.expr = e;
      assignment(c, { ...y, expr: s.x }, lt.type, 'range clause');
    });
  }
  block(c, ctx, s.body);
  closeScope(c);
}

function lookupVar(c: Checker, name: string): Var | null {
  for (let s: typeof c.scope | null = c.scope; s; s = s.parent) { const o = s.names.get(name); if (o) return o.kind === 'Var' ? o : null; }
  return null;
}

// ---- terminating statements (https://go.dev/ref/spec#Terminating_statements) --------------------

function isTerminatingList(list: ast.Stmt[]): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i].kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(list[i], '');
}

function isTerminating(s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'ReturnStmt': return true;
    case 'BranchStmt': return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      const u = unparen(s.x);
      return u.kind === 'CallExpr' && unparen(u.fun).kind === 'Ident' && (unparen(u.fun) as ast.Ident).name === 'panic';
    }
    case 'BlockStmt': return isTerminatingList(s.list);
    case 'IfStmt': return !!s.else && isTerminatingList(s.body.list) && isTerminating(s.else, '');
    case 'LabeledStmt': return isTerminating(s.stmt, s.label.name);
    case 'ForStmt': return s.cond === null && !hasBreak(s.body, label, true);
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': {
      let hasDefault = false;
      for (const cc of s.body.list) {
        const body = cc.kind === 'CaseClause' ? cc.body : (cc as ast.CommClause).body;
        if (cc.kind === 'CaseClause' && cc.list === null) hasDefault = true;
        if (cc.kind === 'CommClause') hasDefault = true;
        if (!isTerminatingList(body) && !(body.length && body[body.length - 1].kind === 'BranchStmt' && (body[body.length - 1] as ast.BranchStmt).tok === 'fallthrough')) return false;
        if (body.some((b) => hasBreak(b, label, true))) return false;
      }
      return s.kind === 'SelectStmt' ? true : hasDefault;
    }
    default: return false;
  }
}

/** Whether s contains a break referring to the enclosing statement (unlabeled at top level, or `label`). */
function hasBreak(s: ast.Stmt, label: string, top: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt': return s.tok === 'break' && ((s.label === null && top) || (!!s.label && s.label.name === label));
    case 'BlockStmt': return s.list.some((x) => hasBreak(x, label, top));
    case 'IfStmt': return hasBreak(s.body, label, top) || (!!s.else && hasBreak(s.else, label, top));
    case 'LabeledStmt': return hasBreak(s.stmt, label, top);
    case 'CaseClause': case 'CommClause': return s.body.some((x) => hasBreak(x, label, top));
    case 'ForStmt': case 'RangeStmt': return !!label && hasBreak(s.body, label, false);
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': return !!label && s.body.list.some((x) => hasBreak(x, label, false));
    default: return false;
  }
}

export { rhsOperands, defaultType, multiExpr, isNil, declare };
