/**
 * This file defines Go types and the objects (named entities) the type checker produces.
 *
 * It mirrors go/types (https://pkg.go.dev/go/types): Basic, Pointer, Array, Slice, Map, Chan,
 * Struct, Tuple, Signature, Named, Interface, TypeParam, Union; objects Var, Const, TypeName, Func,
 * PkgName, Builtin, Label, Nil. The same Type values are the runtime type descriptors of the
 * simulator: an interface value carries one (see vm/values.ts), `%T` prints `typeString(t)`, type
 * assertions compare with `identical`.
 *
 * Invariants:
 * - Types are immutable once the checker finishes, except that a Named type's `underlying` and
 *   `methods` are filled while its declaration is checked.
 * - Instances of a generic Named type are created by the checker with `typeArgs` set and `orig`
 *   pointing at the generic type; their underlying type and methods are already substituted.
 * - Two types are the same Go type iff `identical(a, b)` (types/predicates.ts); object identity is a
 *   fast path, not the definition.
 */

import type { Pos } from '../syntax/ast';

export type BasicKind =
  | 'bool'
  | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128'
  | 'string' | 'unsafe.Pointer'
  // untyped kinds, only for constants and untyped expressions
  | 'untyped bool' | 'untyped int' | 'untyped rune' | 'untyped float' | 'untyped complex'
  | 'untyped string' | 'untyped nil'
  | 'invalid';

/** https://go.dev/ref/spec#Boolean_types … #String_types. `byte` and `rune` are aliases: name keeps the spelling. */
export interface Basic { readonly kind: 'Basic'; readonly basic: BasicKind; readonly name: string; }
export interface Pointer { readonly kind: 'Pointer'; readonly elem: Type; }
export interface ArrayT { readonly kind: 'Array'; readonly len: number; readonly elem: Type; }
export interface SliceT { readonly kind: 'Slice'; readonly elem: Type; }
export interface MapT { readonly kind: 'Map'; readonly key: Type; readonly elem: Type; }
export interface Chan { readonly kind: 'Chan'; readonly dir: 'both' | 'send' | 'recv'; readonly elem: Type; }

export interface Tuple { readonly kind: 'Tuple'; readonly vars: readonly Var[]; }

export interface StructT {
  readonly kind: 'Struct';
  readonly fields: readonly Var[]; // Var with isField = true; embedded fields have `embedded` = true
  readonly tags: readonly string[]; // '' when absent
}

/** `recv` is set for methods; `variadic` means the last param is `...T` (its type is a Slice). */
export interface Signature {
  readonly kind: 'Signature';
  readonly recv: Var | null;
  readonly typeParams: readonly TypeParam[];
  readonly recvTypeParams: readonly TypeParam[];
  readonly params: Tuple;
  readonly results: Tuple;
  readonly variadic: boolean;
}

/**
 * An interface type. `methods` are the explicitly declared ones, `embeddeds` the embedded elements;
 * `allMethods` is the complete method set sorted by name (computed by the checker), and `typeSet` the
 * type terms for constraint interfaces (null = all types).
 */
export interface InterfaceT {
  readonly kind: 'Interface';
  readonly methods: readonly Func[];
  readonly embeddeds: readonly Type[];
  allMethods: readonly Func[];
  typeSet: readonly Term[] | null;
  readonly isComparableConstraint: boolean; // `comparable` or embeds it
  /** the constraint written without `interface{…}` in a type parameter list: `[T int | float64]` */
  readonly implicit?: boolean;
}

/** A term of a union/type set: `~int` has tilde = true. */
export interface Term { readonly tilde: boolean; readonly type: Type; }
export interface Union { readonly kind: 'Union'; readonly terms: readonly Term[]; }

/** A defined (named) type, `type T struct{...}`, or a predeclared one like `error`. */
export interface Named {
  readonly kind: 'Named';
  readonly obj: TypeName;
  underlying: Type;
  methods: Func[]; // declared methods, in source order
  typeParams: readonly TypeParam[];
  readonly typeArgs: readonly Type[]; // non-empty for an instance
  readonly orig: Named | null; // the generic type an instance was made from
}

export interface TypeParam {
  readonly kind: 'TypeParam';
  readonly obj: TypeName;
  readonly index: number;
  constraint: Type; // an Interface (possibly implicit: `[T int|string]`)
}

export type Type =
  | Basic | Pointer | ArrayT | SliceT | MapT | Chan | Tuple | StructT | Signature | InterfaceT
  | Union | Named | TypeParam;

// ---- Objects --------------------------------------------------------------------------------------

interface ObjectBase {
  readonly name: string;
  readonly pos: Pos; // declaration position, -1 for predeclared/universe objects
  type: Type;
  readonly pkg: string | null; // package path ('main', 'fmt', ...); null for universe objects
}

/** A variable, parameter, result or struct field. */
export interface Var extends ObjectBase {
  readonly kind: 'Var';
  readonly isField: boolean;
  readonly embedded: boolean;
  used: boolean;
}
/** A declared constant. `value` is its exact value (types/constant.ts). */
export interface Const extends ObjectBase { readonly kind: 'Const'; readonly value: ConstValue; }
export interface TypeName extends ObjectBase {
  readonly kind: 'TypeName';
  readonly isAlias: boolean;
  /** a generic alias's type parameters (Go 1.24: `type Set[T comparable] = map[T]bool`) */
  aliasParams?: TypeParam[];
}
/** A function or method; `type` is its Signature. `fullName` is as runtime prints it: `main.(*T).M`. */
export interface Func extends ObjectBase { readonly kind: 'Func'; readonly fullName: string; }
export interface PkgName extends ObjectBase { readonly kind: 'PkgName'; readonly imported: string; used: boolean; }
export interface Builtin extends ObjectBase { readonly kind: 'Builtin'; }
export interface Label extends ObjectBase { readonly kind: 'Label'; used: boolean; }
export interface Nil extends ObjectBase { readonly kind: 'Nil'; }

export type GoObject = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil;

/**
 * An exact constant value (https://go.dev/ref/spec#Constants): integers are arbitrary precision,
 * floats are exact rationals where representable; strings are UTF-8 byte strings (see vm/values.ts).
 */
export type ConstValue =
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly num: bigint; readonly den: bigint } // den > 0, reduced; or use `approx`
  | { readonly kind: 'complex'; readonly re: ConstValue; readonly im: ConstValue }
  | { readonly kind: 'unknown' };
