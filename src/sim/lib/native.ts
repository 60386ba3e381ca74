/**
 * This file defines the shape of a native: `(host, ...goArgs) => result`. Go arguments arrive in
 * the representation of vm/values.ts (a variadic parameter as one Slice, or null when empty);
 * several results are returned as a JS array. Parameters are typed per native; the table type
 * uses `never[]` so that any such function is accepted (parameters are contravariant).
 */
import type { Host } from './host';

export type Native = (host: Host, ...args: never[]) => unknown;
export type NativeTable = Readonly<Record<string, Native>>;
