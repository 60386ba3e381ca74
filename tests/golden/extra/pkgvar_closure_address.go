package main

import (
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { b := make([]byte, 0, 16); return &b }}

var counter = func() func() int { n := 0; p := &n; return func() int { *p++; return n } }()

func main() {
	bp := pool.Get().(*[]byte)
	fmt.Println(cap(*bp))
	pool.Put(bp)
	fmt.Println(counter(), counter())
}
