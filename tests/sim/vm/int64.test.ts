/**
 * This file tests vm/int64.ts against BigInt reference arithmetic: every result must equal the
 * exact result wrapped to 64 bits (https://go.dev/ref/spec#Integer_overflow) and be canonical
 * (a number iff it is a safe integer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as I from '../../../src/sim/vm/int64';

const canonOf = (b: bigint): number | bigint => (b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);
const s64 = (b: bigint) => canonOf(BigInt.asIntN(64, b));
const u64 = (b: bigint) => canonOf(BigInt.asUintN(64, b));
const arbS = fc.oneof(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }), fc.integer({ min: -1000, max: 1000 }).map(BigInt));
const arbU = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 54n }), fc.integer({ min: 0, max: 1000 }).map(BigInt));

describe('signed 64-bit arithmetic', () => {
  it('add, sub, mul wrap and stay canonical', () => {
    fc.assert(fc.property(arbS, arbS, (a, b) => {
      const x = canonOf(a), y = canonOf(b);
      expect(I.addS(x, y)).toBe(s64(a + b));
      expect(I.subS(x, y)).toBe(s64(a - b));
      expect(I.mulS(x, y)).toBe(s64(a * b));
    }), { numRuns: 2000 });
  });
  it('div and rem truncate toward zero; MinInt64 / -1 wraps', () => {
    fc.assert(fc.property(arbS, arbS.filter((b) => b !== 0n), (a, b) => {
      const x = canonOf(a), y = canonOf(b);
      expect(I.divS(x, y)).toBe(s64(a / b));
      expect(I.remS(x, y)).toBe(s64(a % b));
    }), { numRuns: 2000 });
    expect(I.divS(-(2n ** 63n), -1)).toBe(-(2n ** 63n));
  });
  it('shifts, including counts of 64 and more', () => {
    fc.assert(fc.property(arbS, fc.integer({ min: 0, max: 70 }), (a, n) => {
      const x = canonOf(a);
      expect(I.shl64(x, n, false)).toBe(n >= 64 ? 0 : s64(a << BigInt(n)));
      expect(I.shr64(x, n)).toBe(n >= 64 ? (a < 0n ? -1 : 0) : s64(a >> BigInt(n)));
    }), { numRuns: 2000 });
  });
  it('bitwise operators', () => {
    fc.assert(fc.property(arbS, arbS, (a, b) => {
      const x = canonOf(a), y = canonOf(b);
      expect(I.and64(x, y, false)).toBe(s64(a & b));
      expect(I.or64(x, y, false)).toBe(s64(a | b));
      expect(I.xor64(x, y, false)).toBe(s64(a ^ b));
      expect(I.andNot64(x, y, false)).toBe(s64(a & ~b));
      expect(I.not64(x, false)).toBe(s64(~a));
    }), { numRuns: 1000 });
  });
});

describe('unsigned 64-bit arithmetic', () => {
  it('add, sub, mul, div, rem, shifts wrap modulo 2^64', () => {
    fc.assert(fc.property(arbU, arbU, fc.integer({ min: 0, max: 70 }), (a, b, n) => {
      const x = canonOf(a), y = canonOf(b);
      expect(I.addU(x, y)).toBe(u64(a + b));
      expect(I.subU(x, y)).toBe(u64(a - b));
      expect(I.mulU(x, y)).toBe(u64(a * b));
      if (b !== 0n) { expect(I.divU(x, y)).toBe(u64(a / b)); expect(I.remU(x, y)).toBe(u64(a % b)); }
      expect(I.shl64(x, n, true)).toBe(n >= 64 ? 0 : u64(a << BigInt(n)));
      expect(I.and64(x, y, true)).toBe(u64(a & b));
      expect(I.negU(x)).toBe(u64(-a));
    }), { numRuns: 2000 });
  });
});

describe('conversions', () => {
  it('convInt wraps to every integer kind', () => {
    const kinds: [string, number, boolean][] = [['int8', 8, true], ['int16', 16, true], ['int32', 32, true], ['uint8', 8, false], ['uint16', 16, false], ['uint32', 32, false], ['int64', 64, true], ['uint64', 64, false]];
    fc.assert(fc.property(arbS, (a) => {
      for (const [k, bits, signed] of kinds) {
        const want = signed ? BigInt.asIntN(bits, a) : BigInt.asUintN(bits, a);
        const got = I.convInt(canonOf(a), k);
        expect(BigInt(got)).toBe(want);
        if (bits < 64) expect(typeof got).toBe('number');
      }
    }), { numRuns: 1000 });
  });
  it('floatToInt truncates toward zero', () => {
    expect(I.floatToInt(3.99, 'int')).toBe(3);
    expect(I.floatToInt(-3.99, 'int')).toBe(-3);
    expect(I.floatToInt(1e19, 'uint64')).toBe(10000000000000000000n);
    expect(I.floatToInt(-0.5, 'int')).toBe(0);
  });
});
