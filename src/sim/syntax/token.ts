/**
 * This file implements the tokens of Go source text, as cmd/compile/internal/syntax/tokens.go
 * defines them (https://go.dev/ref/spec#Tokens).
 *
 * Operators are grouped the way gc's parser wants them: `Operator` is any binary/unary operator
 * except `*` (`Star`, which is also the pointer type constructor), `AssignOp` is `op=`, `IncOp`
 * is `++`/`--`. The scanner gives an operator token its spelling (`op`) and binary precedence
 * (`prec`, 0 for unary-only operators `!` and `~`).
 *
 * Invariant: `Tok` values are small integers (< 64): token sets are 64-entry tables (state.ts advance).
 */

/**
 * Token kinds. A plain object of numbers rather than a TypeScript enum, on purpose: the parser
 * tests `p.tok` again after calls that advance the scanner, and enum literal types would make
 * TypeScript narrow `p.tok` across those calls and reject the later tests.
 */
export type Tok = number;
export const Tok = {
  None: 0,
  EOF: 1,
  // names and literals
  Name: 2,
  Literal: 3,
  // operators and operations
  Operator: 4,  // op (excluding *)
  AssignOp: 5,  // op=
  IncOp: 6,  // ++ --
  Assign: 7,  // =
  Define: 8,  // :=
  Arrow: 9,  // <-
  Star: 10,  // *
  // delimiters
  Lparen: 11,
  Lbrack: 12,
  Lbrace: 13,
  Rparen: 14,
  Rbrack: 15,
  Rbrace: 16,
  Comma: 17,
  Semi: 18,
  Colon: 19,
  Dot: 20,
  DotDotDot: 21,
  // keywords
  Break: 22,
  Case: 23,
  Chan: 24,
  Const: 25,
  Continue: 26,
  Default: 27,
  Defer: 28,
  Else: 29,
  Fallthrough: 30,
  For: 31,
  Func: 32,
  Go: 33,
  Goto: 34,
  If: 35,
  Import: 36,
  Interface: 37,
  Map: 38,
  Package: 39,
  Range: 40,
  Return: 41,
  Select: 42,
  Struct: 43,
  Switch: 44,
  Type: 45,
  Var: 46,
};

/** gc's token.String() spellings (tokens.go line comments). */
const TOKEN_STRINGS: readonly string[] = [
  '', 'EOF', 'name', 'literal', 'op', 'op=', 'opop', '=', ':=', '<-', '*',
  '(', '[', '{', ')', ']', '}', ',', ';', ':', '.', '...',
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select',
  'struct', 'switch', 'type', 'var',
];

export function tokenString(t: Tok): string {
  return TOKEN_STRINGS[t] ?? '?';
}

/** The keywords (https://go.dev/ref/spec#Keywords). */
export const KEYWORDS: ReadonlyMap<string, Tok> = new Map<string, Tok>(
  TOKEN_STRINGS.slice(Tok.Break, Tok.Var + 1).map((s, i) => [s, Tok.Break + i]),
);

/**
 * gc's perfect hash for keywords (scanner.go `hash`): index into KEYWORD_TABLE from the first two
 * characters and the length of a word (of length >= 2). A word is a keyword iff the table entry at
 * its hash spells it.
 */
export function keywordHash(c0: number, c1: number, len: number): number {
  return (((c0 << 4) ^ c1) + len) & 63;
}

/** KEYWORD_TABLE[keywordHash(w)] is the keyword w, or '' (no keyword has that hash). */
export const KEYWORD_TABLE: readonly string[] = (() => {
  const t: string[] = Array(64).fill('');
  for (const w of KEYWORDS.keys()) {
    const h = keywordHash(w.charCodeAt(0), w.charCodeAt(1), w.length);
    if (t[h] !== '') throw new Error('internal error: imperfect keyword hash');
    t[h] = w;
  }
  return t;
})();

export function isKeyword(t: Tok): boolean {
  return t >= Tok.Break && t <= Tok.Var;
}

/**
 * The English word for a token in error messages (gc's tokstring): `comma`,
 * `semicolon or newline`, `keyword func`, else the token's spelling.
 */
export function tokstring(t: Tok): string {
  switch (t) {
    case Tok.Comma: return 'comma';
    case Tok.Semi: return 'semicolon or newline';
  }
  const s = tokenString(t);
  return isKeyword(t) ? 'keyword ' + s : s;
}

/** Binary operator precedences (https://go.dev/ref/spec#Operator_precedence). */
export const PREC_OROR = 1;
export const PREC_ANDAND = 2;
export const PREC_CMP = 3;
export const PREC_ADD = 4;
export const PREC_MUL = 5;

/** Literal kinds, as gc's LitKind; the AST spells them as go/token does. */
export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';
