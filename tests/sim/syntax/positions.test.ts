// This file tests node positions: for representative nodes of a program, the source text between
// `pos` and `end` must be exactly the node's text (go/ast's Pos/End conventions), and tree-wide
// invariants hold (pos <= end, children inside their parent, unique ids, iota per const group).
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/sim/syntax/parse';
import { inspect, children } from '../../../src/sim/syntax/walk';
import type * as ast from '../../../src/sim/syntax/ast';

const src = `package main

import (
	"fmt"
	str "strings"
)

const (
	A = iota * 10
	B
	C, D = iota, "x"
)

type Num interface{ ~int | ~float64 }

type Pair[K comparable, V any] struct {
	Key K \`json:"k"\`
	Val V
}

func Sum[T Num](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return s
}

func (p *Pair[K, V]) Swap() {}

func main() {
	m := map[string][]int{"a": {1, 2}}
	ch := make(chan<- int, 3)
	s := m["a"][1:2:2]
	var i any = s
	if v, ok := i.([]int); ok && len(v) > 0 {
		fmt.Println(str.ToUpper("é"), -v[0], <-make(chan int))
	}
loop:
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			continue loop
		default:
			break loop
		}
	}
	defer func() { recover() }()
	go Sum[int](1, 2)
	x := Pair[string, int]{Key: "k"}
	x.Swap()
}
`;

const { file, errors } = parseFile(src);

function all(): ast.Node[] {
  const out: ast.Node[] = [];
  inspect(file, (n) => { out.push(n); });
  return out;
}
const text = (n: ast.Node) => src.slice(n.pos, n.end);
const firstOf = (kind: string, pred: (n: any) => boolean = () => true) => all().find((n) => n.kind === kind && pred(n))!;

describe('node positions', () => {
  it('parses without errors', () => {
    expect(errors).toEqual([]);
  });

  it('spans the source text of representative nodes', () => {
    expect(text(firstOf('GenDecl', (n) => n.tok === 'import'))).toBe('import (\n\t"fmt"\n\tstr "strings"\n)');
    expect(text(firstOf('ImportSpec', (n) => n.name))).toBe('str "strings"');
    expect(text(firstOf('ValueSpec'))).toBe('A = iota * 10');
    expect(text(firstOf('BinaryExpr'))).toBe('iota * 10');
    expect(text(firstOf('InterfaceType'))).toBe('interface{ ~int | ~float64 }');
    expect(text(firstOf('UnaryExpr', (n) => n.op === '~'))).toBe('~int');
    expect(text(firstOf('TypeSpec', (n) => n.name.name === 'Pair'))).toBe('Pair[K comparable, V any] struct {\n\tKey K `json:"k"`\n\tVal V\n}');
    expect(text(firstOf('Field', (n) => n.tag))).toBe('Key K `json:"k"`');
    expect(text(firstOf('FieldList', (n) => n.list.length === 2 && n.opening >= 0 && src[n.opening] === '['))).toBe('[K comparable, V any]');
    expect(text(firstOf('FuncDecl', (n) => n.name.name === 'Sum'))).toBe('func Sum[T Num](xs ...T) (s T) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}');
    expect(text(firstOf('Ellipsis'))).toBe('...T');
    expect(text(firstOf('RangeStmt'))).toBe('for _, x := range xs {\n\t\ts += x\n\t}');
    expect(text(firstOf('AssignStmt', (n) => n.tok === '+='))).toBe('s += x');
    expect(text(firstOf('ReturnStmt'))).toBe('return s');
    expect(text(firstOf('StarExpr'))).toBe('*Pair[K, V]');
    expect(text(firstOf('IndexListExpr'))).toBe('Pair[K, V]');
    expect(text(firstOf('CompositeLit'))).toBe('map[string][]int{"a": {1, 2}}');
    expect(text(firstOf('CompositeLit', (n) => n.type === null))).toBe('{1, 2}');
    expect(text(firstOf('KeyValueExpr'))).toBe('"a": {1, 2}');
    expect(text(firstOf('ChanType'))).toBe('chan<- int');
    expect(text(firstOf('SliceExpr'))).toBe('m["a"][1:2:2]');
    expect(text(firstOf('TypeAssertExpr'))).toBe('i.([]int)');
    expect(text(firstOf('IfStmt'))).toContain('if v, ok := i.([]int); ok && len(v) > 0 {');
    expect(text(firstOf('CallExpr', (n) => n.fun.kind === 'SelectorExpr' && n.fun.sel.name === 'Println')))
      .toBe('fmt.Println(str.ToUpper("é"), -v[0], <-make(chan int))');
    expect(text(firstOf('UnaryExpr', (n) => n.op === '<-'))).toBe('<-make(chan int)');
    expect(text(firstOf('LabeledStmt'))).toMatch(/^loop:\n\tfor i := 0; i < 3; i\+\+ \{[^]*\n\t\}$/);
    expect(text(firstOf('IncDecStmt'))).toBe('i++');
    expect(text(firstOf('CommClause'))).toBe('case ch <- i:\n\t\t\tcontinue loop');
    expect(text(firstOf('SendStmt'))).toBe('ch <- i');
    expect(text(firstOf('BranchStmt', (n) => n.tok === 'break'))).toBe('break loop');
    expect(text(firstOf('DeferStmt'))).toBe('defer func() { recover() }()');
    expect(text(firstOf('FuncLit'))).toBe('func() { recover() }');
    expect(text(firstOf('GoStmt'))).toBe('go Sum[int](1, 2)');
    expect(text(firstOf('IndexExpr', (n) => n.x.name === 'Sum'))).toBe('Sum[int]');
  });

  it('reports line:col with byte columns, as gc', () => {
    const r = parseFile('package main\nvar s = "é" + @\n');
    expect(r.errors.map((d) => r.source.formatDiagnostic(d))).toEqual(["prog.go:2:16: invalid character U+0040 '@'"]);
  });

  it('keeps tree invariants: pos <= end, children inside parents, unique ids', () => {
    const ids = new Set<number>();
    inspect(file, (n) => {
      expect(n.pos).toBeLessThanOrEqual(n.end);
      expect(ids.has(n.id)).toBe(false);
      ids.add(n.id);
      if (n.kind !== 'File') for (const c of children(n)) {
        expect(c.pos, `${c.kind} in ${n.kind}`).toBeGreaterThanOrEqual(n.pos);
        expect(c.end, `${c.kind} in ${n.kind}`).toBeLessThanOrEqual(n.end);
      }
    });
  });

  it('sets ValueSpec.iota from the index within the const group', () => {
    const specs = all().filter((n): n is ast.ValueSpec => n.kind === 'ValueSpec');
    expect(specs.slice(0, 3).map((s) => [s.names.map((x) => x.name).join(','), s.iota])).toEqual([['A', 0], ['B', 1], ['C,D', 2]]);
  });

  it('gives the same ids for the same source', () => {
    const again = parseFile(src).file;
    expect(JSON.stringify(again)).toBe(JSON.stringify(file));
  });
});
