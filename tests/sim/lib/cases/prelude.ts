/**
 * This file declares the named types the fmt cases use, twice: as Go source (the recorder's
 * prelude) and as simulator types with their methods as JS functions for the FakeHost. The two
 * must say the same thing; each JS method is a transcription of the Go method next to it.
 */
import { sprint, sprintf } from '../../../../src/sim/lib/fmt/print';
import type { Host } from '../../../../src/sim/lib/host';
import { Typ } from '../../../../src/sim/types/universe';
import type { Type } from '../../../../src/sim/types/type';
import { Iface } from '../../../../src/sim/vm/values';
import type { MethodDef } from '../fakehost';
import { FakePanic } from '../fakehost';
import { anyT, named, ptrT, sliceT, structT } from './gv';
import type { Named } from '../../../../src/sim/types/type';

export const goPrelude = `
type MyInt int
type MyStr string
type Bytes []byte
type Strs []string

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f C", float64(c)) }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Both int

func (Both) String() string { return "S" }
func (Both) Error() string  { return "E" }

type Panicky int

func (Panicky) String() string { panic("boom") }

type PS struct{ X int }

func (p *PS) String() string {
	if p == nil {
		return "nilPS"
	}
	return "PS"
}

type VS struct{ X int }

func (v VS) String() string { return fmt.Sprint("VS", v.X) }

type GS int

func (GS) GoString() string { return "GS!" }

type Inner struct {
	A int
	b string
}

type Outer struct {
	I Inner
	P *Inner
	E any
	s Celsius
	S Celsius
}

type Embed struct {
	Inner
	N int
}

type EmbedS struct {
	VS
	N int
}
`;

export const MyInt = named('MyInt', Typ.int);
export const MyStr = named('MyStr', Typ.string);
export const Bytes = named('Bytes', sliceT(Typ.uint8));
export const Strs = named('Strs', sliceT(Typ.string));
export const Celsius = named('Celsius', Typ.float64);
export const E = named('E', structT([['msg', Typ.string]]));
export const Both = named('Both', Typ.int);
export const Panicky = named('Panicky', Typ.int);
export const PS = named('PS', structT([['X', Typ.int]]));
export const VS = named('VS', structT([['X', Typ.int]]));
export const GS = named('GS', Typ.int);
export const Inner = named('Inner', structT([['A', Typ.int], ['b', Typ.string]]));
export const Outer = named('Outer', structT([['I', Inner], ['P', ptrT(Inner)], ['E', anyT], ['s', Celsius], ['S', Celsius]]));
export const Embed = named('Embed', structT([['Inner', Inner, true], ['N', Typ.int]]));
export const EmbedS = named('EmbedS', structT([['VS', VS, true], ['N', Typ.int]]));

const iface = (t: Type, v: unknown): Iface => new Iface(t, v);
const m = (ptr: boolean, impl: (h: Host, recv: unknown) => unknown): MethodDef => ({ ptr, impl });

const vsString = (h: Host, recv: unknown): string =>
  sprint(h, [iface(Typ.string, 'VS'), iface(Typ.int, (recv as { X: number }).X)]);

export const preludeMethods: ReadonlyMap<string, ReadonlyMap<string, MethodDef>> = new Map([
  ['main.Celsius', new Map([['String', m(false, (h, c) => sprintf(h, '%.1f C', [iface(Typ.float64, c)]))]])],
  ['main.E', new Map([['Error', m(true, (_h, e) => 'E:' + (e as { msg: string }).msg)]])],
  ['main.Both', new Map([['String', m(false, () => 'S')], ['Error', m(false, () => 'E')]])],
  ['main.Panicky', new Map([['String', m(false, (h) => { throw new FakePanic(h.stringIface('boom')); })]])],
  ['main.PS', new Map([['String', m(true, (_h, p) => (p === null ? 'nilPS' : 'PS'))]])],
  ['main.VS', new Map([['String', m(false, vsString)]])],
  ['main.EmbedS', new Map([['String', m(false, (h, e) => vsString(h, (e as { VS: unknown }).VS))]])],
  ['main.GS', new Map([['GoString', m(false, () => 'GS!')]])],
]);

export const allNamed: readonly Named[] = [MyInt, MyStr, Bytes, Strs, Celsius, E, Both, Panicky, PS, VS, GS, Inner, Outer, Embed, EmbedS];
