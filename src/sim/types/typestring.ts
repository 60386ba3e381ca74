/**
 * This file implements the printing of types, in the two spellings Go uses:
 * - `check` (the default): as the type checker (types2, go/types typestring.go) writes types in
 *   compile errors — `struct{A int; B string}`, `interface{}`, `any`, `Pair[int, string]`,
 *   `func(a int, b ...string) (int, error)`, package-qualified except for the current package.
 * - `runtime`: as reflect prints them for `%T` and panics — `struct { A int; B string }`,
 *   `interface {}`, `main.Pair[int,string]`, `func(int, ...string) (int, error)`, `uint8` for byte.
 *
 * Invariant: pure function of the type; recursion through a Named type stops at its name.
 */

import type { Signature, Tuple, Type, TypeName } from './type';

/** Decides how a package is named in a type string: '' omits the qualifier. */
export type Qualifier = (pkg: string) => string;

export interface TypeStringOptions {
  readonly qf?: Qualifier;
  readonly runtime?: boolean;
  /** the universe `any` interface object, printed as `any` in check mode */
  readonly anyType?: Type;
  /** print parameter names in signatures (default true; types2 funcString omits them) */
  readonly paramNames?: boolean;
}

/**
 * Standard packages whose name is shared by an internal package in every real import graph
 * (internal/sync, internal/runtime/atomic, internal/strconv in Go 1.26): types2 then qualifies them
 * by their quoted path (`"sync".Mutex`) — see types2 format.go Checker.qualifier.
 */
const ambiguousStdNames = new Set(['sync', 'sync/atomic', 'strconv']);

/** The qualifier used in error messages of package `pkg`: its own types go unqualified. */
export function relativeTo(pkg: string): Qualifier {
  return (p) => (p === pkg ? '' : ambiguousStdNames.has(p) ? JSON.stringify(p) : p.slice(p.lastIndexOf('/') + 1));
}

export function typeString(t: Type, opts: TypeStringOptions = {}): string {
  const out: string[] = [];
  writeType(out, t, opts);
  return out.join('');
}

/** `%T` spelling. */
export function runtimeTypeString(t: Type): string {
  return typeString(t, { runtime: true });
}

function writeTypeName(out: string[], obj: TypeName, o: TypeStringOptions): void {
  if (obj.pkg) {
    const q = o.runtime ? obj.pkg.slice(obj.pkg.lastIndexOf('/') + 1) : o.qf ? o.qf(obj.pkg) : obj.pkg;
    if (q) out.push(q, '.');
  }
  out.push(obj.name);
}

function writeType(out: string[], t: Type, o: TypeStringOptions): void {
  switch (t.kind) {
    case 'Basic':
      if (o.runtime) out.push(t.basic === 'invalid' ? 'invalid type' : t.basic);
      else out.push(t.name);
      return;
    case 'Pointer': out.push('*'); writeType(out, t.elem, o); return;
    case 'Array': out.push(`[${t.len}]`); writeType(out, t.elem, o); return;
    case 'Slice': out.push('[]'); writeType(out, t.elem, o); return;
    case 'Map': out.push('map['); writeType(out, t.key, o); out.push(']'); writeType(out, t.elem, o); return;
    case 'Chan': {
      const parens = t.dir === 'both' && t.elem.kind === 'Chan' && t.elem.dir === 'recv';
      out.push(t.dir === 'both' ? 'chan ' : t.dir === 'send' ? 'chan<- ' : '<-chan ');
      if (parens) out.push('(');
      writeType(out, t.elem, o);
      if (parens) out.push(')');
      return;
    }
    case 'Struct': {
      if (t.fields.length === 0) { out.push(o.runtime ? 'struct {}' : 'struct{}'); return; }
      out.push(o.runtime ? 'struct { ' : 'struct{');
      t.fields.forEach((f, i) => {
        if (i > 0) out.push('; ');
        if (!f.embedded) out.push(f.name, ' ');
        writeType(out, f.type, o);
        if (t.tags[i]) out.push(' ', JSON.stringify(t.tags[i]));
      });
      out.push(o.runtime ? ' }' : '}');
      return;
    }
    case 'Tuple': writeTuple(out, t, false, o); return;
    case 'Signature': out.push('func'); writeSignature(out, t, o); return;
    case 'Union':
      t.terms.forEach((term, i) => {
        if (i > 0) out.push(' | ');
        if (term.tilde) out.push('~');
        writeType(out, term.type, o);
      });
      return;
    case 'Interface': {
      if (!o.runtime && o.anyType && t === o.anyType) { out.push('any'); return; }
      const parts: string[] = [];
      for (const m of t.methods) {
        const s: string[] = [m.name];
        writeSignature(s, m.type as Signature, o);
        parts.push(s.join(''));
      }
      if (t.implicit && !o.runtime && t.methods.length === 0 && t.embeddeds.length === 1) { out.push(typeString(t.embeddeds[0], o)); return; }
      for (const e of t.embeddeds) parts.push(typeString(e, o));
      if (t.isComparableConstraint && t.embeddeds.length === 0 && t.methods.length === 0 && !o.runtime) {
        out.push('interface{comparable}');
        return;
      }
      if (o.runtime) out.push(parts.length ? `interface { ${parts.join('; ')} }` : 'interface {}');
      else out.push(`interface{${parts.join('; ')}}`);
      return;
    }
    case 'Named':
      if (!t.obj.pkg && t.obj.name === 'any' && o.runtime) { out.push('interface {}'); return; }
      writeTypeName(out, t.obj, o);
      if (t.typeArgs.length > 0) {
        out.push('[');
        t.typeArgs.forEach((a, i) => { if (i > 0) out.push(o.runtime ? ',' : ', '); writeType(out, a, o); });
        out.push(']');
      } else if (t.typeParams.length > 0 && !o.runtime) {
        out.push('[');
        t.typeParams.forEach((p, i) => {
          if (i > 0) out.push(', ');
          out.push(p.obj.name, ' ');
          writeType(out, p.constraint, o);
        });
        out.push(']');
      }
      return;
    case 'TypeParam': out.push(t.obj.name); return;
  }
}

function writeTuple(out: string[], t: Tuple, variadic: boolean, o: TypeStringOptions): void {
  out.push('(');
  t.vars.forEach((v, i) => {
    if (i > 0) out.push(', ');
    if (v.name && !o.runtime && o.paramNames !== false) out.push(v.name, ' ');
    if (variadic && i === t.vars.length - 1 && v.type.kind === 'Slice') {
      out.push('...');
      writeType(out, v.type.elem, o);
    } else {
      writeType(out, v.type, o);
    }
  });
  out.push(')');
}

export function writeSignature(out: string[], s: Signature, o: TypeStringOptions): void {
  if (s.typeParams.length > 0 && !o.runtime) {
    out.push('[');
    s.typeParams.forEach((p, i) => {
      if (i > 0) out.push(', ');
      out.push(p.obj.name, ' ');
      writeType(out, p.constraint, o);
    });
    out.push(']');
  }
  writeTuple(out, s.params, s.variadic, o);
  const n = s.results.vars.length;
  if (n === 0) return;
  out.push(' ');
  if (n === 1 && (o.runtime || o.paramNames === false || !s.results.vars[0].name)) { writeType(out, s.results.vars[0].type, o); return; }
  writeTuple(out, s.results, false, o);
}
