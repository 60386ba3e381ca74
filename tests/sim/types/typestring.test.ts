// Unit tests of type printing in both of Go's spellings (src/sim/types/typestring.ts).
import { describe, expect, it } from 'vitest';
import { typeString, runtimeTypeString, relativeTo } from '../../../src/sim/types/typestring';
import { Typ, makeUniverse, newVar, newSignature } from '../../../src/sim/types/universe';
import type { Named, Type, TypeName } from '../../../src/sim/types/type';

function named(name: string, pkg: string, underlying: Type): Named {
  const obj: TypeName = { kind: 'TypeName', name, pos: 0, type: Typ.invalid, pkg, isAlias: false };
  const n: Named = { kind: 'Named', obj, underlying, methods: [], typeParams: [], typeArgs: [], orig: null };
  obj.type = n;
  return n;
}

describe('typeString', () => {
  const u = makeUniverse();
  const st: Type = { kind: 'Struct', fields: [newVar('A', Typ.int, 'main', 0, true), newVar('B', Typ.string, 'main', 0, true)], tags: ['', ''] };
  const T = named('T', 'main', st);
  const sig = newSignature([newVar('a', Typ.int, 'main'), newVar('b', { kind: 'Slice', elem: Typ.string }, 'main')], [newVar('', Typ.int, null), newVar('', u.error, null)], true);

  it('prints as %T does', () => {
    expect(runtimeTypeString(st)).toBe('struct { A int; B string }');
    expect(runtimeTypeString({ kind: 'Pointer', elem: T })).toBe('*main.T');
    expect(runtimeTypeString(sig)).toBe('func(int, ...string) (int, error)');
    expect(runtimeTypeString(u.any)).toBe('interface {}');
    expect(runtimeTypeString({ kind: 'Chan', dir: 'both', elem: { kind: 'Chan', dir: 'recv', elem: Typ.int } })).toBe('chan (<-chan int)');
    expect(runtimeTypeString({ kind: 'Map', key: Typ.string, elem: { kind: 'Slice', elem: Typ.byte } })).toBe('map[string][]uint8');
    expect(runtimeTypeString({ kind: 'Chan', dir: 'send', elem: Typ.int })).toBe('chan<- int');
  });

  it('prints as the type checker does in errors', () => {
    const qf = relativeTo('main');
    expect(typeString(st, { qf })).toBe('struct{A int; B string}');
    expect(typeString({ kind: 'Pointer', elem: T }, { qf })).toBe('*T');
    expect(typeString(sig, { qf })).toBe('func(a int, b ...string) (int, error)');
    expect(typeString(u.any, { qf, anyType: u.any })).toBe('any');
    expect(typeString(Typ.byte, { qf })).toBe('byte');
    expect(typeString(named('Mutex', 'sync', st), { qf })).toBe('"sync".Mutex');
    expect(typeString(named('Builder', 'strings', st), { qf })).toBe('strings.Builder');
  });
});
