package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Inner struct {
	x int32
	y string
}

type Outer struct {
	flag byte
	Inner
	z []int
}

type Empty struct{}

type TrailingZero struct {
	n int32
	e Empty
}

func sizeOf[T any]() uintptr {
	var v T
	return unsafe.Sizeof(v)
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func offV[K comparable, V any](p Pair[K, V]) uintptr {
	return unsafe.Offsetof(p.v)
}

func main() {
	fmt.Println(unsafe.Sizeof(S{}), unsafe.Sizeof(Packed{}), unsafe.Alignof(int64(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}))
	fmt.Println(unsafe.Offsetof(S{}.c), unsafe.Offsetof(Packed{}.c))
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Offsetof(o.y), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.z), unsafe.Alignof(o))
	p := &o
	fmt.Println(unsafe.Offsetof(p.z))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Sizeof(TrailingZero{}), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(complex64(0)), unsafe.Alignof(complex128(0)))
	var i interface{} = 1
	var m map[string]int
	var ch chan int
	var f func()
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(m), unsafe.Sizeof(ch), unsafe.Sizeof(f), unsafe.Sizeof(p), unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'))
	fmt.Println(sizeOf[int8](), sizeOf[S](), sizeOf[[4]string](), offV(Pair[int8, int64]{}), offV(Pair[string, bool]{}))
	const k = unsafe.Sizeof(S{})
	var arr [k]byte
	fmt.Println(len(arr))
	fmt.Printf("%T %v\n", unsafe.Sizeof(0), unsafe.Sizeof(0))
}
