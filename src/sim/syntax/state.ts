/**
 * This file implements the parser's state object and the helpers every parse function shares:
 * token tests (`got`, `want`), error reporting with gc's wording and filtering, and error
 * recovery (`advance`). The parse functions themselves (decl.ts, stmt.ts, expr.ts, typeexpr.ts)
 * are plain functions over this state, like the methods of cmd/compile/internal/syntax's parser.
 *
 * Error reporting follows cmd/compile exactly (syntax/parser.go syntaxErrorAt and
 * cmd/compile/internal/base/print.go ErrorfAt):
 * - `syntaxError("expected X")` becomes `syntax error: unexpected TOKEN, expected X`; messages
 *   starting with "in ", "at ", "after " become `syntax error: unexpected TOKEN in …`; any other
 *   message is printed as `syntax error: MSG`. Plain errors (`errorAt`) get no prefix.
 * - At EOF, after a first error, further syntax errors are dropped (no meaningless follow-ups).
 * - Only one "syntax error…" per line (compared with the previous syntax error's line), and an
 *   error identical to the previous non-syntax error on the same line is dropped.
 * - After the 10th reported error gc stops ("too many errors"): we halt the scanner so the parse
 *   unwinds at once, and remember where (`tooManyAt`).
 *
 * Invariants: `depth` counts the nesting of the recursive productions; beyond MAX_DEPTH the parse
 * is abandoned with one diagnostic instead of overflowing the JavaScript stack.
 */

import type { Diagnostic } from '../diag';
import type * as ast from './ast';
import { next as scanNext, startScanner, type Scanner } from './scanner';
import { SourceFile } from './source';
import { Tok as TokenKinds, tokstring } from './token';

// A module-local alias: cheaper than a live import binding in the hot paths of some module loaders.
const Tok = TokenKinds;
type Tok = TokenKinds;

/** Deepest nesting of expressions/types/statements we parse (real programs stay far below). */
export const MAX_DEPTH = 300;

export interface Parser extends Scanner {
  readonly file: SourceFile;
  nextId: number;
  /** Errors as gc would print them (after its per-line filtering), in report order. */
  errors: Diagnostic[];
  /** Errors gc reports only when type checking runs (no "syntax error"): kept apart. */
  typePhase: Diagnostic[];
  first: boolean; // an error was reported
  errcnt: number; // number of errors reported (before filtering)
  hard: boolean; // a "syntax error: …" was reported: gc stops before type checking
  fnest: number; // function nesting level (for error handling)
  xnest: number; // expression nesting level (for complit ambiguity resolution)
  depth: number;
  lastSyntaxLine: number;
  lastOtherLine: number;
  lastOtherMsg: string;
  tooManyAt: number;
  stopped: boolean;
  /** Number of labels and branch statements parsed so far (branch checks are skipped without them). */
  branches: number;
}

export function newParser(src: string, filename: string): Parser {
  const file = new SourceFile(src, filename);
  // One object literal with every field, so the state object has one stable shape.
  const p: Parser = {
    src, len: src.length, errh: () => {},
    ch: 0x20, chPos: 0, chw: 0, nlsemi: false, halted: false,
    tok: Tok.None, pos: 0, end: 0, lit: '', bad: false, kind: 'INT', op: '', prec: 0,
    comments: [],
    file, nextId: 1, errors: [], typePhase: [], first: false, errcnt: 0, hard: false,
    fnest: 0, xnest: 0, depth: 0, lastSyntaxLine: -1, lastOtherLine: -1, lastOtherMsg: '',
    tooManyAt: -1, stopped: false, branches: 0,
  };
  p.errh = (pos, msg) => errorAt(p, pos, msg);
  startScanner(p);
  return p;
}

export function next(p: Parser): void {
  scanNext(p);
}

export function id(p: Parser): number {
  return p.nextId++;
}

export function got(p: Parser, tok: Tok): boolean {
  if (p.tok === tok) {
    next(p);
    return true;
  }
  return false;
}

export function want(p: Parser, tok: Tok): void {
  if (!got(p, tok)) {
    syntaxError(p, 'expected ' + tokstring(tok));
    advance(p);
  }
}

/** Like got(Assign) but also accepts ":=" (reporting an error) for better recovery. */
export function gotAssign(p: Parser): boolean {
  switch (p.tok) {
    case Tok.Define:
      syntaxError(p, 'expected =');
    // fallthrough
    case Tok.Assign:
      next(p);
      return true;
  }
  return false;
}

// ---- Errors ---------------------------------------------------------------------------------

/** Stops the parse: the scanner only returns EOF from now on and no more errors are reported. */
export function stop(p: Parser): void {
  p.stopped = true;
  p.halted = true;
  p.tok = Tok.EOF;
  p.pos = p.end = p.len;
}

/** Reports an error at pos, filtered as gc's base.ErrorfAt filters. */
export function errorAt(p: Parser, pos: number, msg: string): void {
  if (p.stopped) return;
  p.first = true;
  p.errcnt++;
  const line = p.file.line(pos);
  if (msg.startsWith('syntax error')) {
    p.hard = true;
    // only one syntax error per line, no matter what error
    if (line === p.lastSyntaxLine) return;
    p.lastSyntaxLine = line;
  } else {
    if (line === p.lastOtherLine && msg === p.lastOtherMsg) return;
    p.lastOtherLine = line;
    p.lastOtherMsg = msg;
  }
  const end = pos === p.pos && p.end > pos ? p.end : pos;
  p.errors.push({ pos, end, code: 'syntax', message: msg });
  if (p.errors.length >= 10) {
    p.tooManyAt = pos;
    stop(p);
  }
}

