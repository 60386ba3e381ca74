/**
 * This file defines what the type checker records about a program for later stages: a mirror of
 * go/types.Info (https://pkg.go.dev/go/types#Info). Maps are keyed by AST node objects.
 *
 * Invariants (as in go/types):
 * - `types` has an entry for every expression the checker evaluated, including type expressions;
 *   constant expressions carry their exact `value` and, after assignment, their final (possibly
 *   still untyped → defaulted) type.
 * - `defs` maps every declaring identifier (the package name, blank `_` and a type switch's symbol
 *   map to null); `uses` every identifier that denotes an object.
 * - `implicits`: a type switch CaseClause → its implicitly declared Var; an ImportSpec without a
 *   name → its PkgName; a Field of an anonymous parameter → its Var.
 * - `selections` holds every SelectorExpr that is a field or method selection (not a qualified
 *   identifier like `fmt.Println`).
 */

import type * as ast from '../syntax/ast';
import type { ConstValue, Func, GoObject, Type, Var } from './type';

export type OperandMode =
  | 'novalue' | 'builtin' | 'typexpr' | 'constant' | 'variable' | 'mapindex' | 'value' | 'commaok';

export interface TypeAndValue {
  readonly mode: OperandMode;
  readonly type: Type;
  readonly value: ConstValue | null; // set iff mode === 'constant'
}

/** https://pkg.go.dev/go/types#Selection */
export interface Selection {
  readonly kind: 'FieldVal' | 'MethodVal' | 'MethodExpr';
  readonly recv: Type;
  readonly obj: Var | Func;
  /** the path of field indices to the selected field or method, through embedded fields */
  readonly index: readonly number[];
  /** whether the path goes through a pointer indirection */
  readonly indirect: boolean;
  readonly type: Type;
}

/** A generic function or type instantiated at an identifier. */
export interface Instance {
  readonly typeArgs: readonly Type[];
  readonly type: Type;
}

export interface Scope {
  readonly parent: Scope | null;
  readonly names: Map<string, GoObject>;
  readonly pos: number;
  readonly end: number;
}

export interface Info {
  readonly types: Map<ast.Expr, TypeAndValue>;
  readonly defs: Map<ast.Ident, GoObject | null>;
  readonly uses: Map<ast.Ident, GoObject>;
  readonly implicits: Map<ast.Node, GoObject>;
  readonly selections: Map<ast.SelectorExpr, Selection>;
  readonly instances: Map<ast.Ident, Instance>;
  readonly scopes: Map<ast.Node, Scope>;
  /** every declared method of package main, by receiver base type name then method name */
  readonly methods?: Map<string, Map<string, Func>>;
}
