/**
 * This file implements function literals (https://go.dev/ref/spec#Function_literals): each one is
 * compiled to its own FuncCode, and evaluating the literal builds a FuncValue whose environment is
 * the array of the captured variables' cells (boxes `{v}` for scalars, the object itself for
 * structs and arrays), so the closure and its enclosing function share the variables.
 *
 * Naming follows the gc toolchain: literals in `main.main` are `main.main.func1`, `func2`, …;
 * literals nested in a literal are `main.main.func1.1`, … (as panics and tracebacks print them).
 */

import type * as ast from '../syntax/ast';
import type * as TT from '../types/type';
import { FnC } from './func';

export function compileFuncLit(c: FnC, e: ast.FuncLit): string {
  const n = ++c.closureCount;
  const name = c.isClosure ? `${c.name}.${n}` : `${c.name}.func${n}`;
  const entry = c.P.newFunc(name, e.pos);
  const free = c.facts.free.get(e) ?? [];
  const fc = new FnC(c.P, c.pf, name, c.tmap, c.facts, e);
  fc.isClosure = true;
  const params: (TT.Var | null)[] = [];
  for (const fld of e.type.params.list) {
    if (fld.names.length === 0) params.push(null);
    for (const id of fld.names) params.push((c.info.defs.get(id) as TT.Var) ?? null);
  }
  const sig = c.info.types.get(e)!.type as TT.Signature;
  const results: TT.Var[] = [];
  if (e.type.results) {
    let i = 0;
    for (const fld of e.type.results.list) {
      if (fld.names.length === 0) { results.push(sig.results.vars[i++]); continue; }
      for (const id of fld.names) { results.push((c.info.defs.get(id) as TT.Var) ?? sig.results.vars[i]); i++; }
    }
  }
  entry.body = fc.compileBody(params, results, e.body, free);
  entry.nslots = fc.nslots;
  entry.frameBytes = fc.frameBytes();
  entry.epi = fc.epilogue;
  const cells = free.map((v) => c.varCell(v));
  return `new R.FuncValue(F${entry.id},[${cells.join(',')}],${JSON.stringify(name)})`;
}
