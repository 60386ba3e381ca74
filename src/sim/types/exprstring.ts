/**
 * This file implements the printing of expressions in error messages, as types2 does with
 * syntax.String (cmd/compile/internal/syntax/printer.go, short form): binary operators spaced
 * (`x + y`), composite literal and function bodies elided (`T{…}`, `func() {…}`).
 *
 * Invariant: a pure function of the AST (never reads the source text).
 */

import type * as ast from '../syntax/ast';

export function exprString(e: ast.Expr | ast.Node | null): string {
  if (!e) return '';
  const out: string[] = [];
  write(out, e as ast.Expr);
  return out.join('');
}

function list(out: string[], xs: readonly ast.Expr[]): void {
  xs.forEach((x, i) => { if (i > 0) out.push(', '); write(out, x); });
}

function fieldList(out: string[], fl: ast.FieldList | null, sep: string): void {
  if (!fl) return;
  fl.list.forEach((f, i) => {
    if (i > 0) out.push(sep);
    if (f.names.length) { out.push(f.names.map((n) => n.name).join(', '), ' '); }
    write(out, f.type);
  });
}

function funcSig(out: string[], t: ast.FuncType): void {
  if (t.typeParams) { out.push('['); fieldList(out, t.typeParams, ', '); out.push(']'); }
  out.push('(');
  fieldList(out, t.params, ', ');
  out.push(')');
  const r = t.results;
  if (r && r.list.length) {
    out.push(' ');
    if (r.list.length === 1 && r.list[0].names.length === 0) write(out, r.list[0].type);
    else { out.push('('); fieldList(out, r, ', '); out.push(')'); }
  }
}

function write(out: string[], e: ast.Expr): void {
  switch (e.kind) {
    case 'Ident': out.push(e.name); return;
    case 'BasicLit': out.push(e.value); return;
    case 'CompositeLit': if (e.type) write(out, e.type); out.push(e.elts.length ? '{…}' : '{}'); return;
    case 'FuncLit': out.push('func'); funcSig(out, e.type); out.push(e.body.list.length ? ' {…}' : ' {}'); return;
    case 'ParenExpr': out.push('('); write(out, e.x); out.push(')'); return;
    case 'SelectorExpr': write(out, e.x); out.push('.', e.sel.name); return;
    case 'IndexExpr': write(out, e.x); out.push('['); write(out, e.index); out.push(']'); return;
    case 'IndexListExpr': write(out, e.x); out.push('['); list(out, e.indices); out.push(']'); return;
    case 'SliceExpr':
      write(out, e.x); out.push('[');
      if (e.low) write(out, e.low);
      out.push(':');
      if (e.high) write(out, e.high);
      if (e.slice3) { out.push(':'); if (e.max) write(out, e.max); }
      out.push(']');
      return;
    case 'TypeAssertExpr':
      write(out, e.x); out.push('.(');
      if (e.type) write(out, e.type); else out.push('type');
      out.push(')');
      return;
    case 'CallExpr':
      write(out, e.fun); out.push('('); list(out, e.args);
      if (e.ellipsis >= 0) out.push('...');
      out.push(')');
      return;
    case 'StarExpr': out.push('*'); write(out, e.x); return;
    case 'UnaryExpr': out.push(e.op); write(out, e.x); return;
    case 'BinaryExpr': write(out, e.x); out.push(' ', e.op, ' '); write(out, e.y); return;
    case 'KeyValueExpr': write(out, e.key); out.push(': '); write(out, e.value); return;
    case 'ArrayType':
      out.push('[');
      if (e.len) write(out, e.len);
      out.push(']');
      write(out, e.elt);
      return;
    case 'Ellipsis': out.push('...'); if (e.elt) write(out, e.elt); return;
    case 'StructType': out.push('struct{'); fieldList(out, e.fields, '; '); out.push('}'); return;
    case 'FuncType': out.push('func'); funcSig(out, e); return;
    case 'InterfaceType': {
      out.push('interface{');
      e.methods.list.forEach((f, i) => {
        if (i > 0) out.push('; ');
        if (f.names.length && f.type.kind === 'FuncType') { out.push(f.names[0].name); funcSig(out, f.type); }
        else write(out, f.type);
      });
      out.push('}');
      return;
    }
    case 'MapType': out.push('map['); write(out, e.key); out.push(']'); write(out, e.value); return;
    case 'ChanType':
      out.push(e.dir === 'both' ? 'chan ' : e.dir === 'send' ? 'chan<- ' : '<-chan ');
      write(out, e.value);
      return;
    case 'BadExpr': out.push('BadExpr'); return;
  }
}
