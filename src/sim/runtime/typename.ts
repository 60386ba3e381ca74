/**
 * This file implements type names as the Go runtime and reflect print them (runtime/type.go
 * rtype.string, reflect.Type.String): used by panics (`interface conversion: interface {} is
 * string, not int`, `hash of unhashable type []int`), goroutine dumps and fmt's %T.
 *
 * They differ from go/types' spelling: aliases are resolved (`byte` prints `uint8`, `rune` prints
 * `int32`, `any` prints `interface {}`), the empty interface is `interface {}` with a space, and
 * struct/interface literals use `struct { A int; B string }`.
 *
 * Invariants: pure function of the type; never throws for any Type value.
 */

import type { Type } from '../types/type';

const aliasBasic: Record<string, string> = { byte: 'uint8', rune: 'int32' };

export function rtypeString(t: Type): string {
  switch (t.kind) {
    case 'Basic': {
      if (t.basic === 'unsafe.Pointer') return 'unsafe.Pointer';
      return aliasBasic[t.name] ?? t.basic;
    }
    case 'Named': {
      const obj = t.obj;
      let s = obj.pkg === null ? obj.name : `${obj.pkg}.${obj.name}`;
      if (t.typeArgs.length > 0) s += '[' + t.typeArgs.map(rtypeString).join(',') + ']';
      return s;
    }
    case 'TypeParam': return t.obj.name;
    case 'Pointer': return '*' + rtypeString(t.elem);
    case 'Slice': return '[]' + rtypeString(t.elem);
    case 'Array': return `[${t.len}]` + rtypeString(t.elem);
    case 'Map': return `map[${rtypeString(t.key)}]${rtypeString(t.elem)}`;
    case 'Chan': {
      if (t.dir === 'send') return 'chan<- ' + rtypeString(t.elem);
      if (t.dir === 'recv') return '<-chan ' + rtypeString(t.elem);
      const e = rtypeString(t.elem);
      // reflect: `chan (<-chan int)` needs parentheses
      return t.elem.kind === 'Chan' && t.elem.dir === 'recv' ? `chan (${e})` : 'chan ' + e;
    }
    case 'Struct': {
      if (t.fields.length === 0) return 'struct {}';
      const parts = t.fields.map((f, i) => {
        let s = f.embedded ? rtypeString(f.type) : `${f.name} ${rtypeString(f.type)}`;
        if (t.tags[i]) s += ' ' + JSON.stringify(t.tags[i]);
        return s;
      });
      return `struct { ${parts.join('; ')} }`;
    }
    case 'Interface': {
      const ms = t.allMethods.length > 0 ? t.allMethods : t.methods;
      if (ms.length === 0) return 'interface {}';
      return `interface { ${ms.map((m) => m.name + rtypeString(m.type).slice(4)).join('; ')} }`;
    }
    case 'Signature': {
      const ps = t.params.vars.map((v, i) =>
        t.variadic && i === t.params.vars.length - 1 && v.type.kind === 'Slice' ? '...' + rtypeString(v.type.elem) : rtypeString(v.type));
      let s = `func(${ps.join(', ')})`;
      const rs = t.results.vars.map((v) => rtypeString(v.type));
      if (rs.length === 1) s += ' ' + rs[0];
      else if (rs.length > 1) s += ` (${rs.join(', ')})`;
      return s;
    }
    case 'Tuple': return '(' + t.vars.map((v) => rtypeString(v.type)).join(', ') + ')';
    case 'Union': return t.terms.map((x) => (x.tilde ? '~' : '') + rtypeString(x.type)).join(' | ');
  }
}

/** The underlying type (Named → its underlying, repeatedly). */
export function under(t: Type): Type {
  let u = t;
  for (let i = 0; u.kind === 'Named' && i < 100; i++) u = u.underlying;
  return u;
}
