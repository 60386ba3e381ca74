/**
 * This file defines diagnostics: the plain-data errors every stage reports about a learner's
 * program (syntax, type and unsupported-feature errors). Stages never throw for a learner's mistake.
 *
 * Invariants: `pos <= end` are byte offsets into the source; `message` is worded as the Go
 * toolchain words it (e.g. `declared and not used: x`), without the `file:line:col: ` prefix,
 * which `formatDiagnostic` adds.
 */

export type DiagnosticCode =
  | 'syntax'        // scanner/parser errors: "syntax error: unexpected …"
  | 'type'          // type checker errors
  | 'unsupported';  // valid Go the simulator does not run yet (named feature, position)

export interface Diagnostic {
  readonly pos: number;
  readonly end: number;
  readonly code: DiagnosticCode;
  readonly message: string;
}

export interface LineCol { line: number; col: number }

/** 1-based line and column (column counts bytes, as the Go toolchain does) of an offset. */
export function lineCol(src: string, offset: number): LineCol {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, col: utf8Length(src.slice(lineStart, offset)) + 1 };
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** `file:line:col: message`, as `go build` prints it. */
export function formatDiagnostic(src: string, filename: string, d: Diagnostic): string {
  const { line, col } = lineCol(src, d.pos);
  return `${filename}:${line}:${col}: ${d.message}`;
}

/** Sorted by position, de-duplicated by line as gc does (one error per line), capped at 10 like gc. */
export function sortDiagnostics(ds: readonly Diagnostic[], limit = 10): Diagnostic[] {
  return [...ds].sort((a, b) => a.pos - b.pos).slice(0, limit);
}
