/**
 * This file implements the simulator's view of the standard library's declarations: for each
 * import path we support, the Go source (`package x` …) that the type checker loads like user code.
 * In these sources a function or method WITHOUT a body is a native, implemented in TypeScript in
 * src/sim/lib and looked up by its qualified name (lib/registry.ts); everything with a body is
 * compiled like user code. Unexported names are private to the package as usual.
 *
 * Invariant: every source here compiles with the real Go toolchain when an empty assembly file
 * sits next to it (tests/sim/lib/stubs-compile.test.ts checks this), so their declarations are
 * real Go, and every bodyless function has a native in lib/registry.ts (checked by the same test).
 */
import { atomicSource } from './atomic';
import { bitsSource } from './bits.gen';
import { bufioSource } from './bufio.gen';
import { bytesSource } from './bytes.gen';
import { cmpSource } from './cmp.gen';
import { contextSource } from './context';
import { errorsSource } from './errors';
import { fmtSource } from './fmt';
import { fsSource } from './fs';
import { base64Source } from './base64.gen';
import { byteorderSource } from './byteorder.gen';
import { fnvSource } from './fnv.gen';
import { hashSource } from './hash.gen';
import { heapSource } from './heap.gen';
import { hexSource } from './hex.gen';
import { ioSource } from './io.gen';
import { iterSource } from './iter.gen';
import { listSource } from './list.gen';
import { logSource } from './log';
import { mapsSource } from './maps.gen';
import { mathSource } from './math.gen';
import { osSource } from './os';
import { randSource } from './rand.gen';
import { randV2Source } from './randv2.gen';
import { chacha8randSource } from './chacha8rand.gen';
import { runtimeSource } from './runtime';
import { debugSource } from './debug';
import { slicesSource } from './slices.gen';
import { sortSource } from './sort.gen';
import { strconvSource } from './strconv';
import { stringsSource } from './strings';
import { syncSource } from './sync';
import { tabwriterSource } from './tabwriter.gen';
import { timeSource } from './time';
import { unicodeSource } from './unicode';
import { utf8Source } from './utf8';

const sources: Readonly<Record<string, string>> = Object.freeze({
  bufio: bufioSource,
  bytes: bytesSource,
  cmp: cmpSource,
  'container/heap': heapSource,
  'container/list': listSource,
  context: contextSource,
  'encoding/base64': base64Source,
  'encoding/hex': hexSource,
  hash: hashSource,
  'hash/fnv': fnvSource,
  'internal/byteorder': byteorderSource,
  'internal/chacha8rand': chacha8randSource,
  errors: errorsSource,
  fmt: fmtSource,
  io: ioSource,
  'io/fs': fsSource,
  iter: iterSource,
  log: logSource,
  maps: mapsSource,
  math: mathSource,
  'math/bits': bitsSource,
  'math/rand': randSource,
  'math/rand/v2': randV2Source,
  os: osSource,
  runtime: runtimeSource,
  'runtime/debug': debugSource,
  slices: slicesSource,
  sort: sortSource,
  strconv: strconvSource,
  strings: stringsSource,
  sync: syncSource,
  'text/tabwriter': tabwriterSource,
  'sync/atomic': atomicSource,
  time: timeSource,
  unicode: unicodeSource,
  'unicode/utf8': utf8Source,
});

/** The Go source declaring package `path`, or undefined when the simulator does not provide it. */
export function stdlibSource(path: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(sources, path) ? sources[path] : undefined;
}

/** Every import path the simulator provides, sorted. */
export function stdlibPaths(): string[] {
  return Object.keys(sources).sort();
}
