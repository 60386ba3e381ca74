/**
 * This file implements generic traversal of the AST (like go/ast.Inspect): `children(n)` lists a
 * node's direct children in source order, `inspect(n, f)` visits a tree depth-first (pre-order;
 * returning false from f skips a node's children).
 *
 * It relies on the invariant of ast.ts that nodes are plain objects whose child nodes are held
 * in fields (or arrays) and that every node has a string `kind`; scalar fields are skipped.
 * Children are sorted by position, so e.g. a KeyValueExpr yields key before value. `File.imports`
 * is skipped: it holds the same ImportSpec nodes as the import declarations, so every node is
 * visited exactly once.
 */

import type * as ast from './ast';

function isNode(v: unknown): v is ast.Node {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}

/** The direct children of n, in source order. */
export function children(n: ast.Node): ast.Node[] {
  const out: ast.Node[] = [];
  for (const key in n) {
    if (key === 'imports' && n.kind === 'File') continue; // the same nodes as in decls (as in go/ast)
    const v = (n as unknown as Record<string, unknown>)[key];
    if (isNode(v)) out.push(v);
    else if (Array.isArray(v)) for (const c of v) if (isNode(c)) out.push(c);
  }
  // A File's comments are interleaved with its declarations.
  out.sort((a, b) => a.pos - b.pos);
  return out;
}

/** Visits n and its descendants depth-first; f returning false skips the children of a node. */
export function inspect(n: ast.Node, f: (n: ast.Node) => boolean | void): void {
  const stack: ast.Node[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (f(x) === false) continue;
    const cs = children(x);
    for (let i = cs.length - 1; i >= 0; i--) stack.push(cs[i]);
  }
}
