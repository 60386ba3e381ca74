/**
 * This file defines the Checker: the state of one type-checking run over one package (the learner's
 * `main` or a standard-library package), and the small services every construct uses — error
 * reporting (types2 errors.go: positions are the start of the offending expression; follow-on
 * errors mentioning "invalid operand"/"invalid type" are dropped once an error was reported),
 * recording into Info (recording.go), and scopes (scope.go).
 *
 * Invariants:
 * - One Checker per package per run; no module-level state. Package-level objects are declared
 *   before any is type-checked; an object's type is resolved on first use (`objDecl`, decl.ts), so
 *   declaration order does not matter, and cycles are detected through `objPath`.
 * - `errors` holds errors in the order types2 reports them; check.ts sorts and caps them as gc does.
 */

import type * as ast from '../syntax/ast';
import type { Diagnostic } from '../diag';
import type { ConstValue, Func, GoObject, PkgName, Signature, Type, TypeParam, Var } from './type';
import type { Info, OperandMode, Scope } from './info';
import type { Universe, BuiltinName } from './universe';
import type { InstContext } from './instantiate';
import { relativeTo, typeString } from './typestring';
import { exprString } from './exprstring';
import { constString } from './constant';
import { compositeKind, isUntyped, isValid, under } from './predicates';
import { Typ } from './universe';

/** An operand: the result of evaluating an expression (go/types operand.go). */
export interface Operand {
  mode: OperandMode | 'invalid';
  expr: ast.Expr | null;
  type: Type;
  val: ConstValue | null;
  builtin?: BuiltinName;
}

export function invalidOperand(expr: ast.Expr | null = null): Operand {
  return { mode: 'invalid', expr, type: Typ.invalid, val: null };
}

/** Declaration info of a package-level object. */
export interface DeclInfo {
  readonly kind: 'const' | 'var' | 'type' | 'func';
  readonly spec?: ast.ValueSpec | ast.TypeSpec;
  readonly fdecl?: ast.FuncDecl;
  /** for consts: the spec whose type/values apply (inherited), and the iota */
  readonly typeExpr?: ast.Expr | null;
  readonly init?: ast.Expr | null;
  readonly iota?: number;
  /** for `var a, b = f()`: all lhs vars share the one init */
  readonly lhs?: Var[];
  /** package-level objects this declaration depends on (for initialization order) */
  readonly deps: Set<GoObject>;
  /** whether the const/var init is inherited (implicit repetition) */
  readonly inherited?: boolean;
  readonly specNode?: ast.Node;
}

/** The context of the function body being checked. */
export interface FuncContext {
  readonly sig: Signature;
  readonly decl: DeclInfo | null; // the package-level declaration whose deps we collect
  hasLabel?: boolean;
}

export interface Checker {
  readonly src: string;
  readonly filename: string;
  readonly pkg: string;
  readonly univ: Universe;
  readonly info: Info;
  readonly errors: Diagnostic[];
  readonly unsupported: Diagnostic[];
  readonly inst: InstContext;
  pkgScope: Scope;
  fileScope: Scope;
  readonly objDecl: Map<GoObject, DeclInfo>;
  /** objects currently being type-checked (cycle detection) */
  readonly objPath: GoObject[];
  /** resolved package-level objects */
  readonly resolved: Set<GoObject>;
  readonly imports: Map<string, PackageResult | null>;
  readonly importer: Importer;
  firstErr: boolean;
  scope: Scope;
  fctx: FuncContext | null;
  /** current package-level declaration (deps collection) */
  decl: DeclInfo | null;
  iota: ConstValue | null;
  /** funcs whose bodies are checked after package-level declarations */
  readonly delayed: (() => void)[];
  /** for scopes: which scopes are function scopes (unused-variable walk stops there) */
  readonly funcScopes: Set<Scope>;
  readonly children: Map<Scope, Scope[]>;
  readonly vars: Var[]; // local variables, for the unused check
  readonly methodsByBase: Map<string, Func[]>;
  /** type parameters in scope of the signature currently being collected (for error messages) */
  tparams: TypeParam[];
  /** position override: errors in an inherited const init are reported here */
  errpos: number;
  /** PkgNames declared in the file */
  readonly pkgNames: { obj: PkgName; spec: ast.ImportSpec }[];
  readonly cycleReported: Set<GoObject>;
  /** the declared right-hand side of each defined type (for the recursive-type check) */
  readonly namedRhs: Map<import('./type').Named, Type>;
  /** method → its receiver base TypeName */
  readonly methodOwners: Map<Func, import('./type').TypeName>;
}

/** A checked package as an importer returns it. */
export interface PackageResult {
  readonly path: string;
  readonly scope: Scope;
  readonly info: Info;
}

export type Importer = (path: string) => PackageResult | null;

// ---- errors --------------------------------------------------------------------------------------

type At = ast.Node | Operand | number;

export function startPos(n: ast.Node): number {
  switch (n.kind) {
    case 'BinaryExpr': return startPos(n.x);
    case 'SelectorExpr': return startPos(n.x);
    case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': case 'TypeAssertExpr': return startPos(n.x);
    case 'CallExpr': return startPos(n.fun);
    case 'KeyValueExpr': return startPos(n.key);
    case 'CompositeLit': return n.type ? startPos(n.type) : n.pos;
    default: return n.pos;
  }
}

function atPos(at: At): number {
  if (typeof at === 'number') return at;
  if ('mode' in at && !('kind' in at)) return at.expr ? startPos(at.expr) : -1;
  return startPos(at as ast.Node);
}

