package main

import (
	"fmt"
	"math/rand/v2"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c bool
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Uint64())
	fmt.Println(unsafe.Sizeof(S{}), unsafe.Alignof(int64(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Offsetof(S{}.c))
}