/** An error that gc's type checker (types2) reports, found while parsing: kept for that phase. */
export function typeErrorAt(p: Parser, pos: number, end: number, msg: string): void {
  p.typePhase.push({ pos, end, code: 'type', message: msg });
}

export function error(p: Parser, msg: string): void {
  errorAt(p, p.pos, msg);
}

export function syntaxError(p: Parser, msg: string): void {
  syntaxErrorAt(p, p.pos, msg);
}

/** gc's syntaxErrorAt: adds "syntax error: " and, as needed, "unexpected TOKEN". */
export function syntaxErrorAt(p: Parser, pos: number, msg: string): void {
  if (p.tok === Tok.EOF && p.first) return; // avoid meaningless follow-up errors

  if (msg === '') {
    // nothing to do
  } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
    msg = ' ' + msg;
  } else if (msg.startsWith('expected ')) {
    msg = ', ' + msg;
  } else {
    // plain error - we don't care about current token
    errorAt(p, pos, 'syntax error: ' + msg);
    return;
  }

  errorAt(p, pos, 'syntax error: unexpected ' + currentTokenString(p) + msg);
}

/** How gc names the current token in "unexpected …". */
export function currentTokenString(p: Parser): string {
  switch (p.tok) {
    case Tok.Name: return 'name ' + p.lit;
    case Tok.Semi: return p.lit;
    case Tok.Literal: return 'literal ' + p.lit;
    case Tok.Operator: return p.op;
    case Tok.AssignOp: return p.op + '=';
    case Tok.IncOp: return p.op + p.op;
    default: return tokstring(p.tok);
  }
}

/** Keywords that start a statement: good synchronization points after an error. */
const STOPSET: readonly Tok[] = [
  Tok.Break, Tok.Const, Tok.Continue, Tok.Defer, Tok.Fallthrough, Tok.For, Tok.Go, Tok.Goto,
  Tok.If, Tok.Return, Tok.Select, Tok.Switch, Tok.Type, Tok.Var,
];

/**
 * Consumes tokens until one in the follow list (or, inside a function, the stop set) is found.
 * With an empty follow list exactly one (non-EOF) token is consumed to ensure progress.
 */
export function advance(p: Parser, ...followlist: Tok[]): void {
  const follow = new Uint8Array(64);
  follow[Tok.EOF] = 1;
  if (followlist.length > 0) {
    if (p.fnest > 0) for (const t of STOPSET) follow[t] = 1;
    for (const t of followlist) follow[t] = 1;
  }
  while (follow[p.tok] === 0) {
    next(p);
    if (followlist.length === 0) break;
  }
}

/** Called on entry to a recursive production; abandons the parse when nesting is too deep. */
export function enter(p: Parser): void {
  if (++p.depth > MAX_DEPTH && !p.stopped) {
    p.errors.push({
      pos: p.pos, end: p.pos, code: 'unsupported',
      message: `program nesting exceeds ${MAX_DEPTH} levels (parser limit of this simulator)`,
    });
    p.first = true;
    p.hard = true;
    stop(p);
  }
}

export function leave(p: Parser): void {
  p.depth--;
}

// ---- Common productions ------------------------------------------------------------------------

export function badExpr(p: Parser, pos = p.pos, end = pos): ast.BadExpr {
  return { kind: 'BadExpr', id: id(p), pos, end };
}

export function newIdent(p: Parser, pos: number, name: string, end = pos + name.length): ast.Ident {
  return { kind: 'Ident', id: id(p), pos, end, name };
}

/** identifier; on error an Ident "_" (zero width) after reporting "expected name". */
export function name(p: Parser): ast.Ident {
  if (p.tok === Tok.Name) {
    const n = newIdent(p, p.pos, p.lit);
    next(p);
    return n;
  }
  const n = newIdent(p, p.pos, '_', p.pos);
  syntaxError(p, 'expected name');
  advance(p);
  return n;
}

/** IdentifierList = identifier { "," identifier } . The first name is given. */
export function nameList(p: Parser, first: ast.Ident): ast.Ident[] {
  const l = [first];
  while (got(p, Tok.Comma)) l.push(name(p));
  return l;
}

/**
 * list = [ f { sep f } [sep] ] close . Calls f for each element until it returns true;
 * returns the position of the closing token.
 */
export function list(p: Parser, context: string, sep: Tok, close: Tok, f: () => boolean): number {
  let done = false;
  while (p.tok !== Tok.EOF && p.tok !== close && !done) {
    done = f();
    // sep is optional before close
    if (!got(p, sep) && p.tok !== close) {
      syntaxError(p, `in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
      advance(p, Tok.Rparen, Tok.Rbrack, Tok.Rbrace);
      if (p.tok !== close) {
        // position could be better but we had an error so we don't care
        return p.pos;
      }
    }
  }
  const pos = p.pos;
  want(p, close);
  return pos;
}

/** A basic literal if the current token is one, else null. */
export function oliteral(p: Parser): ast.BasicLit | null {
  if (p.tok === Tok.Literal) {
    const b: ast.BasicLit = { kind: 'BasicLit', id: id(p), pos: p.pos, end: p.end, litKind: p.kind, value: p.lit };
    if (p.bad) b.bad = true;
    next(p);
    return b;
  }
  return null;
}
