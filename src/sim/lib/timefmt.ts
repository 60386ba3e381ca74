/**
 * This file implements the calendar and layout parts of package time for the simulator:
 * civil (seconds since year 1 → UTC fields), daysSinceEpoch (Date's normalisation), a formatter
 * for Go layouts (/usr/local/go/src/time/format.go: 2006 01 Jan January 02 _2 15 03 04 05 PM MST
 * -0700 Z07:00 Mon Monday .000 .999 002 …; every Time is in UTC in the simulator), Time.String's
 * monotonic suffix, and ParseDuration with Go's error messages.
 */

export const unixToInternal = 62135596800;

const longDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Civil { year: number; month: number; day: number; hour: number; min: number; sec: number; wday: number; yday: number; }

/** UTC calendar fields of `sec` seconds since January 1, year 1. */
export function civil(sec: number): Civil {
  const unix = sec - unixToInternal;
  const days = Math.floor(unix / 86400);
  const rem = unix - days * 86400;
  const d = new Date(0);
  d.setTime(days * 86400000);
  const year = d.getUTCFullYear();
  const start = new Date(0);
  start.setUTCFullYear(year, 0, 1);
  start.setUTCHours(0, 0, 0, 0);
  const yday = Math.round((d.getTime() - start.getTime()) / 86400000) + 1;
  return {
    year, month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: Math.floor(rem / 3600), min: Math.floor((rem % 3600) / 60), sec: rem % 60,
    wday: d.getUTCDay(), yday,
  };
}

export function daysSinceEpoch(year: number, month: number, day: number): number | bigint {
  // days_from_civil (H. Hinnant) in BigInt, after normalising the month into the year as Date does:
  // exact for any year, wrapping to int64 where Go's own arithmetic would overflow
  const fdiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));
  const m0 = BigInt(Math.trunc(month)) - 1n;
  let y = BigInt(Math.trunc(year)) + fdiv(m0, 12n);
  const m = m0 - fdiv(m0, 12n) * 12n + 1n;
  if (m <= 2n) y -= 1n;
  const era = fdiv(y, 400n);
  const yoe = y - era * 400n;
  const doy = (153n * ((m + 9n) % 12n) + 2n) / 5n + BigInt(Math.trunc(day)) - 1n;
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  const r = BigInt.asIntN(64, era * 146097n + doe - 719468n);
  return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}

const pad = (n: number, w: number, c = '0'): string => { const s = String(Math.abs(n)); return (n < 0 ? '-' : '') + (s.length < w ? c.repeat(w - s.length) + s : s); };

/** Formats with a Go layout. The zone is always UTC (offset 0, name "UTC"). */
export function formatLayout(sec: number, nsec: number, layout: string): string {
  const c = civil(sec);
  let out = '';
  let i = 0;
  const std = (tok: string): boolean => layout.startsWith(tok, i);
  while (i < layout.length) {
    if (std('January')) { out += longMonths[c.month - 1]; i += 7; continue; }
    if (std('Jan')) { out += longMonths[c.month - 1].slice(0, 3); i += 3; continue; }
    if (std('Monday')) { out += longDays[c.wday]; i += 6; continue; }
    if (std('Mon')) { out += longDays[c.wday].slice(0, 3); i += 3; continue; }
    if (std('MST')) { out += 'UTC'; i += 3; continue; }
    if (std('2006')) { out += pad(c.year, 4); i += 4; continue; }
    if (std('2')) {
      if (std('2006')) { out += pad(c.year, 4); i += 4; continue; }
      out += String(c.day); i += 1; continue;
    }
    if (std('_2')) {
      if (std('_2006')) { out += '_' + pad(c.year, 4); i += 5; continue; }
      out += pad(c.day, 2, ' '); i += 2; continue;
    }
    if (std('__2')) { out += pad(c.yday, 3, ' '); i += 3; continue; }
    if (std('002')) { out += pad(c.yday, 3); i += 3; continue; }
    if (std('01')) { out += pad(c.month, 2); i += 2; continue; }
    if (std('02')) { out += pad(c.day, 2); i += 2; continue; }
    if (std('03')) { out += pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2); i += 2; continue; }
    if (std('04')) { out += pad(c.min, 2); i += 2; continue; }
    if (std('05')) { out += pad(c.sec, 2); i += 2; continue; }
    if (std('06')) { out += pad(c.year % 100, 2); i += 2; continue; }
    if (std('15')) { out += pad(c.hour, 2); i += 2; continue; }
    if (std('1')) { out += String(c.month); i += 1; continue; }
    if (std('3')) { out += String(c.hour % 12 === 0 ? 12 : c.hour % 12); i += 1; continue; }
    if (std('4')) { out += String(c.min); i += 1; continue; }
    if (std('5')) { out += String(c.sec); i += 1; continue; }
    if (std('PM')) { out += c.hour >= 12 ? 'PM' : 'AM'; i += 2; continue; }
    if (std('pm')) { out += c.hour >= 12 ? 'pm' : 'am'; i += 2; continue; }
    if (std('-07:00:00')) { out += '+00:00:00'; i += 9; continue; }
    if (std('-0700')) { out += '+0000'; i += 5; continue; }
    if (std('-07:00')) { out += '+00:00'; i += 6; continue; }
    if (std('-07')) { out += '+00'; i += 3; continue; }
    if (std('Z07:00:00')) { out += 'Z'; i += 9; continue; }
    if (std('Z0700')) { out += 'Z'; i += 5; continue; }
    if (std('Z07:00')) { out += 'Z'; i += 6; continue; }
    if (std('Z07')) { out += 'Z'; i += 3; continue; }
    if ((layout[i] === '.' || layout[i] === ',') && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
      const ch = layout[i + 1];
      let j = i + 1;
      while (j < layout.length && layout[j] === ch) j++;
      // a fractional second only when not followed by a digit
      if (!(j < layout.length && layout[j] >= '0' && layout[j] <= '9')) {
        const n = j - i - 1;
        let frac = pad(nsec, 9).slice(0, n);
        if (ch === '9') {
          frac = frac.replace(/0+$/, '');
          if (frac !== '') out += layout[i] + frac;
        } else out += layout[i] + frac;
        i = j;
        continue;
      }
    }
    out += layout[i];
    i++;
  }
  return out;
}

