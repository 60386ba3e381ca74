/**
 * This file lists the recorded test tables. A case has the Go expression the recorder evaluates
 * (a string-valued expression) and `sim`, which computes the same string with the simulator's
 * natives on a FakeHost. tests/sim/lib/golden.test.ts compares the two.
 */
import { sprint, sprintf, sprintln } from '../../../../src/sim/lib/fmt/print';
import type { Host } from '../../../../src/sim/lib/host';
import { Typ } from '../../../../src/sim/types/universe';
import { Iface } from '../../../../src/sim/vm/values';
import { fmtCases } from './fmtcases';
import { goStr } from './gv';
import type { GV } from './gv';
import { strconvCases } from './strconvcases';

export interface Case { readonly goExpr: string; readonly sim: (h: Host) => string; }
export interface Table { readonly imports: readonly string[]; readonly cases: readonly Case[]; }

export const operand = (x: GV): Iface | null => (x.t === Typ.untypedNil ? null : new Iface(x.t, x.v));

const fmtTable: Case[] = fmtCases.map((c) => {
  const args = c.args.map((a) => a.go);
  const ops = c.args.map(operand);
  switch (c.fn) {
    case 'Sprintf':
      return { goExpr: `fmt.Sprintf(${[goStr(c.format), ...args].join(', ')})`, sim: (h: Host) => sprintf(h, c.format, ops) };
    case 'Sprint':
      return { goExpr: `fmt.Sprint(${args.join(', ')})`, sim: (h: Host) => sprint(h, ops) };
    default:
      return { goExpr: `fmt.Sprintln(${args.join(', ')})`, sim: (h: Host) => sprintln(h, ops) };
  }
});

export const tables: Readonly<Record<string, Table>> = {
  fmt: { imports: [], cases: fmtTable },
  strconv: { imports: ['strconv', 'strings', 'unicode', 'unicode/utf8', 'time'], cases: strconvCases },
};
