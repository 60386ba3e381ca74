/**
 * String conversions against real Go (recorded: go/strings): range over (invalid) UTF-8,
 * []rune round trips, string(rune) of invalid runes, and the capacity []byte(s) gets.
 */
import { describe, expect, it } from 'vitest';
import { bytesCap, bytesToText, decodeRune, encodeRune, intstring, rangeString, runeCount, slicebytetostring, slicerunetostring, stringtoslicebyte, stringtoslicerune, textToBytes } from '../../../src/sim/runtime/strings';
import { recorded } from './harness';

const lines = recorded('strings')[0].stdout.split('\n');
const inputs = ['héllo, 世界', 'a\xffb', '\xe4\xb8', '\xed\xa0\x80x', '\xc0\xafz', '\xf4\x90\x80\x80', '🙂!'];
// Go source literals are UTF-8: encode the non-byte characters, keep \x escapes as bytes
const goString = (s: string): string => [...s].map((ch) => (ch.codePointAt(0)! > 0xff ? textToBytes(ch) : ch === 'é' ? textToBytes(ch) : ch)).join('');
const U = (r: number): string => 'U+' + r.toString(16).toUpperCase().padStart(4, '0');

describe('strings match Go', () => {
  inputs.forEach((src, i) => {
    it(`range over ${JSON.stringify(src)}`, () => {
      const s = goString(src);
      const ranged = rangeString(s).map(([at, r]) => `${at}:${U(r)} `).join('');
      const want = lines[i];
      expect(ranged + `| ${runeCount(s)} runes`).toBe(want.slice(0, want.lastIndexOf(' runes') + 6));
      expect(stringtoslicerune(s).len).toBe(runeCount(s));
      // string([]rune(s)) replaces each invalid byte with U+FFFD
      const rt = slicerunetostring(stringtoslicerune(s));
      expect(bytesToText(rt)).toBe(JSON.parse(want.slice(want.lastIndexOf(' runes') + 7)));
    });
  });
  it('string(rune) of invalid runes is "\\uFFFD"', () => {
    const toks = lines[7].trim().split(' ');
    const unq = (t: string): string => (t === '"\\U0010ffff"' ? encodeRune(0x10ffff) : t === '"\\x00"' ? '\x00' : textToBytes(JSON.parse(t)));
    const got = [-1, 0x41, 0xd800, 0x10ffff, 0x110000, 0].map((r) => intstring(r)); // rune(1<<40) == 0
    expect(got).toEqual(toks.map(unq));
  });
  it('[]byte(s) capacity: len when not escaping, size class when escaping', () => {
    const got = [0, 1, 3, 8, 9, 31, 32, 33, 100].map((n) => `${n}:${bytesCap(n, false)}/${bytesCap(n, true)}`).join(' ');
    expect(got).toBe(lines[8].trim());
  });
  it('round trips and decoder edge cases', () => {
    const s = textToBytes('héllo, 世界');
    expect(slicebytetostring(stringtoslicebyte(s))).toBe(s);
    expect(decodeRune('\xf0\x9f\x99\x82', 0)).toEqual([0x1f642, 4]);
    expect(decodeRune('\xf0\x9f\x99', 0)).toEqual([0xfffd, 1]);
    expect(decodeRune('\xe0\x80\x80', 0)).toEqual([0xfffd, 1]); // overlong
    expect(bytesToText('a\xffb')).toBe('a\ufffdb');
    expect(stringtoslicebyte('ab', 8).cap).toBe(8);
  });
});
