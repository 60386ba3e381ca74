// Unit tests of exact constant arithmetic (src/sim/types/constant.ts).
import { describe, expect, it } from 'vitest';
import * as k from '../../../src/sim/types/constant';

describe('constant', () => {
  it('parses literals exactly', () => {
    expect(k.fromLiteral('INT', '0x1F')).toEqual({ kind: 'int', value: 31n });
    expect(k.fromLiteral('INT', '0o17')).toEqual({ kind: 'int', value: 15n });
    expect(k.fromLiteral('INT', '017')).toEqual({ kind: 'int', value: 15n });
    expect(k.fromLiteral('INT', '1_000_000')).toEqual({ kind: 'int', value: 1000000n });
    expect(k.fromLiteral('FLOAT', '2.5')).toEqual({ kind: 'float', num: 5n, den: 2n });
    expect(k.fromLiteral('FLOAT', '1e3')).toEqual({ kind: 'float', num: 1000n, den: 1n });
    expect(k.fromLiteral('FLOAT', '0x1p-2')).toEqual({ kind: 'float', num: 1n, den: 4n });
    expect(k.fromLiteral('CHAR', "'a'")).toEqual({ kind: 'int', value: 97n });
    expect(k.fromLiteral('CHAR', "'\\n'")).toEqual({ kind: 'int', value: 10n });
    expect(k.fromLiteral('CHAR', "'é'")).toEqual({ kind: 'int', value: 233n });
    expect(k.fromLiteral('STRING', '"é\\x41"')).toEqual({ kind: 'string', value: '\xc3\xa9A' });
    expect(k.fromLiteral('STRING', '`a\\n`')).toEqual({ kind: 'string', value: 'a\\n' });
  });

  it('computes exactly and checks representability', () => {
    const third = k.binaryOp(k.intVal(1n), '/', k.fromLiteral('FLOAT', '3.0'));
    expect(third).toEqual({ kind: 'float', num: 1n, den: 3n });
    expect(k.binaryOp(k.intVal(-7n), '/', k.intVal(2n), true)).toEqual(k.intVal(-3n));
    expect(k.binaryOp(k.intVal(-7n), '%', k.intVal(2n), true)).toEqual(k.intVal(-1n));
    expect(k.shift(k.intVal(1n), '<<', 100)).toEqual(k.intVal(2n ** 100n));
    expect(k.representable(k.intVal(300n), 'int8')).toBeNull();
    expect(k.representable(k.intVal(-1n), 'uint')).toBeNull();
    expect(k.representable(k.intVal(255n), 'uint8')).toEqual(k.intVal(255n));
    expect(k.representable(third, 'int')).toBeNull();
    expect(k.toNumber(k.representable(third, 'float64')!)).toBe(1 / 3);
    expect(k.representable(k.shift(k.intVal(1n), '<<', 1024), 'float64')).toBeNull();
    expect(k.unaryOp('^', k.intVal(0n), 8)).toEqual(k.intVal(255n));
    expect(k.unaryOp('^', k.intVal(0n))).toEqual(k.intVal(-1n));
    expect(k.compare(third, '<', k.fromLiteral('FLOAT', '0.34'))).toBe(true);
  });

  it('rounds rationals to the nearest float64', () => {
    expect(k.ratToNumber(1n, 10n)).toBe(0.1);
    expect(k.ratToNumber(2n ** 53n + 1n, 1n)).toBe(2 ** 53);
    expect(k.ratToNumber(-(10n ** 400n), 1n)).toBe(-Infinity);
  });

  it('prints values as go/constant does in error messages', () => {
    expect(k.constString(k.fromLiteral('FLOAT', '2.5'))).toBe('2.5');
    expect(k.constString(k.fromLiteral('FLOAT', '2.0'))).toBe('2');
    expect(k.constString(k.fromLiteral('FLOAT', '1e100'))).toBe('1e+100');
    expect(k.constString(k.fromLiteral('FLOAT', '3.14159265358979'))).toBe('3.14159');
    expect(k.constString(k.strVal('a"b\n'))).toBe('"a\\"b\\n"');
    expect(k.constString(k.strVal('x'.repeat(100)))).toBe('"' + 'x'.repeat(68) + '...');
  });
});
