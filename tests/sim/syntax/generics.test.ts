// This file tests the shapes the parser gives generic code (https://go.dev/ref/spec#Type_parameter_declarations):
// type parameter lists vs array lengths (the `[P *C]` ambiguity, resolved as gc does), constraints
// with `~` and unions, and instantiations (IndexExpr / IndexListExpr).
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/sim/syntax/parse';
import { exprString } from '../../../src/sim/syntax/print';
import type * as ast from '../../../src/sim/syntax/ast';

function typeSpec(src: string): ast.TypeSpec {
  const r = parseFile('package p\n' + src + '\n');
  expect(r.errors).toEqual([]);
  const d = r.file.decls[0] as ast.GenDecl;
  return d.specs[0] as ast.TypeSpec;
}

function params(fl: ast.FieldList | null): string[] {
  return (fl?.list ?? []).map((f) => f.names.map((n) => n.name).join(',') + ' ' + exprString(f.type));
}

describe('generic syntax', () => {
  it('resolves type parameter lists vs array lengths as gc does', () => {
    const a = typeSpec('type A [N]int');
    expect(a.typeParams).toBeNull();
    expect(a.type.kind).toBe('ArrayType');
    expect(exprString(a.type)).toBe('[N]int');

    // [P *C] without a comma is an array length P*C (the spec's ambiguity; write [P *C,])
    const b = typeSpec('type B[P *C] struct{}');
    expect(b.typeParams).toBeNull();
    expect(exprString((b.type as ast.ArrayType).len!)).toBe('P * C');
    expect(params(typeSpec('type C[P *C,] struct{}').typeParams)).toEqual(['P *C']);
    expect(params(typeSpec('type D[P *[]int] struct{}').typeParams)).toEqual(['P *[]int']);
    expect(typeSpec('type E[P (C)] struct{}').typeParams).toBeNull(); // an array of length P(C), as gc
    expect(params(typeSpec('type E[P ([]C)] struct{}').typeParams)).toEqual(['P []C']);
    expect(params(typeSpec('type F[P any, Q interface{ M() }] int').typeParams)).toEqual(['P any', 'Q interface{M()}']);
    expect(params(typeSpec('type G[P *E | F | ~G] int').typeParams)).toEqual(['P *E | F | ~G']);

    const h = typeSpec('type H [P * C]int');
    expect(h.typeParams).toBeNull();
    expect(exprString((h.type as ast.ArrayType).len!)).toBe('P * C');
    const i = typeSpec('type I [N + 1]int');
    expect(i.typeParams).toBeNull();
  });

  it('parses constraints with ~ and unions', () => {
    const r = parseFile('package p\nfunc F[S ~[]E, E cmp.Ordered | ~string](s S) E { return s[0] }\n');
    expect(r.errors).toEqual([]);
    const f = r.file.decls[0] as ast.FuncDecl;
    expect(params(f.type.typeParams)).toEqual(['S ~[]E', 'E cmp.Ordered | ~string']);
    const s = f.type.typeParams!.list[0].type as ast.UnaryExpr;
    expect(s.kind).toBe('UnaryExpr');
    expect(s.op).toBe('~');
    const e = f.type.typeParams!.list[1].type as ast.BinaryExpr;
    expect(e.kind).toBe('BinaryExpr');
    expect(e.op).toBe('|');
  });

  it('groups type parameters sharing a constraint', () => {
    const r = parseFile('package p\nfunc Map[T, U any](xs []T, f func(T) U) []U { return nil }\n');
    const f = r.file.decls[0] as ast.FuncDecl;
    expect(params(f.type.typeParams)).toEqual(['T,U any']);
    expect(params(f.type.params)).toEqual(['xs []T', 'f func(T) U']);
  });

  it('parses instantiations', () => {
    const r = parseFile('package p\nvar a = F[int](1)\nvar b M[string, int]\nvar c = S[int]{1}\nvar d = m[k]\n');
    expect(r.errors).toEqual([]);
    const v = (i: number) => (r.file.decls[i] as ast.GenDecl).specs[0] as ast.ValueSpec;
    const call = v(0).values[0] as ast.CallExpr;
    expect(call.fun.kind).toBe('IndexExpr');
    expect(v(1).type!.kind).toBe('IndexListExpr');
    expect(exprString(v(1).type!)).toBe('M[string, int]');
    const lit = v(2).values[0] as ast.CompositeLit;
    expect(lit.kind).toBe('CompositeLit');
    expect(lit.type!.kind).toBe('IndexExpr');
    expect(v(3).values[0].kind).toBe('IndexExpr');
  });

  it('parses generic methods receivers and embedded instantiated types', () => {
    const r = parseFile('package p\nfunc (l *List[T]) Push(v T) {}\ntype S struct { List[int]; *Pair[K, V] }\ntype I interface { Box[int]; M() }\n');
    expect(r.errors).toEqual([]);
    const m = r.file.decls[0] as ast.FuncDecl;
    expect(params(m.recv)).toEqual(['l *List[T]']);
    const s = ((r.file.decls[1] as ast.GenDecl).specs[0] as ast.TypeSpec).type as ast.StructType;
    expect(params(s.fields)).toEqual([' List[int]', ' *Pair[K, V]']);
    const i = ((r.file.decls[2] as ast.GenDecl).specs[0] as ast.TypeSpec).type as ast.InterfaceType;
    expect(params(i.methods)).toEqual([' Box[int]', 'M func()']);
  });
});
