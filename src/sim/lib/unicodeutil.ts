/**
 * This file implements lookups in the generated Unicode tables (tables/unicode.gen.ts, computed
 * from the installed Go's unicode and strconv packages): rune classes and case mappings.
 */
import { caseDeltas, preds, tables } from './tables/unicode.gen';

function inRanges(a: readonly number[], r: number): boolean {
  let lo = 0, hi = (a.length >> 1) - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (r < a[2 * m]) hi = m - 1;
    else if (r > a[2 * m + 1]) lo = m + 1;
    else return true;
  }
  return false;
}

function applyDelta(a: readonly number[], r: number): number {
  let lo = 0, hi = (a.length >> 2) - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (r < a[4 * m]) hi = m - 1;
    else if (r > a[4 * m + 1]) lo = m + 1;
    else return (r - a[4 * m]) % a[4 * m + 2] === 0 ? r + a[4 * m + 3] : r;
  }
  return r;
}

export type PredName = 'IsLetter' | 'IsUpper' | 'IsLower' | 'IsTitle' | 'IsDigit' | 'IsNumber' | 'IsMark'
  | 'IsPunct' | 'IsSymbol' | 'IsSpace' | 'IsControl' | 'IsPrint' | 'IsGraphic' | 'strconvIsPrint' | 'strconvIsGraphic';

export function runeIs(pred: PredName, r: number): boolean {
  if (r < 0x80) {
    // fast paths identical to Go's ASCII cases
    switch (pred) {
      case 'IsLetter': return (r | 0x20) >= 0x61 && (r | 0x20) <= 0x7a;
      case 'IsUpper': return r >= 0x41 && r <= 0x5a;
      case 'IsLower': return r >= 0x61 && r <= 0x7a;
      case 'IsDigit': case 'IsNumber': return r >= 0x30 && r <= 0x39;
      case 'IsSpace': return r === 0x20 || (r >= 0x09 && r <= 0x0d);
    }
  }
  return inRanges(preds[pred], r);
}

export function inTable(name: string, r: number): boolean {
  const t = tables[name];
  return t !== undefined && inRanges(t, r);
}

export type CaseName = 'ToUpper' | 'ToLower' | 'ToTitle' | 'SimpleFold';

export function mapCase(which: CaseName, r: number): number {
  if (r < 0x80 && which !== 'SimpleFold') {
    if (which === 'ToLower') return r >= 0x41 && r <= 0x5a ? r + 32 : r;
    return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  }
  if (r < 0 || r > 0x10ffff) return r;
  return applyDelta(caseDeltas[which], r);
}
