/**
 * This file implements the entry point of the syntax stage: `parseFile(src, filename)` turns Go
 * source text into an ast.File (https://go.dev/ref/spec#Source_file_organization) and the
 * diagnostics `go build` would print for it, never throwing.
 *
 *   SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
 *
 * The parser is a port of cmd/compile/internal/syntax (gc's own parser), so that syntax errors
 * read and are positioned exactly as the Go toolchain reports them; it builds go/ast-shaped nodes
 * (ast.ts). Start reading here, then decl.ts → stmt.ts/simplestmt.ts → expr.ts → typeexpr.ts/
 * params.ts; state.ts holds the shared parser state and the error rules; scanner.ts/literals.ts
 * the tokens.
 *
 * Diagnostics, as `go build` reports them:
 * - First the go command reads the package clause and imports with go/parser (precheck.ts); an
 *   error there is the only one printed, in go/parser's words (`expected 'package', found
 *   'import'`), and `fatal` is true.
 * - `errors` are gc's, filtered as gc filters them while reporting (one "syntax error" per line,
 *   compared with the previous one reported; at most 10), then sorted by position as gc prints them.
 * - `fatal` is true when gc would stop before type checking: any message starting with
 *   "syntax error", or an error in the package clause. Otherwise (only lexical errors such as
 *   `newline in string`, branch errors such as `label L defined and not used`, or none) gc goes
 *   on to type-check and prints those errors merged (sorted by position) with the type errors.
 * - `typeErrors` are errors gc's type checker reports but that only the parser can see (the
 *   tree cannot represent the construct): `expression in defer must be function call`,
 *   `select case must be …`, `range clause permits at most two iteration variables`. They are
 *   empty when `fatal`. The type checker should merge them with its own.
 * - `tooManyErrorsAt` is the position of the 10th error when gc would give up and print
 *   `FILE:LINE:COL: too many errors` after the list; -1 otherwise.
 */

import type { Diagnostic } from '../diag';
import type * as ast from './ast';
import { Tok as TokenKinds } from './token';
import { type Parser, advance, got, id, name, newIdent, newParser, next, syntaxError, stop, want } from './state';
import { appendGroup, constDecl, funcDecl, importDecl, typeDecl, varDecl } from './decl';
import type { SourceFile } from './source';
import { checkHeader } from './precheck';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

export interface ParseResult {
  file: ast.File;
  errors: Diagnostic[];
  /** Added: gc would not type-check this file (see the file comment). */
  fatal: boolean;
  /** Added: type-checker-phase errors found by the parser; empty when fatal. */
  typeErrors: Diagnostic[];
  /** Added: where gc prints "too many errors", or -1. */
  tooManyErrorsAt: number;
  /** Added: the line table, to print positions (`source.format(pos)`). */
  source: SourceFile;
}

export function parseFile(src: string, filename = 'prog.go'): ParseResult {
  const p = newParser(src, filename);
  let file: ast.File;
  try {
    next(p);
    file = fileOrNil(p);
  } catch (e) {
    // Our own depth limit keeps real programs well below the JS stack; this is the last guard.
    if (!(e instanceof RangeError)) throw e;
    p.errors.push({ pos: p.pos, end: p.pos, code: 'unsupported', message: 'program too deeply nested for this simulator' });
    p.hard = true;
    stop(p);
    file = emptyFile(p);
  }
  // The go command checks the package clause and imports with go/parser first; when that fails
  // it prints only that error and never runs the compiler (precheck.ts).
  const headerError = checkHeader(src, (pos) => p.file.line(pos));
  if (headerError !== null) {
    return {
      file, fatal: true, typeErrors: [], tooManyErrorsAt: -1, source: p.file,
      errors: [{ pos: headerError.pos, end: headerError.pos, code: 'syntax', message: headerError.message }],
    };
  }
  const fatal = p.hard || (p as ParserWithFile).noFile === true;
  return {
    file,
    errors: flushOrder(p.errors),
    fatal,
    typeErrors: fatal ? [] : p.typePhase,
    tooManyErrorsAt: p.tooManyAt,
    source: p.file,
  };
}

