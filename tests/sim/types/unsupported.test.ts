// Valid Go the simulator does not run yields 'unsupported' diagnostics naming the feature and its
// position, and no follow-on type errors.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/sim/syntax/parse';
import { checkFile } from '../../../src/sim/types/check';
import { lineCol } from '../../../src/sim/diag';

function run(src: string) {
  const { file } = parseFile(src, 'main.go');
  const r = checkFile(file, src, { filename: 'main.go' });
  return { errors: r.errors.map((e) => e.message), unsupported: r.unsupported.map((d) => `${lineCol(src, d.pos).line}: ${d.message} (${d.code})`) };
}

describe('unsupported features', () => {
  it('reports unsafe beyond Pointer and the layout builtins, cgo, go:linkname and unknown packages', () => {
    const src = `package main

// #include <stdio.h>
import "C"

import (
	"net/http"
	"unsafe"
)

//go:linkname nanotime runtime.nanotime
func nanotime() int64

func main() {
	x := 1
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	_ = unsafe.Sizeof(x)
	_ = unsafe.Add(p, 8)
	_ = http.Get
	_ = C.puts
	_ = q
}
`;
    const r = run(src);
    expect(r.errors).toEqual([]);
    expect(r.unsupported).toEqual([
      '4: cgo (import "C") is not supported by the simulator (unsupported)',
      '7: package net/http is not supported by the simulator (unsupported)',
      '11: //go:linkname is not supported by the simulator (unsupported)',
      '19: unsafe.Add is not supported by the simulator (unsupported)',
    ]);
  });

  it('refuses reading memory as another type through unsafe.Pointer, but not round trips', () => {
    const src = `package main

import "unsafe"

type hdr struct{ data, len, cap uintptr }

func main() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	s := []int{1}
	h := (*hdr)(unsafe.Pointer(&s))
	x := 7
	back := (*int)(unsafe.Pointer(&x))
	var p unsafe.Pointer = unsafe.Pointer(&x)
	y := *(*int)(p)
	_, _, _, _ = bits, h, back, y
}
`;
    const r = run(src);
    expect(r.errors).toEqual([]);
    expect(r.unsupported).toEqual([
      '9: reading a float64 as a uint64 through unsafe.Pointer is not supported by the simulator (unsupported)',
      '11: reading a []int as a hdr through unsafe.Pointer is not supported by the simulator (unsupported)',
    ]);
  });
});
