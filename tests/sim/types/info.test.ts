// Checks what the type checker records for later stages (Info): constant values and final types
// of untyped expressions, defs/uses, selections with embedding paths, implicits, instances, the
// initialization order and the per-type method table.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/sim/syntax/parse';
import { checkFile } from '../../../src/sim/types/check';
import type * as ast from '../../../src/sim/syntax/ast';
import { typeString, runtimeTypeString } from '../../../src/sim/types/typestring';

function check(src: string) {
  const { file, errors } = parseFile(src, 'main.go');
  expect(errors).toEqual([]);
  const res = checkFile(file, src, { filename: 'main.go' });
  return { file, ...res };
}

/** All nodes of a kind, in source order. */
function nodes<K extends ast.Node['kind']>(root: ast.Node, kind: K): Extract<ast.Node, { kind: K }>[] {
  const out: ast.Node[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(walk); return; }
    const o = n as { kind?: string };
    if (typeof o.kind === 'string' && o.kind === kind) out.push(n as ast.Node);
    for (const [k, v] of Object.entries(o)) if (k !== 'kind') walk(v);
  };
  walk(root);
  return (out as Extract<ast.Node, { kind: K }>[]).sort((a, b) => a.pos - b.pos);
}

describe('Info', () => {
  it('records constant values and the final types of untyped constants', () => {
    const src = 'package main\n\nconst k = 1 << 3\n\nfunc main() {\n\tvar f float64 = 1 + 2\n\t_ = f\n\t_ = k\n}\n';
    const { file, info, errors } = check(src);
    expect(errors).toEqual([]);
    const [shift, sum] = nodes(file, 'BinaryExpr');
    expect(info.types.get(shift)).toMatchObject({ mode: 'constant', value: { kind: 'int', value: 8n } });
    expect(typeString(info.types.get(shift)!.type)).toBe('untyped int');
    const sumTv = info.types.get(sum)!;
    expect(typeString(sumTv.type)).toBe('float64');
    const lits = nodes(file, 'BasicLit').filter((l) => l.pos > sum.pos - 1 && l.end <= sum.end);
    for (const l of lits) expect(typeString(info.types.get(l)!.type)).toBe('float64');
  });

  it('records selections through embedded fields with index paths', () => {
    const src = `package main

type Inner struct{ A, B int }

func (i *Inner) M() int { return i.B }

type Outer struct {
	X int
	*Inner
}

func main() {
	o := Outer{Inner: &Inner{}}
	_ = o.B
	f := o.M
	g := (*Inner).M
	_, _ = f, g
}
`;
    const { file, info, errors } = check(src);
    expect(errors).toEqual([]);
    const sels = nodes(file, 'SelectorExpr');
    const byText = (name: string) => sels.filter((s) => s.sel.name === name && info.selections.has(s)).pop()!;
    const b = info.selections.get(byText('B'))!;
    expect(b.kind).toBe('FieldVal');
    expect(b.index).toEqual([1, 1]);
    expect(b.indirect).toBe(true);
    const ms = sels.filter((s) => s.sel.name === 'M').map((s) => info.selections.get(s)!);
    expect(ms.map((m) => m.kind)).toEqual(['MethodVal', 'MethodExpr']);
    expect(ms[0].index).toEqual([1, 0]);
    expect(ms[0].obj.kind).toBe('Func');
    expect((ms[0].obj as { fullName: string }).fullName).toBe('main.(*Inner).M');
    expect(typeString(ms[1].type, { qf: () => '' })).toBe('func(i *Inner) int');
    expect(info.methods!.get('Inner')!.has('M')).toBe(true);
  });

  it('records defs, uses, qualified identifiers and implicits', () => {
    const src = `package main

import "fmt"

func main() {
	var v any = 3
	switch x := v.(type) {
	case int:
		fmt.Println(x + 1)
	case string:
		fmt.Println(x)
	}
}
`;
    const { file, info, errors } = check(src);
    expect(errors).toEqual([]);
    const idents = nodes(file, 'Ident');
    const fmtId = idents.find((i) => i.name === 'fmt' && info.uses.has(i))!;
    expect(info.uses.get(fmtId)!.kind).toBe('PkgName');
    const println = idents.find((i) => i.name === 'Println')!;
    expect(info.uses.get(println)!.kind).toBe('Func');
    const sel = nodes(file, 'SelectorExpr')[0];
    expect(info.selections.has(sel)).toBe(false);
    const clauses = nodes(file, 'CaseClause');
    expect(clauses.map((cc) => typeString(info.implicits.get(cc)!.type))).toEqual(['int', 'string']);
    const v = idents.find((i) => i.name === 'v')!;
    expect(info.defs.get(v)!.kind).toBe('Var');
  });

  it('records instances of generic functions and types', () => {
    const src = `package main

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, 2.5)
	var p Pair[string, int]
	_ = p
}
`;
    const { file, info, errors } = check(src);
    expect(errors).toEqual([]);
    const idents = nodes(file, 'Ident');
    const max = idents.filter((i) => i.name === 'Max').find((i) => info.instances.has(i))!;
    expect(info.instances.get(max)!.typeArgs.map((t) => typeString(t))).toEqual(['float64']);
    const pair = idents.filter((i) => i.name === 'Pair').find((i) => info.instances.has(i))!;
    const inst = info.instances.get(pair)!;
    expect(runtimeTypeString(inst.type)).toBe('main.Pair[string,int]');
    expect(typeString(inst.type)).toBe('main.Pair[string, int]');
  });

  it('computes the package variable initialization order', () => {
    const src = `package main

var a = b + 1
var b = f()
var c = 2
var x, y = g()

func f() int { return c }
func g() (int, int) { return 1, 2 }

func main() { _, _, _, _, _ = a, b, c, x, y }
`;
    const { info, errors } = check(src);
    expect(errors).toEqual([]);
    expect(info.initOrder!.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['c', 'b', 'a', 'x,y']);
  });
});
