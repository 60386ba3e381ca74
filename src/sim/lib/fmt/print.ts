/**
 * This file implements fmt's printer (/usr/local/go/src/fmt/print.go): Sprint, Sprintln, Sprintf
 * and the %w bookkeeping of Errorf, over the VM's value representation (vm/values.ts) with the
 * checker's types as reflection. It is a port of pp: printArg (operands of basic unnamed types
 * are formatted directly; everything else goes through handleMethods, then printValue),
 * handleMethods (Error() before String(); GoString() for %#v; a panic inside them prints
 * `%!v(PANIC=String method: …)`, or `<nil>` for a nil pointer receiver), printValue (one case per
 * reflect.Kind; `&{…}` only at depth 0; maps sorted by key; methods of values reached through
 * unexported fields are not called, as reflect's CanInterface forbids), badVerb, doPrintf
 * (flags, width/precision with `*` and argument indexes `[n]`, MISSING/EXTRA/BADINDEX).
 *
 * Invariants: `buf` is a byte string; `arg` is the operand being printed (a Go `any`), `value` the
 * reflected value when printing below the top level; exactly one of them is set (as in pp).
 */
import { under } from '../../types/predicates';
import { runtimeTypeString } from '../../types/typestring';
import type { Signature, StructT, Type } from '../../types/type';
import { Complex, Iface, Pointer, Slice } from '../../vm/values';
import type { Int64 } from '../../vm/values';
import type { Host } from '../host';
import { Fmt, ldigits, udigits } from './format';
import { sortedEntries } from './fmtsort';
import { intFromArg, isExportedName, parseArgNumber, parsenum } from './args';
import { decodeRune, encodeRune } from '../utf8util';

type Operand = Iface | null;
interface Reflected { readonly v: unknown; readonly t: Type; }

const typeName = (t: Type): string => runtimeTypeString(t);

function isUint8(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Basic' && u.basic === 'uint8';
}

/** The bytes of a []byte value or [N]byte array as a byte string. */
export function bytesOf(v: unknown): string {
  if (v === null) return '';
  if (v instanceof Slice) {
    let s = '';
    for (let i = 0; i < v.len; i++) s += String.fromCharCode(v.arr[v.off + i] as number);
    return s;
  }
  return String.fromCharCode(...(v as number[]));
}

function toU64(v: Int64): bigint {
  return typeof v === 'bigint' ? (v < 0n ? BigInt.asUintN(64, v) : v) : v < 0 ? BigInt.asUintN(64, BigInt(v)) : BigInt(v);
}

function isStringResultNoArgs(sig: Signature): boolean {
  if (sig.params.vars.length !== 0 || sig.results.vars.length !== 1) return false;
  const r = sig.results.vars[0].type;
  return r.kind === 'Basic' && r.basic === 'string';
}

/** Whether a value of dynamic type t may have methods at all (cheap pre-check before asking the host). */
function mayHaveMethods(t: Type): boolean {
  if (t.kind === 'Named') return true;
  if (t.kind === 'Pointer') return t.elem.kind === 'Named' || (t.elem.kind === 'Struct' && t.elem.fields.some((f) => f.embedded));
  if (t.kind === 'Struct') return t.fields.some((f) => f.embedded);
  return false;
}

export class Printer {
  readonly fmt = new Fmt();
  arg: Operand = null;
  value: Reflected | null = null;
  reordered = false;
  goodArgNum = true;
  panicking = false;
  erroring = false;
  wrapErrs = false;
  wrappedErrs: number[] = [];

  constructor(readonly host: Host) {}

  get buf(): string { return this.fmt.buf; }
  write(s: string): void { this.fmt.buf += s; }
  writeRune(r: number): void { this.fmt.buf += encodeRune(r); }

  // ---- pp.fmt* ----

  fmtBool(v: boolean, verb: number): void {
    if (verb === 0x74 || verb === 0x76) this.fmt.fmtBoolean(v);
    else this.badVerb(verb);
  }

