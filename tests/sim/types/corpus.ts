// This file implements the shared driver of the type-error corpus tests: it runs our front end
// (parser + type checker) on a Go file and prints errors exactly as `go build` does.
import { readFileSync } from 'node:fs';
import { parseFile } from '../../../src/sim/syntax/parse';
import { checkFile, type CheckCache } from '../../../src/sim/types/check';
import { formatDiagnostic } from '../../../src/sim/diag';

export function goBuildOutput(path: string, name: string, cache: CheckCache): string {
  const src = readFileSync(path, 'utf8');
  const { file, errors } = parseFile(src, name);
  const syntax = errors.filter((e) => e.message.startsWith('syntax error'));
  let diags;
  if (syntax.length) diags = syntax;
  else diags = checkFile(file, src, { filename: name, cache, parseErrors: errors }).errors;
  if (!diags.length) return '';
  return diags.map((d) => formatDiagnostic(src, name, d)).join('\n') + '\n';
}
