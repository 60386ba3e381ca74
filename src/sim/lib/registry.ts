/**
 * This file implements the registry of natives: every function or method declared WITHOUT a body
 * in the standard-library sources (types/stdlib) is implemented here, keyed by its qualified name:
 *
 *   function            "<import path>.<Name>"             "fmt.Println", "unicode/utf8.RuneLen"
 *   method, value recv  "(<import path>.<Type>).<Name>"    "(time.Duration).String"
 *   method, ptr recv    "(*<import path>.<Type>).<Name>"   "(*strings.Builder).WriteString"
 *
 * (Today every native is a function; the method forms are reserved.) The compiler calls
 * `lookupNative(name)` when it meets a bodyless declaration and emits `native(host, ...args)`.
 * tests/sim/lib/registry.test.ts checks that every bodyless declaration has a native.
 */
import { fmtNatives } from './fmt';
import { mathNatives } from './math';
import type { Native, NativeTable } from './native';
import { reflectNatives } from './reflect';
import { stringsNatives } from './strings';
import { systemNatives } from './system';
import { textNatives } from './text';

export type { Native } from './native';
export type { Host, Parked } from './host';
export { PARKED } from './host';

const tables: readonly NativeTable[] = [fmtNatives, stringsNatives, textNatives, mathNatives, systemNatives, reflectNatives];

const natives: ReadonlyMap<string, Native> = new Map(tables.flatMap((t) => Object.entries(t)));

/** The native implementing the bodyless declaration `name`, or undefined. */
export function lookupNative(name: string): Native | undefined {
  return natives.get(name);
}

/** All registered names, sorted (for tests and `gosim` diagnostics). */
export function nativeNames(): string[] {
  return [...natives.keys()].sort();
}
