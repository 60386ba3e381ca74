/**
 * This file implements the natives of package fmt (declared in types/stdlib/fmt.ts): Sprint,
 * Sprintln, Sprintf, Print, Println, Printf, and errorf (Errorf's formatting). The engine is in
 * fmt/ (print.ts: the printer; format.ts: padding and number formatting; fmtsort.ts: map order).
 */
import type { Iface, Slice } from '../vm/values';
import { errorf, sprint, sprintf, sprintln } from './fmt/print';
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
  'fmt.errorf': (h: Host, format: string, a: Args) => {
    const [s, wrapped, multi] = errorf(h, format, elems(a));
    return [s, mkslice(wrapped), multi];
  },
};