  fmt0x64(v: Int64, leading0x: boolean): void {
    const sharp = this.fmt.sharp;
    this.fmt.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, 0x76, ldigits);
    this.fmt.sharp = sharp;
  }

  fmtInteger(v: Int64, isSigned: boolean, verb: number): void {
    const f = this.fmt;
    switch (verb) {
      case 0x76: // v
        if (f.sharpV && !isSigned) this.fmt0x64(v, true);
        else f.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      case 0x64: f.fmtInteger(v, 10, isSigned, verb, ldigits); return; // d
      case 0x62: f.fmtInteger(v, 2, isSigned, verb, ldigits); return; // b
      case 0x6f: case 0x4f: f.fmtInteger(v, 8, isSigned, verb, ldigits); return; // o O
      case 0x78: f.fmtInteger(v, 16, isSigned, verb, ldigits); return; // x
      case 0x58: f.fmtInteger(v, 16, isSigned, verb, udigits); return; // X
      case 0x63: f.fmtC(toU64(v)); return; // c
      case 0x71: f.fmtQc(toU64(v)); return; // q
      case 0x55: f.fmtUnicode(toU64(v)); return; // U
      default: this.badVerb(verb);
    }
  }

  fmtFloat(v: number, size: 32 | 64, verb: number): void {
    switch (verb) {
      case 0x76: this.fmt.fmtFloat(v, size, 'g', -1); return;
      case 0x62: case 0x67: case 0x47: case 0x78: case 0x58:
        this.fmt.fmtFloat(v, size, String.fromCharCode(verb), -1); return;
      case 0x66: case 0x65: case 0x45:
        this.fmt.fmtFloat(v, size, String.fromCharCode(verb), 6); return;
      case 0x46: this.fmt.fmtFloat(v, size, 'f', 6); return;
      default: this.badVerb(verb);
    }
  }

  fmtComplex(v: Complex, size: 64 | 128, verb: number): void {
    switch (verb) {
      case 0x76: case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: case 0x66: case 0x46: case 0x65: case 0x45: {
        const oldPlus = this.fmt.plus;
        this.write('(');
        this.fmtFloat(v.re, (size / 2) as 32 | 64, verb);
        this.fmt.plus = true;
        this.fmtFloat(v.im, (size / 2) as 32 | 64, verb);
        this.write('i)');
        this.fmt.plus = oldPlus;
        return;
      }
      default: this.badVerb(verb);
    }
  }

  fmtString(v: string, verb: number): void {
    switch (verb) {
      case 0x76: if (this.fmt.sharpV) this.fmt.fmtQ(v); else this.fmt.fmtS(v); return;
      case 0x73: this.fmt.fmtS(v); return;
      case 0x78: this.fmt.fmtSbx(v, ldigits); return;
      case 0x58: this.fmt.fmtSbx(v, udigits); return;
      case 0x71: this.fmt.fmtQ(v); return;
      default: this.badVerb(verb);
    }
  }

  /** v: the slice value (null for nil); t: its type (for the default case). */
  fmtBytes(v: unknown, t: Type, verb: number, typeString: string): void {
    const bytes = bytesOf(v);
    switch (verb) {
      case 0x76: case 0x64:
        if (this.fmt.sharpV) {
          this.write(typeString);
          if (v === null) { this.write('(nil)'); return; }
          this.write('{');
          for (let i = 0; i < bytes.length; i++) {
            if (i > 0) this.write(', ');
            this.fmt0x64(bytes.charCodeAt(i), true);
          }
          this.write('}');
        } else {
          this.write('[');
          for (let i = 0; i < bytes.length; i++) {
            if (i > 0) this.write(' ');
            this.fmt.fmtInteger(bytes.charCodeAt(i), 10, false, verb, ldigits);
          }
          this.write(']');
        }
        return;
      case 0x73: this.fmt.fmtS(bytes); return; // fmtBs == fmtS on byte strings
      case 0x78: this.fmt.fmtSbx(bytes, ldigits); return;
      case 0x58: this.fmt.fmtSbx(bytes, udigits); return;
      case 0x71: this.fmt.fmtQ(bytes); return;
      default: this.printValue(v, t, verb, 0, false);
    }
  }

  fmtPointer(v: unknown, t: Type, verb: number): void {
    const k = under(t).kind;
    if (!(k === 'Chan' || k === 'Signature' || k === 'Map' || k === 'Pointer' || k === 'Slice' ||
      (k === 'Basic' && (under(t) as { basic: string }).basic === 'unsafe.Pointer'))) {
      this.badVerb(verb);
      return;
    }
    const u = v === null ? 0 : this.host.addressOf(v);
    switch (verb) {
      case 0x76:
        if (this.fmt.sharpV) {
          this.write('(' + typeName(t) + ')(');
          if (u === 0) this.write('nil'); else this.fmt0x64(u, true);
          this.write(')');
        } else if (u === 0) this.fmt.pad('<nil>');
        else this.fmt0x64(u, !this.fmt.sharp);
        return;
      case 0x70: this.fmt0x64(u, !this.fmt.sharp); return;
      case 0x62: case 0x6f: case 0x64: case 0x78: case 0x58: this.fmtInteger(u, false, verb); return;
      default: this.badVerb(verb);
    }
  }

  // ---- errors inside verbs ----

  badVerb(verb: number): void {
    this.erroring = true;
    this.write('%!');
    this.writeRune(verb);
    this.write('(');
    if (this.arg !== null) {
      this.write(typeName(this.arg.t) + '=');
      this.printArg(this.arg, 0x76);
    } else if (this.value !== null) {
      this.write(typeName(this.value.t) + '=');
      this.printValue(this.value.v, this.value.t, 0x76, 0, false);
    } else {
      this.write('<nil>');
    }
    this.write(')');
    this.erroring = false;
  }

  private catchPanic(e: unknown, arg: Iface, verb: number, method: string): void {
    const rec = this.host.recoverFrom(e);
    if (rec === undefined) throw e;
    if (under(arg.t).kind === 'Pointer' && arg.v === null) { this.write('<nil>'); return; }
    if (this.panicking) this.host.panic(rec.value);
    const old = this.fmt.saveFlags();
    this.fmt.clearflags();
    this.write('%!');
    this.writeRune(verb);
    this.write('(PANIC=' + method + ' method: ');
    this.panicking = true;
    this.printArg(rec.value, 0x76);
    this.panicking = false;
    this.write(')');
    this.fmt.restoreFlags(old);
  }

  private callMethod(arg: Iface, fn: unknown, verb: number, method: string, then: (s: string) => void): void {
    let s: string;
    try {
      s = this.host.callSync(fn as never, []) as string;
    } catch (e) {
      this.catchPanic(e, arg, verb, method);
      return;
    }
    then(s);
  }

  handleMethods(verb: number): boolean {
    if (this.erroring) return false;
    const arg = this.arg;
    if (arg === null || !mayHaveMethods(arg.t)) {
      if (verb === 0x77) { this.badVerb(verb); return true; }
      return false;
    }
    if (verb === 0x77) {
      const m = this.host.methodOf(arg, 'Error');
      if (m === null || !isStringResultNoArgs(m.sig) || !this.wrapErrs) { this.badVerb(verb); return true; }
      verb = 0x76;
    }
    const fm = this.host.methodOf(arg, 'Format');
    if (fm !== null && fm.sig.params.vars.length === 2 && fm.sig.results.vars.length === 0) {
      const call = this.host.goFunc?.('fmt.callFormat');
      if (call !== undefined) {
        const states = this.host.local('fmt.states', () => ({ next: 1, printers: new Map<number, Printer>() }));
        const id = states.next++;
        states.printers.set(id, this);
        try {
          this.host.callSync(call, [arg, id, verb]);
        } catch (e) {
          this.catchPanic(e, arg, verb, 'Format');
        } finally {
          states.printers.delete(id);
        }
        return true;
      }
    }
    if (this.fmt.sharpV) {
      const m = this.host.methodOf(arg, 'GoString');
      if (m !== null && isStringResultNoArgs(m.sig)) {
        this.callMethod(arg, m.fn, verb, 'GoString', (s) => this.fmt.fmtS(s));
        return true;
      }
      return false;
    }
    switch (verb) {
      case 0x76: case 0x73: case 0x78: case 0x58: case 0x71: {
        const e = this.host.methodOf(arg, 'Error');
        if (e !== null && isStringResultNoArgs(e.sig)) {
          this.callMethod(arg, e.fn, verb, 'Error', (s) => this.fmtString(s, verb));
          return true;
        }
        const st = this.host.methodOf(arg, 'String');
        if (st !== null && isStringResultNoArgs(st.sig)) {
          this.callMethod(arg, st.fn, verb, 'String', (s) => this.fmtString(s, verb));
          return true;
        }
      }
    }
    return false;
  }

  // ---- operands ----

  printArg(arg: Operand, verb: number): void {
    this.arg = arg;
    this.value = null;
    if (arg === null) {
      if (verb === 0x54 || verb === 0x76) this.fmt.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    if (verb === 0x54) { this.fmt.fmtS(typeName(arg.t)); return; }
    if (verb === 0x70) { this.fmtPointer(arg.v, arg.t, 0x70); return; }
    const t = arg.t;
    if (t.kind === 'Basic') { this.printBasic(arg.v, t.basic, verb); return; }
    if (t.kind === 'Slice' && t.elem.kind === 'Basic' && t.elem.basic === 'uint8') {
      this.fmtBytes(arg.v, t, verb, '[]byte');
      return;
    }
    if (!this.handleMethods(verb)) this.printValue(arg.v, t, verb, 0, false);
  }

  private printBasic(v: unknown, kind: string, verb: number): void {
    switch (kind) {
      case 'bool': this.fmtBool(v as boolean, verb); return;
      case 'float32': this.fmtFloat(v as number, 32, verb); return;
      case 'float64': this.fmtFloat(v as number, 64, verb); return;
      case 'complex64': this.fmtComplex(v as Complex, 64, verb); return;
      case 'complex128': this.fmtComplex(v as Complex, 128, verb); return;
      case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
        this.fmtInteger(v as Int64, true, verb); return;
      case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
        this.fmtInteger(v as Int64, false, verb); return;
      case 'string': this.fmtString(v as string, verb); return;
      case 'unsafe.Pointer': this.fmtPointer(v, { kind: 'Basic', basic: 'unsafe.Pointer', name: 'unsafe.Pointer' }, verb); return;
    }
    this.badVerb(verb);
  }

  /** printValue(value, verb, depth); `ro`: reached through an unexported field (no methods). */
  printValue(v: unknown, t: Type, verb: number, depth: number, ro: boolean): void {
    if (depth > 0 && !ro && mayHaveMethods(t)) {
      this.arg = new Iface(t, v);
      if (this.handleMethods(verb)) return;
    }
    this.arg = null;
    this.value = { v, t };
    const u = under(t);
    switch (u.kind) {
      case 'Basic':
        this.printBasic(v, u.basic, verb);
        return;
      case 'Map': {
        if (this.fmt.sharpV) {
          this.write(typeName(t));
          if (v === null) { this.write('(nil)'); return; }
          this.write('{');
        } else this.write('map[');
        const entries = v === null ? [] : sortedEntries(this.host, v, u.key);
        for (let i = 0; i < entries.length; i++) {
          if (i > 0) this.write(this.fmt.sharpV ? ', ' : ' ');
          this.printValue(entries[i][0], u.key, verb, depth + 1, ro);
          this.write(':');
          this.printValue(entries[i][1], u.elem, verb, depth + 1, ro);
        }
        this.write(this.fmt.sharpV ? '}' : ']');
        return;
      }
      case 'Struct': {
        if (this.fmt.sharpV) this.write(typeName(t));
        this.write('{');
        this.printFields(v as Record<string, unknown>, u, verb, depth, ro);
        this.write('}');
        return;
      }
      case 'Interface': {
        if (v === null) {
          if (this.fmt.sharpV) this.write(typeName(t) + '(nil)');
          else this.write('<nil>');
        } else {
          const i = v as Iface;
          this.printValue(i.v, i.t, verb, depth + 1, ro);
        }
        return;
      }
      case 'Array': case 'Slice': {
        if ((verb === 0x73 || verb === 0x71 || verb === 0x78 || verb === 0x58) && isUint8(u.elem)) {
          this.fmtBytes(v, t, verb, typeName(t));
          return;
        }
        const sl = u.kind === 'Slice' ? (v as Slice | null) : null;
        const n = u.kind === 'Array' ? u.len : sl === null ? 0 : sl.len;
        const at = (i: number): unknown => (u.kind === 'Array' ? (v as unknown[])[i] : sl!.arr[sl!.off + i]);
        if (this.fmt.sharpV) {
          this.write(typeName(t));
          if (u.kind === 'Slice' && v === null) { this.write('(nil)'); return; }
          this.write('{');
          for (let i = 0; i < n; i++) {
            if (i > 0) this.write(', ');
            this.printElem(at(i), u.elem, verb, depth, ro);
          }
          this.write('}');
        } else {
          this.write('[');
          for (let i = 0; i < n; i++) {
            if (i > 0) this.write(' ');
            this.printElem(at(i), u.elem, verb, depth, ro);
          }
          this.write(']');
        }
        return;
      }
      case 'Pointer': {
        if (depth === 0 && v !== null) {
          const ek = under(u.elem).kind;
          if (ek === 'Array' || ek === 'Slice' || ek === 'Struct' || ek === 'Map') {
            this.write('&');
            const elem = ek === 'Array' || ek === 'Struct' ? v : (v as Pointer).get();
            this.printValue(elem, u.elem, verb, depth + 1, ro);
            return;
          }
        }
        this.fmtPointer(v, t, verb);
        return;
      }
      case 'Chan': case 'Signature':
        this.fmtPointer(v, t, verb);
        return;
    }
    this.write('?');
  }

  /** An element of an array/slice: printValue(f.Index(i)) — interfaces are not unwrapped here. */
  private printElem(v: unknown, t: Type, verb: number, depth: number, ro: boolean): void {
    this.printValue(v, t, verb, depth + 1, ro);
  }

  private printFields(obj: Record<string, unknown>, st: StructT, verb: number, depth: number, ro: boolean): void {
    const keys = Object.keys(obj);
    for (let i = 0; i < st.fields.length; i++) {
      const f = st.fields[i];
      if (i > 0) this.write(this.fmt.sharpV ? ', ' : ' ');
      if (this.fmt.plusV || this.fmt.sharpV) {
        if (f.name !== '') this.write(f.name + ':');
      }
      let fv = obj[keys[i]];
      let ft = f.type;
      // getField: a non-nil interface field is printed as its dynamic value
      if (under(ft).kind === 'Interface' && fv !== null) {
        const i2 = fv as Iface;
        fv = i2.v;
        ft = i2.t;
      }
      const exported = isExportedName(f.name);
      this.printValue(fv, ft, verb, depth + 1, ro || !exported);
    }
  }

  // ---- Print, Println, Printf ----

  doPrint(a: readonly Operand[]): void {
    let prevString = false;
    for (let i = 0; i < a.length; i++) {
      const arg = a[i];
      const isString = arg !== null && under(arg.t).kind === 'Basic' && (under(arg.t) as { basic: string }).basic === 'string';
      if (i > 0 && !isString && !prevString) this.write(' ');
      this.printArg(arg, 0x76);
      prevString = isString;
    }
  }

  doPrintln(a: readonly Operand[]): void {
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.write(' ');
      this.printArg(a[i], 0x76);
    }
    this.write('\n');
  }

  private argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && 0 <= index && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  doPrintf(format: string, a: readonly Operand[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    const f = this.fmt;
    formatLoop: for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format.charCodeAt(i) !== 0x25) i++;
      if (i > lasti) this.write(format.slice(lasti, i));
      if (i >= end) break;
      i++;
      f.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format.charCodeAt(i);
        switch (c) {
          case 0x23: f.sharp = true; break;
          case 0x30: f.zero = true; break;
          case 0x2b: f.plus = true; break;
          case 0x2d: f.minus = true; break;
          case 0x20: f.space = true; break;
          default:
            if (c >= 0x61 && c <= 0x7a && argNum < a.length) {
              if (c === 0x77) this.wrappedErrs.push(argNum);
              if (c === 0x77 || c === 0x76) {
                f.sharpV = f.sharp; f.sharp = false;
                f.plusV = f.plus; f.plus = false;
              }
              this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i < end && format[i] === '*') {
        i++;
        let ok: boolean;
        [f.wid, ok, argNum] = intFromArg(a, argNum);
        f.widPresent = ok;
        if (!ok) this.write('%!(BADWIDTH)');
        if (f.wid < 0) { f.wid = -f.wid; f.minus = true; f.zero = false; }
        afterIndex = false;
      } else {
        let ok: boolean;
        [f.wid, ok, i] = parsenum(format, i, end);
        f.widPresent = ok;
        if (afterIndex && ok) this.goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          let ok: boolean;
          [f.prec, ok, argNum] = intFromArg(a, argNum);
          f.precPresent = ok;
          if (f.prec < 0) { f.prec = 0; f.precPresent = false; }
          if (!f.precPresent) this.write('%!(BADPREC)');
          afterIndex = false;
        } else {
          let ok: boolean;
          [f.prec, ok, i] = parsenum(format, i, end);
          f.precPresent = ok;
          if (!ok) { f.prec = 0; f.precPresent = true; }
        }
      }
      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i >= end) { this.write('%!(NOVERB)'); break; }
      let verb = format.charCodeAt(i);
      let size = 1;
      if (verb >= 0x80) [verb, size] = decodeRune(format, i);
      i += size;
      if (verb === 0x25) { this.write('%'); continue; }
      if (!this.goodArgNum) { this.write('%!'); this.writeRune(verb); this.write('(BADINDEX)'); continue; }
      if (argNum >= a.length) { this.write('%!'); this.writeRune(verb); this.write('(MISSING)'); continue; }
      if (verb === 0x77) this.wrappedErrs.push(argNum);
      if (verb === 0x77 || verb === 0x76) {
        f.sharpV = f.sharp; f.sharp = false;
        f.plusV = f.plus; f.plus = false;
      }
      this.printArg(a[argNum], verb);
      argNum++;
    }
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      this.write('%!(EXTRA ');
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.write(', ');
        const arg = a[k];
        if (arg === null) this.write('<nil>');
        else {
          this.write(typeName(arg.t) + '=');
          this.printArg(arg, 0x76);
        }
      }
      this.write(')');
    }
  }
}