export function errorAt(c: Checker, at: At, msg: string, _soft = false): void {
  if (c.firstErr) {
    const i1 = msg.indexOf('invalid operand'), i2 = msg.indexOf('invalid type');
    if (i1 > 0 || i2 > 0) return;
  }
  let pos = atPos(at);
  if (c.errpos >= 0) pos = c.errpos;
  c.firstErr = true;
  c.errors.push({ pos, end: pos, code: 'type', message: msg });
}

export function unsupportedAt(c: Checker, at: At, feature: string): void {
  const pos = atPos(at);
  c.unsupported.push({ pos, end: pos, code: 'unsupported', message: `${feature} is not supported by the simulator` });
}

/**
 * `file.go:L:C` for secondary positions inside a message (types2 prints gc's `./file.go:L:C`; we
 * print the bare file name, as the golden corpus normalises `go build` output).
 */
export function posString(c: Checker, pos: number, inline = false): string {
  let line = 1, lineStart = 0;
  for (let i = 0; i < pos && i < c.src.length; i++) if (c.src.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  const col = new TextEncoder().encode(c.src.slice(lineStart, pos)).length + 1;
  // inside a sentence gc's `./file.go` form survives the golden normalisation; on a leading-tab
  // secondary line it does not
  const f = inline && !c.filename.startsWith('/') && !c.filename.startsWith('.') ? './' + c.filename : c.filename;
  return `${f}:${line}:${col}`;
}

// ---- printing ------------------------------------------------------------------------------------

export function tstr(c: Checker, t: Type): string {
  return typeString(t, { qf: relativeTo(c.pkg), anyType: c.univ.any });
}

const modeString: Record<Operand['mode'], string> = {
  invalid: 'invalid operand', novalue: 'no value', builtin: 'built-in', typexpr: 'type', constant: 'constant',
  variable: 'variable', mapindex: 'map index expression', value: 'value', commaok: 'comma, ok expression',
};

/** types2 operandString. */
export function opString(c: Checker, x: Operand): string {
  if (x.mode === 'value' && x.type.kind === 'Basic' && x.type.basic === 'untyped nil') return 'nil';
  let expr = '';
  if (x.expr) expr = exprString(x.expr);
  else if (x.mode === 'builtin') expr = x.builtin ?? '';
  else if (x.mode === 'typexpr') expr = tstr(c, x.type);
  else if (x.mode === 'constant' && x.val) expr = constString(x.val);
  let buf = '';
  if (expr) buf += expr + ' (';
  let hasType = false;
  if (!(x.mode === 'invalid' || x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr')) {
    if (isUntyped(x.type)) buf += (x.type as { name: string }).name + ' ';
    else hasType = true;
  }
  buf += modeString[x.mode];
  if (x.mode === 'constant' && x.val) {
    const s = constString(x.val);
    if (s !== expr) buf += ' ' + s;
  }
  if (hasType) {
    if (isValid(x.type)) {
      let desc = '';
      const isAnyAlias = x.type === c.univ.any;
      if (x.type.kind === 'Named' || isAnyAlias) {
        let what = compositeKind(x.type);
        if (!what) { const u = under(x.type); what = u.kind === 'Basic' ? u.name : ''; }
        if (x.type.kind === 'Named' && x.type.typeParams.length > 0 && x.type.typeArgs.length === 0) desc = 'generic ';
        desc += what + ' ';
      }
      buf += ' of ' + desc + 'type ' + tstr(c, x.type);
      if (x.type.kind === 'TypeParam') buf += ' constrained by ' + tstr(c, x.type.constraint);
    } else buf += ' with invalid type';
  }
  if (expr) buf += ')';
  return buf;
}

// ---- recording -----------------------------------------------------------------------------------

export function record(c: Checker, x: Operand): void {
  if (!x.expr || x.mode === 'invalid') return;
  const mode = x.mode;
  c.info.types.set(x.expr, { mode, type: x.type, value: mode === 'constant' ? x.val : null });
}

export function recordType(c: Checker, e: ast.Expr, t: Type): void {
  c.info.types.set(e, { mode: 'typexpr', type: t, value: null });
}

export function recordDef(c: Checker, id: ast.Ident, obj: GoObject | null): void {
  c.info.defs.set(id, obj);
}

export function recordUse(c: Checker, id: ast.Ident, obj: GoObject): void {
  c.info.uses.set(id, obj);
}

// ---- scopes --------------------------------------------------------------------------------------

export function openScope(c: Checker, node: ast.Node, isFunc = false): Scope {
  const s: Scope = { parent: c.scope, names: new Map(), pos: node.pos, end: node.end };
  const kids = c.children.get(c.scope) ?? [];
  kids.push(s);
  c.children.set(c.scope, kids);
  c.info.scopes.set(node, s);
  if (isFunc) c.funcScopes.add(s);
  c.scope = s;
  return s;
}

export function closeScope(c: Checker): void {
  if (c.scope.parent) c.scope = c.scope.parent;
}

export function lookup(c: Checker, name: string): GoObject | null {
  for (let s: Scope | null = c.scope; s; s = s.parent) {
    const o = s.names.get(name);
    if (o) return o;
  }
  return null;
}

/** Declares obj in scope s; reports a redeclaration as types2 does. */
export function declare(c: Checker, s: Scope, id: ast.Ident | null, obj: GoObject): void {
  if (obj.name !== '_') {
    const alt = s.names.get(obj.name);
    if (alt) {
      errorAt(c, id ?? obj.pos, `${obj.name} redeclared in this block` + (alt.pos >= 0 ? `\n\t${posString(c, alt.pos)}: other declaration of ${obj.name}` : ''));
      if (id) recordDef(c, id, obj);
      return;
    }
    s.names.set(obj.name, obj);
  }
  if (id) recordDef(c, id, obj);
}
