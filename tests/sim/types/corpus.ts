// This file implements the shared driver of the type-checker corpus tests: it runs our front end
// (parser + type checker) on a Go file and prints the errors exactly as `go build` does (gc stops
// after a fatal syntax error; otherwise the parser's non-fatal errors and the type checker's are
// merged, sorted and capped by checkFile).
import { readFileSync } from 'node:fs';
import { parseFile } from '../../../src/sim/syntax/parse';
import { checkFile, type CheckCache } from '../../../src/sim/types/check';
import { formatDiagnostic, type Diagnostic } from '../../../src/sim/diag';

export function goBuildOutput(path: string, name: string, cache: CheckCache): string {
  const src = readFileSync(path, 'utf8');
  const parsed = parseFile(src, name);
  let diags: Diagnostic[];
  if (parsed.fatal) {
    diags = [...parsed.errors];
    if (parsed.tooManyErrorsAt >= 0) diags.push({ pos: parsed.tooManyErrorsAt, end: parsed.tooManyErrorsAt, code: 'syntax', message: 'too many errors' });
  } else {
    diags = checkFile(parsed.file, src, { filename: name, cache, parseErrors: [...parsed.errors, ...parsed.typeErrors] }).errors;
  }
  if (!diags.length) return '';
  return diags.map((d) => formatDiagnostic(src, name, d)).join('\n') + '\n';
}
