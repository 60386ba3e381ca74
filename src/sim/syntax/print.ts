/**
 * This file implements the short one-line rendering of expressions and simple statements that
 * gc's messages embed (cmd/compile/internal/syntax/printer.go, ShortForm): e.g. the `x = 5` in
 * `cannot use assignment x = 5 as value`. Function bodies and composite literal elements print
 * as `{…}`; binary operators get a blank on each side; parentheses are printed where the source
 * has them (gc keeps them in expressions, drops them in types).
 */

import type * as ast from './ast';

export function exprString(x: ast.Expr): string {
  switch (x.kind) {
    case 'BadExpr': return '<bad expr>';
    case 'Ident': return x.name;
    case 'BasicLit': return x.value;
    case 'FuncLit': return exprString(x.type) + ' {' + (x.body.list.length ? '…' : '') + '}';
    case 'CompositeLit': return (x.type ? exprString(x.type) : '') + '{' + (x.elts.length ? '…' : '') + '}';
    case 'ParenExpr': return '(' + exprString(x.x) + ')';
    case 'SelectorExpr': return exprString(x.x) + '.' + x.sel.name;
    case 'IndexExpr': return exprString(x.x) + '[' + exprString(x.index) + ']';
    case 'IndexListExpr': return exprString(x.x) + '[' + list(x.indices) + ']';
    case 'SliceExpr': {
      let s = exprString(x.x) + '[';
      if (x.low) s += exprString(x.low);
      s += ':';
      if (x.high) s += exprString(x.high);
      if (x.max) s += ':' + exprString(x.max);
      return s + ']';
    }
    case 'TypeAssertExpr': return exprString(x.x) + '.(' + (x.type ? exprString(x.type) : 'type') + ')';
    case 'CallExpr': return exprString(x.fun) + '(' + list(x.args) + (x.ellipsis >= 0 ? '...' : '') + ')';
    case 'StarExpr': return '*' + exprString(x.x);
    case 'UnaryExpr': return x.op + exprString(x.x);
    case 'BinaryExpr': return exprString(x.x) + ' ' + x.op + ' ' + exprString(x.y);
    case 'KeyValueExpr': return exprString(x.key) + ': ' + exprString(x.value);
    case 'ArrayType': return '[' + (x.len ? exprString(x.len) : '') + ']' + exprString(x.elt);
    case 'Ellipsis': return '...' + (x.elt ? exprString(x.elt) : '');
    case 'StructType':
      return 'struct{' + x.fields.list.map((f) => fieldString(f)).join('; ') + '}';
    case 'FuncType': return 'func' + signature(x);
    case 'InterfaceType':
      return 'interface{' + x.methods.list.map((f) =>
        f.names.length && f.type.kind === 'FuncType' ? f.names[0].name + signature(f.type) : exprString(f.type)).join('; ') + '}';
    case 'MapType': return 'map[' + exprString(x.key) + ']' + exprString(x.value);
    case 'ChanType': {
      let s = (x.dir === 'recv' ? '<-' : '') + 'chan' + (x.dir === 'send' ? '<-' : '') + ' ';
      if (x.dir === 'both' && x.value.kind === 'ChanType' && x.value.dir === 'recv') s += '(' + exprString(x.value) + ')';
      else s += exprString(x.value);
      return s;
    }
  }
}

function list(l: ast.Expr[]): string {
  return l.map(exprString).join(', ');
}

function fieldString(f: ast.Field): string {
  let s = f.names.length ? f.names.map((n) => n.name).join(', ') + ' ' + exprString(f.type) : exprString(f.type);
  if (f.tag) s += ' ' + f.tag.value;
  return s;
}

function params(fl: ast.FieldList): string {
  return '(' + fl.list.map(fieldString).join(', ') + ')';
}

function signature(t: ast.FuncType): string {
  let s = params(t.params);
  const r = t.results;
  if (r) {
    s += ' ';
    if (r.list.length === 1 && r.list[0].names.length === 0) s += exprString(r.list[0].type);
    else s += params(r);
  }
  return s;
}

/** A simple statement (or an expression) on one line, as gc's String(stmt). */
export function stmtString(s: ast.Stmt | ast.Expr): string {
  switch (s.kind) {
    case 'ExprStmt': return exprString(s.x);
    case 'SendStmt': return exprString(s.chan) + ' <- ' + exprString(s.value);
    case 'IncDecStmt': return exprString(s.x) + s.tok;
    case 'AssignStmt': return list(s.lhs) + ' ' + s.tok + ' ' + list(s.rhs);
    case 'EmptyStmt': return '';
    case 'BadStmt': return '<bad stmt>';
    case 'ReturnStmt': return 'return' + (s.results.length ? ' ' + list(s.results) : '');
    case 'BranchStmt': return s.tok + (s.label ? ' ' + s.label.name : '');
    case 'GoStmt': return 'go ' + exprString(s.call);
    case 'DeferStmt': return 'defer ' + exprString(s.call);
    case 'LabeledStmt': return s.label.name + ': ' + stmtString(s.stmt);
    case 'BlockStmt': return '{…}';
    case 'DeclStmt': return s.decl.tok + ' …';
    case 'IfStmt': return 'if …';
    case 'ForStmt': case 'RangeStmt': return 'for …';
    case 'SwitchStmt': case 'TypeSwitchStmt': return 'switch …';
    case 'SelectStmt': return 'select …';
    case 'CaseClause': return s.list ? 'case ' + list(s.list) + ':' : 'default:';
    case 'CommClause': return s.comm ? 'case ' + stmtString(s.comm) + ':' : 'default:';
    default: return exprString(s);
  }
}
