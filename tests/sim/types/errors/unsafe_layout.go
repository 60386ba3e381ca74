package main

import "unsafe"

type T struct {
	a int
	*Inner
}

type Inner struct{ b int }

func (T) M() {}

func main() {
	var t T
	x := 3
	_ = unsafe.Offsetof(x)
	_ = unsafe.Offsetof(t.zz)
	_ = unsafe.Offsetof(t.M)
	_ = unsafe.Offsetof(t.b)
	_ = unsafe.Sizeof(nil)
	_ = unsafe.Sizeof()
	_ = unsafe.Alignof(1, 2)
	unsafe.Sizeof(x)
	var s string = unsafe.Sizeof(t)
	_ = s
}