/**
 * The errors in the order gc prints them (base.FlushErrors): sorted by position, stably (errors
 * were filtered in report order, which can differ), an error identical to the previous one dropped.
 */
function flushOrder(errors: Diagnostic[]): Diagnostic[] {
  const sorted = errors.map((d, i) => ({ d, i })).sort((a, b) => a.d.pos - b.d.pos || a.i - b.i).map((x) => x.d);
  return sorted.filter((d, i) => i === 0 || d.pos !== sorted[i - 1].pos || d.message !== sorted[i - 1].message);
}

interface ParserWithFile extends Parser {
  noFile?: boolean;
}

function emptyFile(p: Parser): ast.File {
  return {
    kind: 'File', id: id(p), pos: 0, end: 0, package: -1, name: newIdent(p, 0, '_', 0),
    decls: [], imports: [], comments: comments(p),
  };
}

function comments(p: Parser): ast.Comment[] {
  return p.comments.map((c) => ({ kind: 'Comment', id: id(p), pos: c.pos, end: c.end, text: p.src.slice(c.pos, c.end) }));
}

/** SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
function fileOrNil(p: Parser): ast.File {
  const decls: ast.Decl[] = [];
  const imports: ast.ImportSpec[] = [];

  // PackageClause
  const pkgPos = p.pos;
  if (!got(p, Tok.Package)) {
    syntaxError(p, 'package statement must be first');
    (p as ParserWithFile).noFile = true;
    return emptyFile(p);
  }
  const pkgName = name(p);
  want(p, Tok.Semi);

  // don't bother continuing if package clause has errors
  if (p.first) {
    (p as ParserWithFile).noFile = true;
    return { kind: 'File', id: id(p), pos: pkgPos, end: pkgName.end, package: pkgPos, name: pkgName, decls, imports, comments: comments(p) };
  }

  // Accept import declarations anywhere for error tolerance, but complain.
  // { ( ImportDecl | TopLevelDecl ) ";" }
  let prev = Tok.Import;
  while (p.tok !== Tok.EOF) {
    if (p.tok === Tok.Import && prev !== Tok.Import) syntaxError(p, 'imports must appear before other declarations');
    prev = p.tok;

    const pos = p.pos;
    switch (p.tok) {
      case Tok.Import: {
        next(p);
        const d = appendGroup(p, pos, Tok.Import, importDecl);
        decls.push(d);
        for (const s of d.specs) imports.push(s as ast.ImportSpec);
        break;
      }
      case Tok.Const:
        next(p);
        decls.push(appendGroup(p, pos, Tok.Const, constDecl));
        break;
      case Tok.Type:
        next(p);
        decls.push(appendGroup(p, pos, Tok.Type, typeDecl));
        break;
      case Tok.Var:
        next(p);
        decls.push(appendGroup(p, pos, Tok.Var, varDecl));
        break;
      case Tok.Func:
        next(p);
        decls.push(funcDecl(p, pos));
        break;
      default: {
        const last = decls[decls.length - 1];
        if (p.tok === Tok.Lbrace && last !== undefined && last.kind === 'FuncDecl' && last.body === null) {
          // opening { of function declaration on next line
          syntaxError(p, 'unexpected semicolon or newline before {');
        } else {
          syntaxError(p, 'non-declaration statement outside function body');
        }
        advance(p, Tok.Import, Tok.Const, Tok.Type, Tok.Var, Tok.Func);
        continue;
      }
    }

    if (p.tok !== Tok.EOF && !got(p, Tok.Semi)) {
      syntaxError(p, 'after top level declaration');
      advance(p, Tok.Import, Tok.Const, Tok.Type, Tok.Var, Tok.Func);
    }
  }

  const end = decls.length ? decls[decls.length - 1].end : pkgName.end;
  return { kind: 'File', id: id(p), pos: pkgPos, end, package: pkgPos, name: pkgName, decls, imports, comments: comments(p) };
}
