/**
 * This file implements `dump`: an AST printed as indented text, one node per line with its
 * kind, its scalar fields and its `line:col` span — what the syntax stage produced, readable in
 * a test failure or a debugging session (like go/ast.Print, shorter).
 *
 *   File 1:1-7:2 package=1:1
 *     name: Ident "main" 1:9-1:13
 *     decls[0]: FuncDecl 3:1-7:2
 *       …
 *
 * Children are printed under the field name that holds them; `null` children are printed as
 * `field: null` so a missing piece is visible. Ids are omitted unless `{ ids: true }`.
 */

import type * as ast from './ast';
import { SourceFile } from './source';

export interface DumpOptions {
  ids?: boolean;
  /** Print positions as byte offsets instead of line:col. */
  offsets?: boolean;
}

const SKIP = new Set(['kind', 'id', 'pos', 'end']);

function isNode(v: unknown): v is ast.Node {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
}

/** Dumps `node` (any AST node) of the source text `src`. */
export function dump(node: ast.Node, src: string | SourceFile, opts: DumpOptions = {}): string {
  const file = typeof src === 'string' ? new SourceFile(src) : src;
  const pos = (o: number) => {
    if (o < 0) return '-';
    if (opts.offsets) return String(o);
    const { line, col } = file.position(o);
    return `${line}:${col}`;
  };
  const out: string[] = [];
  const visit = (label: string, n: ast.Node, indent: string) => {
    let head = `${indent}${label}${n.kind}`;
    if (opts.ids) head += `#${n.id}`;
    head += ` ${pos(n.pos)}-${pos(n.end)}`;
    const children: [string, unknown][] = [];
    for (const [k, v] of Object.entries(n)) {
      if (SKIP.has(k)) continue;
      if (isNode(v) || Array.isArray(v) || v === null) children.push([k, v]);
      else if (typeof v === 'string') head += ` ${k}=${JSON.stringify(v)}`;
      else if (typeof v === 'number') {
        head += ` ${k}=${k === 'iota' ? v : pos(v)}`;
      } else head += ` ${k}=${String(v)}`;
    }
    out.push(head);
    const inner = indent + '  ';
    for (const [k, v] of children) {
      if (v === null) out.push(`${inner}${k}: null`);
      else if (Array.isArray(v)) {
        if (v.length === 0) out.push(`${inner}${k}: []`);
        v.forEach((c, i) => {
          if (isNode(c)) visit(`${k}[${i}]: `, c, inner);
        });
      } else visit(`${k}: `, v as ast.Node, inner);
    }
  };
  visit('', node, '');
  return out.join('\n') + '\n';
}
