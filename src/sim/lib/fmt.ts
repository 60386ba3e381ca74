/**
 * This file implements the natives of package fmt (declared in types/stdlib/fmt.ts): Sprint,
 * Sprintln, Sprintf, Print, Println, Printf, and errorf (Errorf's formatting). The engine is in
 * fmt/ (print.ts: the printer; format.ts: padding and number formatting; fmtsort.ts: map order).
 */
import type { Iface, Slice } from '../vm/values';
import { errorf, printerOf, sprint, sprintf, sprintln, stateFlag } from './fmt/print';
import type { Int64 } from '../vm/values';
import { num } from './goval';
import { elems, int, mkslice } from './goval';
import type { Host } from './host';
import type { NativeTable } from './native';

type Args = Slice<Iface | null> | null;

export const fmtNatives: NativeTable = {
  'fmt.Sprint': (h: Host, a: Args) => sprint(h, elems(a)),
  'fmt.Sprintln': (h: Host, a: Args) => sprintln(h, elems(a)),
  'fmt.Sprintf': (h: Host, format: string, a: Args) => sprintf(h, format, elems(a)),
  'fmt.Print': (h: Host, a: Args) => { const s = sprint(h, elems(a)); h.write(1, s); return [int(s.length), null]; },
  'fmt.Println': (h: Host, a: Args) => { const s = sprintln(h, elems(a)); h.write(1, s); return [int(s.length), null]; },
  'fmt.Printf': (h: Host, format: string, a: Args) => { const s = sprintf(h, format, elems(a)); h.write(1, s); return [int(s.length), null]; },
  'fmt.stateWrite': (h: Host, id: Int64, s: string) => { printerOf(h, num(id))?.write(s); },
  'fmt.stateWidth': (h: Host, id: Int64) => { const p = printerOf(h, num(id)); return p ? [p.fmt.wid, p.fmt.widPresent] : [0, false]; },
  'fmt.statePrecision': (h: Host, id: Int64) => { const p = printerOf(h, num(id)); return p ? [p.fmt.prec, p.fmt.precPresent] : [0, false]; },
  'fmt.stateFlag': (h: Host, id: Int64, c: Int64) => { const p = printerOf(h, num(id)); return p ? stateFlag(p, num(c)) : false; },
  'fmt.errorf': (h: Host, format: string, a: Args) => {
    const [s, wrapped, multi] = errorf(h, format, elems(a));
    return [s, mkslice(wrapped), multi];
  },
};
