// This file tests the scanner on the lexical forms of the Go spec (https://go.dev/ref/spec#Lexical_elements):
// every valid literal form scans as one token of the right kind without a diagnostic, and
// automatic semicolons appear exactly where the spec puts them. (Invalid forms are covered by
// the recorded error corpus, whose messages come from gc.)
import { describe, expect, it } from 'vitest';
import { newScanner, next } from '../../../src/sim/syntax/scanner';
import { Tok, tokenString } from '../../../src/sim/syntax/token';

function scan(src: string): { toks: string[]; errors: string[] } {
  const errors: string[] = [];
  const s = newScanner(src, (pos, msg) => errors.push(`${pos}: ${msg}`));
  const toks: string[] = [];
  for (;;) {
    next(s);
    if (s.tok === Tok.EOF) break;
    switch (s.tok) {
      case Tok.Name: toks.push(`name ${s.lit}`); break;
      case Tok.Literal: toks.push(`${s.kind} ${s.lit}`); break;
      case Tok.Semi: toks.push(`; ${s.lit}`); break;
      case Tok.Operator: case Tok.Star: case Tok.AssignOp: case Tok.IncOp: toks.push(`${tokenString(s.tok)} ${s.op}`); break;
      default: toks.push(tokenString(s.tok));
    }
    if (toks.length > 1000) break;
  }
  return { toks, errors };
}

describe('scanner', () => {
  const literals: [string, string][] = [
    // https://go.dev/ref/spec#Integer_literals
    ['42', 'INT'], ['4_2', 'INT'], ['0600', 'INT'], ['0_600', 'INT'], ['0o600', 'INT'], ['0O600', 'INT'],
    ['0xBadFace', 'INT'], ['0xBad_Face', 'INT'], ['0x_67_7a_2f_cc_40_c6', 'INT'], ['0b1011', 'INT'], ['0B_1_0', 'INT'],
    ['170141183460469231731687303715884105727', 'INT'], ['170_141183_460469_231731_687303_715884_105727', 'INT'],
    // https://go.dev/ref/spec#Floating-point_literals
    ['0.', 'FLOAT'], ['72.40', 'FLOAT'], ['072.40', 'FLOAT'], ['2.71828', 'FLOAT'], ['1.e+0', 'FLOAT'], ['6.67428e-11', 'FLOAT'],
    ['1E6', 'FLOAT'], ['.25', 'FLOAT'], ['.12345E+5', 'FLOAT'], ['1_5.', 'FLOAT'], ['0.15e+0_2', 'FLOAT'], ['0x1p-2', 'FLOAT'],
    ['0x2.p10', 'FLOAT'], ['0x1.Fp+0', 'FLOAT'], ['0X.8p-0', 'FLOAT'], ['0X_1FFFP-16', 'FLOAT'],
    // https://go.dev/ref/spec#Imaginary_literals
    ['0i', 'IMAG'], ['0123i', 'IMAG'], ['0o123i', 'IMAG'], ['0xabci', 'IMAG'], ['0.i', 'IMAG'], ['2.71828i', 'IMAG'],
    ['1.e+0i', 'IMAG'], ['6.67428e-11i', 'IMAG'], ['1E6i', 'IMAG'], ['.25i', 'IMAG'], ['.12345E+5i', 'IMAG'], ['0x1p-2i', 'IMAG'],
    // https://go.dev/ref/spec#Rune_literals
    ["'a'", 'CHAR'], ["'ä'", 'CHAR'], ["'本'", 'CHAR'], ["'\\t'", 'CHAR'], ["'\\000'", 'CHAR'], ["'\\007'", 'CHAR'],
    ["'\\377'", 'CHAR'], ["'\\x07'", 'CHAR'], ["'\\xff'", 'CHAR'], ["'\\u12e4'", 'CHAR'], ["'\\U00101234'", 'CHAR'],
    ["'\\''", 'CHAR'], ["'😀'", 'CHAR'],
    // https://go.dev/ref/spec#String_literals
    ['`abc`', 'STRING'], ['`\\n\n\\n`', 'STRING'], ['"\\n"', 'STRING'], ['"\\""', 'STRING'], ['"Hello, world!\\n"', 'STRING'],
    ['"日本語"', 'STRING'], ['"\\u65e5本\\U00008a9e"', 'STRING'], ['"\\xff\\u00FF"', 'STRING'], ['"\\uD7FF"', 'STRING'],
  ];
  for (const [lit, kind] of literals) {
    it(`scans ${JSON.stringify(lit)} as ${kind}`, () => {
      expect(scan(lit)).toEqual({ toks: [`${kind} ${lit}`, '; EOF'], errors: [] });
    });
  }

  it('scans identifiers with Unicode letters and keywords', () => {
    expect(scan('a _x9 ThisVariableIsExported αβ 日本 func break').toks)
      .toEqual(['name a', 'name _x9', 'name ThisVariableIsExported', 'name αβ', 'name 日本', 'func', 'break', '; EOF']);
  });

  it('inserts semicolons after a line\'s final token as the spec says', () => {
    expect(scan('x\n1\n"s"\nbreak\ncontinue\nfallthrough\nreturn\ni++\ni--\n)\n]\n}\n').toks.filter((t) => t.startsWith(';')))
      .toEqual(Array(12).fill('; newline'));
    expect(scan('a +\nb').toks).toEqual(['name a', 'op +', 'name b', '; EOF']);
    expect(scan('f(\n)').toks).toEqual(['name f', '(', ')', '; EOF']);
    expect(scan('x /* multi\nline */ y').toks).toEqual(['name x', '; newline', 'name y', '; EOF']);
    expect(scan('x /* one line */ y').toks).toEqual(['name x', 'name y', '; EOF']);
    expect(scan('x // comment\ny').toks).toEqual(['name x', '; newline', 'name y', '; EOF']);
    expect(scan('x;y').toks).toEqual(['name x', '; semicolon', 'name y', '; EOF']);
  });

  it('scans every operator and punctuation', () => {
    expect(scan('+ & += &= && == != ( ) - | -= |= || < <= [ ] * ^ *= ^= <- > >= { } / << /= <<= ++ = := , ; % >> %= >>= -- ! ... . : &^ &^= ~').toks)
      .toEqual([
        'op +', 'op &', 'op= +', 'op= &', 'op &&', 'op ==', 'op !=', '(', ')', 'op -', 'op |', 'op= -', 'op= |', 'op ||',
        'op <', 'op <=', '[', ']', '* *', 'op ^', 'op= *', 'op= ^', '<-', 'op >', 'op >=', '{', '}', 'op /', 'op <<',
        'op= /', 'op= <<', 'opop +', '=', ':=', ',', '; semicolon', 'op %', 'op >>', 'op= %', 'op= >>', 'opop -', 'op !',
        '...', '.', ':', 'op &^', 'op= &^', 'op ~',
      ]);
  });

  it('skips a leading BOM and reports NUL', () => {
    expect(scan('\ufeffx')).toEqual({ toks: ['name x', '; EOF'], errors: [] });
    expect(scan('x\u0000y').errors).toEqual(['1: invalid NUL character']);
  });
});