/** Time.String's " m=+0.000000001" suffix for a monotonic reading in nanoseconds. */
export function monoSuffix(mono: number): string {
  const sign = mono < 0 ? '-' : '+';
  const m = Math.abs(mono);
  return ' m=' + sign + Math.floor(m / 1e9) + '.' + pad(m % 1e9, 9);
}

const lowerhex = '0123456789abcdef';

/** time's own quote (format.go quote). */
function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c < 0x20) {
      // escape the bytes of this (possibly invalid) rune
      let width = 1;
      if (c >= 0xc2 && c < 0xe0) width = 2; else if (c >= 0xe0 && c < 0xf0) width = 3; else if (c >= 0xf0 && c < 0xf5) width = 4;
      if (c < 0x80) width = 1;
      for (let j = 0; j < width && i + j < s.length; j++) {
        const b = s.charCodeAt(i + j);
        out += '\\x' + lowerhex[b >> 4] + lowerhex[b & 0xf];
      }
      i += width;
      continue;
    }
    if (c === 0x22 || c === 0x5c) out += '\\';
    out += s[i];
    i++;
  }
  return out + '"';
}

const unitMap: Record<string, bigint> = {
  ns: 1n, us: 1000n, '\xc2\xb5s': 1000n, '\xce\xbcs': 1000n, ms: 1000000n, s: 1000000000n, m: 60000000000n, h: 3600000000000n,
};

/** ParseDuration: [nanoseconds, ''] or [0n, Go's error message]. */
export function parseDuration(orig: string): [bigint, string] {
  let s = orig;
  let d = 0n;
  let neg = false;
  const bad = (): [bigint, string] => [0n, 'time: invalid duration ' + quote(orig)];
  const LIM = 1n << 63n;
  if (s !== '') { const c = s[0]; if (c === '-' || c === '+') { neg = c === '-'; s = s.slice(1); } }
  if (s === '0') return [0n, ''];
  if (s === '') return bad();
  const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
  while (s !== '') {
    let v = 0n, f = 0n, scale = 1;
    if (!(s[0] === '.' || isDigit(s[0]))) return bad();
    const pl = s.length;
    let i = 0;
    for (; i < s.length && isDigit(s[i]); i++) {
      if (v > LIM / 10n) return bad();
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > LIM) return bad();
    }
    s = s.slice(i);
    const pre = pl !== s.length;
    let post = false;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      const pl2 = s.length;
      let overflow = false;
      let k = 0;
      for (; k < s.length && isDigit(s[k]); k++) {
        if (overflow) continue;
        if (f > (LIM - 1n) / 10n) { overflow = true; continue; }
        const y = f * 10n + BigInt(s.charCodeAt(k) - 48);
        if (y > LIM) { overflow = true; continue; }
        f = y;
        scale *= 10;
      }
      s = s.slice(k);
      post = pl2 !== s.length;
    }
    if (!pre && !post) return bad();
    let u = 0;
    for (; u < s.length; u++) { const ch = s[u]; if (ch === '.' || isDigit(ch)) break; }
    if (u === 0) return [0n, 'time: missing unit in duration ' + quote(orig)];
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = unitMap[unitName];
    if (unit === undefined) return [0n, 'time: unknown unit ' + quote(unitName) + ' in duration ' + quote(orig)];
    if (v > LIM / unit) return bad();
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIM) return bad();
    }
    d += v;
    if (d > LIM) return bad();
  }
  if (neg) return [-d, ''];
  if (d > LIM - 1n) return bad();
  return [d, ''];
}
