// Records the text of Go's run-time panics: each case runs under recover and prints
// `name<TAB>runtime.Error?<TAB>message`, one per line.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }
type T struct{}
type P struct{}

func (*P) M() {}
type S struct{ xs []int }

var sink any

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s\t%v\t%v\n", name, isRT, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	str := "abc"
	i, j, k := 5, 2, 7
	neg := -1
	var u uint64 = 1<<64 - 1
	zero := 0
	big := 1 << 62
	try("index", func() { sink = s[i] })
	try("index-neg", func() { sink = s[neg] })
	try("index-uint", func() { sink = s[u] })
	try("index-array", func() { sink = arr[i] })
	try("index-string", func() { sink = str[i] })
	try("slice-hi-cap", func() { sink = s[:i] })
	try("slice-lo-hi", func() { sink = s[i:j] })
	try("slice-lo-only", func() { sink = s[i:] })
	try("slice-neg-lo", func() { sink = s[neg:] })
	try("slice-neg-hi", func() { sink = s[:neg] })
	try("slice3-max", func() { sink = s[:1:k] })
	try("slice3-hi-max", func() { sink = s[:i:j+1] })
	try("slice3-lo-hi", func() { sink = s[i-1 : j : 3] })
	try("slice-array-hi", func() { sink = arr[:i] })
	try("slice3-array-max", func() { sink = arr[:1:k] })
	try("slice-string-hi", func() { sink = str[:i] })
	try("slice-string-lo-hi", func() { sink = str[i:j] })
	try("conv-array", func() { sink = [5]int(s) })
	try("conv-array-ptr", func() { sink = (*[4]int)(s) })
	try("divide", func() { sink = i / zero })
	try("modulo", func() { sink = i % zero })
	try("nil-deref", func() { var p *T; var q *int; _ = p; sink = *q })
	try("nil-map", func() { var m map[string]int; m["a"] = 1 })
	try("assert-eface", func() { var x any = "hi"; sink = x.(int) })
	try("assert-nil", func() { var x any; sink = x.(int) })
	try("assert-missing", func() { var x any = T{}; sink = x.(I) })
	try("assert-iface-nil", func() { var x I; sink = x.(*P) })
	try("assert-error", func() { var e error = fmt.Errorf("x"); sink = e.(interface{ Foo() }) })
	try("makeslice-len", func() { sink = make([]int, neg) })
	try("makeslice-cap", func() { sink = make([]int, i, j) })
	try("makeslice-huge", func() { sink = make([]int, big) })
	try("shift", func() { sink = 1 << neg })
	try("unhashable", func() { m := map[any]int{}; m[[]int{1}] = 1 })
	try("unhashable-struct", func() { m := map[any]int{}; m[S{}] = 1 })
	try("unhashable-lookup", func() { m := map[any]int{}; sink = m[map[int]int{}] })
	try("compare-uncomparable", func() { var a, b any = []int{}, []int{}; sink = a == b })
	try("close-nil", func() { var c chan int; close(c) })
	try("close-closed", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("makechan-neg", func() { sink = make(chan int, neg) })
	try("custom-panic", func() { panic(fmt.Sprintf("boom %d", 1)) })
}
