/** This file builds types/type.ts Type values by hand for runtime tests (no checker needed). */
import type { ArrayT, Basic, BasicKind, InterfaceT, Named, SliceT, StructT, Type, Var, MapT, Pointer } from '../../../src/sim/types/type';

export const basic = (b: BasicKind, name: string = b): Basic => ({ kind: 'Basic', basic: b, name });
export const int = basic('int');
export const int8 = basic('int8');
export const uint64 = basic('uint64');
export const float64 = basic('float64');
export const str = basic('string');
export const bool = basic('bool');
export const byte = basic('uint8', 'byte');

const field = (name: string, type: Type): Var => ({ kind: 'Var', name, pos: -1, type, pkg: 'main', isField: true, embedded: false, used: true });
export const struct = (fs: [string, Type][]): StructT => ({ kind: 'Struct', fields: fs.map(([n, t]) => field(n, t)), tags: fs.map(() => '') });
export const array = (len: number, elem: Type): ArrayT => ({ kind: 'Array', len, elem });
export const slice = (elem: Type): SliceT => ({ kind: 'Slice', elem });
export const map = (key: Type, elem: Type): MapT => ({ kind: 'Map', key, elem });
export const ptr = (elem: Type): Pointer => ({ kind: 'Pointer', elem });
export const any: InterfaceT = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [], typeSet: null, isComparableConstraint: false };
export function named(name: string, underlying: Type): Named {
  return {
    kind: 'Named', obj: { kind: 'TypeName', name, pos: -1, type: null as unknown as Type, pkg: 'main', isAlias: false },
    underlying, methods: [], typeParams: [], typeArgs: [], orig: null,
  };
}