/** The printer a fmt.State id designates (for the pstate natives). */
export function printerOf(host: Host, id: number): Printer | undefined {
  return host.local('fmt.states', () => ({ next: 1, printers: new Map<number, Printer>() })).printers.get(id);
}

/** fmt.State.Flag of a printer (print.go pp.Flag). */
export function stateFlag(p: Printer, c: number): boolean {
  const f = p.fmt;
  switch (c) {
    case 0x2d: return f.minus;
    case 0x2b: return f.plus || f.plusV;
    case 0x23: return f.sharp || f.sharpV;
    case 0x20: return f.space;
    case 0x30: return f.zero;
  }
  return false;
}

/** Sprint, Sprintln and Sprintf over a fresh printer. */
export function sprint(host: Host, a: readonly Operand[]): string {
  const p = new Printer(host);
  p.doPrint(a);
  return p.buf;
}

export function sprintln(host: Host, a: readonly Operand[]): string {
  const p = new Printer(host);
  p.doPrintln(a);
  return p.buf;
}

export function sprintf(host: Host, format: string, a: readonly Operand[]): string {
  const p = new Printer(host);
  p.doPrintf(format, a);
  return p.buf;
}

/** fmt.Errorf's formatting: the message and the %w operands (see the errorf stub in types/stdlib/fmt.ts). */
export function errorf(host: Host, format: string, a: readonly Operand[]): [string, number[], boolean] {
  const p = new Printer(host);
  p.wrapErrs = true;
  p.doPrintf(format, a);
  const w = p.wrappedErrs;
  if (w.length < 2) return [p.buf, w, false];
  if (p.reordered) w.sort((x, y) => x - y);
  const dedup = w.filter((x, i) => i === 0 || w[i - 1] !== x);
  return [p.buf, dedup, true];
}
