/**
 * This file implements SourceFile: a Go source text with its line table, turning offsets into
 * the `line:col` positions the Go toolchain prints.
 *
 * Invariants:
 * - Offsets are indices into the JavaScript string (UTF-16 code units), the same offsets the AST's
 *   `pos`/`end` and `Diagnostic.pos` use (and `lineCol` in ../diag.ts).
 * - `line` is 1-based; `col` is 1-based and counts UTF-8 BYTES from the start of the line, as
 *   cmd/compile does (see cmd/compile/internal/syntax/source.go: "col ... byte offset").
 *   So in `s := "é"; x` the `x` is one column further right than its UTF-16 index suggests.
 * - `lineStarts[i]` is the offset of the first character of line i+1; lineStarts[0] === 0.
 */

import type { Diagnostic } from '../diag';

export interface Position {
  line: number;
  col: number;
}

export class SourceFile {
  readonly filename: string;
  readonly text: string;
  private starts: number[] | null = null;

  constructor(text: string, filename = 'prog.go') {
    this.filename = filename;
    this.text = text;
  }

  /** Offsets of the first character of each line (built on first use: parsing alone never needs it). */
  get lineStarts(): number[] {
    if (this.starts === null) {
      const text = this.text;
      const starts = [0];
      let i = text.indexOf('\n');
      while (i >= 0) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** 1-based line number of an offset (binary search in the line table). */
  line(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line and byte column of an offset, as gc prints them. */
  position(offset: number): Position {
    const line = this.line(offset);
    const start = this.lineStarts[line - 1];
    const end = Math.min(offset, this.text.length);
    let col = 1;
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0x80) col += 1;
      else if (c < 0x800) col += 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { col += 4; i++; } else col += 3;
      } else col += 3;
    }
    if (offset > end) col += offset - end; // past the end of text: keep counting
    return { line, col };
  }

  /** `file:line:col` */
  format(offset: number): string {
    const { line, col } = this.position(offset);
    return `${this.filename}:${line}:${col}`;
  }

  /** `file:line:col: message`, as `go build` prints a diagnostic. */
  formatDiagnostic(d: Diagnostic): string {
    return `${this.format(d.pos)}: ${d.message}`;
  }
}
