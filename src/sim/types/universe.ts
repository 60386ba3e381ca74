/**
 * This file implements the universe scope: Go's predeclared types, constants, nil and built-in
 * functions (https://go.dev/ref/spec#Predeclared_identifiers), mirroring go/types/universe.go.
 *
 * Invariants: everything here is created once per call of `makeUniverse()` and never mutated after;
 * the basic types are shared singletons (`Typ`), compared by `basic` kind (byte ≡ uint8, rune ≡ int32).
 * There is no module-level mutable state: `Typ` and friends are frozen values.
 */

import type {
  Basic, BasicKind, Builtin, Const, Func, GoObject, InterfaceT, Named, Nil, Signature, Tuple, Type, TypeName, Var,
} from './type';
import type { Scope } from './info';

function basic(kind: BasicKind, name: string = kind): Basic {
  return Object.freeze({ kind: 'Basic', basic: kind, name }) as Basic;
}

/** The basic types, by kind; `Typ.byte`/`Typ.rune` are the alias spellings. */
export const Typ = Object.freeze({
  bool: basic('bool'),
  int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'), int64: basic('int64'),
  uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'), uint32: basic('uint32'),
  uint64: basic('uint64'), uintptr: basic('uintptr'),
  float32: basic('float32'), float64: basic('float64'),
  complex64: basic('complex64'), complex128: basic('complex128'),
  string: basic('string'),
  unsafePointer: basic('unsafe.Pointer', 'unsafe.Pointer'),
  byte: basic('uint8', 'byte'),
  rune: basic('int32', 'rune'),
  untypedBool: basic('untyped bool'), untypedInt: basic('untyped int'), untypedRune: basic('untyped rune'),
  untypedFloat: basic('untyped float'), untypedComplex: basic('untyped complex'),
  untypedString: basic('untyped string'), untypedNil: basic('untyped nil'),
  invalid: basic('invalid', 'invalid type'),
});

/** The basic type for a kind (canonical spelling). */
export function basicOf(kind: BasicKind): Basic {
  switch (kind) {
    case 'untyped bool': return Typ.untypedBool;
    case 'untyped int': return Typ.untypedInt;
    case 'untyped rune': return Typ.untypedRune;
    case 'untyped float': return Typ.untypedFloat;
    case 'untyped complex': return Typ.untypedComplex;
    case 'untyped string': return Typ.untypedString;
    case 'untyped nil': return Typ.untypedNil;
    case 'unsafe.Pointer': return Typ.unsafePointer;
    default: return (Typ as unknown as Record<string, Basic>)[kind];
  }
}

export const emptyTuple: Tuple = Object.freeze({ kind: 'Tuple', vars: Object.freeze([]) as readonly Var[] }) as Tuple;

export function newVar(name: string, type: Type, pkg: string | null, pos = -1, isField = false, embedded = false): Var {
  return { kind: 'Var', name, type, pkg, pos, isField, embedded, used: false };
}

export function newTuple(vars: Var[]): Tuple {
  return vars.length === 0 ? emptyTuple : { kind: 'Tuple', vars };
}

export function newSignature(params: Var[], results: Var[], variadic: boolean, recv: Var | null = null): Signature {
  return { kind: 'Signature', recv, typeParams: [], recvTypeParams: [], params: newTuple(params), results: newTuple(results), variadic };
}

export function newInterface(methods: Func[], embeddeds: Type[] = [], comparable = false): InterfaceT {
  const all = [...methods].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { kind: 'Interface', methods, embeddeds, allMethods: all, typeSet: null, isComparableConstraint: comparable };
}

/** Names of the built-in functions, https://go.dev/ref/spec#Built-in_functions */
export const builtinNames = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min',
  'new', 'panic', 'print', 'println', 'real', 'recover',
] as const;
/** The built-in functions of package unsafe this simulator evaluates (compile-time layout facts). */
export const unsafeBuiltinNames = ['Alignof', 'Offsetof', 'Sizeof'] as const;
export type BuiltinName = (typeof builtinNames)[number] | (typeof unsafeBuiltinNames)[number];

export interface Universe {
  readonly scope: Scope;
  readonly error: Named;
  readonly comparable: Named;
  readonly any: InterfaceT;
  readonly anyObj: TypeName;
  readonly nil: Nil;
  readonly iota: Const;
  readonly errorMethod: Func;
}

/** Builds the universe scope (one per checker run; cheap). */
export function makeUniverse(): Universe {
  const names = new Map<string, GoObject>();
  const scope: Scope = { parent: null, names, pos: 0, end: Number.MAX_SAFE_INTEGER };
  const tn = (name: string, type: Type, isAlias = false): TypeName => {
    const obj: TypeName = { kind: 'TypeName', name, pos: -1, type, pkg: null, isAlias };
    names.set(name, obj);
    return obj;
  };
  const kinds: [string, Basic][] = [
    ['bool', Typ.bool], ['int', Typ.int], ['int8', Typ.int8], ['int16', Typ.int16], ['int32', Typ.int32],
    ['int64', Typ.int64], ['uint', Typ.uint], ['uint8', Typ.uint8], ['uint16', Typ.uint16],
    ['uint32', Typ.uint32], ['uint64', Typ.uint64], ['uintptr', Typ.uintptr], ['float32', Typ.float32],
    ['float64', Typ.float64], ['complex64', Typ.complex64], ['complex128', Typ.complex128],
    ['string', Typ.string], ['byte', Typ.byte], ['rune', Typ.rune],
  ];
  for (const [n, t] of kinds) tn(n, t, n === 'byte' || n === 'rune');

  // type error interface{ Error() string }
  const errorObj: TypeName = { kind: 'TypeName', name: 'error', pos: -1, type: Typ.invalid, pkg: null, isAlias: false };
  const error: Named = { kind: 'Named', obj: errorObj, underlying: Typ.invalid, methods: [], typeParams: [], typeArgs: [], orig: null };
  errorObj.type = error;
  const errRecv = newVar('', error, null);
  const errorMethod: Func = {
    kind: 'Func', name: 'Error', pos: -1, pkg: null, fullName: 'error.Error',
    type: newSignature([], [newVar('', Typ.string, null)], false, errRecv),
  };
  error.underlying = newInterface([errorMethod]);
  names.set('error', errorObj);

  const any = newInterface([]);
  const anyObj = tn('any', any, true);

  const compObj: TypeName = { kind: 'TypeName', name: 'comparable', pos: -1, type: Typ.invalid, pkg: null, isAlias: false };
  const comparable: Named = { kind: 'Named', obj: compObj, underlying: newInterface([], [], true), methods: [], typeParams: [], typeArgs: [], orig: null };
  compObj.type = comparable;
  names.set('comparable', compObj);

  const cst = (name: string, type: Type, value: Const['value']): Const => {
    const c: Const = { kind: 'Const', name, pos: -1, type, pkg: null, value };
    names.set(name, c);
    return c;
  };
  cst('true', Typ.untypedBool, { kind: 'bool', value: true });
  cst('false', Typ.untypedBool, { kind: 'bool', value: false });
  const iota = cst('iota', Typ.untypedInt, { kind: 'int', value: 0n });
  const nil: Nil = { kind: 'Nil', name: 'nil', pos: -1, type: Typ.untypedNil, pkg: null };
  names.set('nil', nil);
  for (const b of builtinNames) {
    const obj: Builtin = { kind: 'Builtin', name: b, pos: -1, type: Typ.invalid, pkg: null };
    names.set(b, obj);
  }
  return { scope, error, comparable, any, anyObj, nil, iota, errorMethod };
}
