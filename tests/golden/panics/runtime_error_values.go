// Runtime panics are runtime.Error values with Go's exact messages; they can be recovered and inspected.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %v | runtime.Error=%v error=%v\n", name, r, isRuntime, isErr)
		if isRuntime {
			fmt.Println("  Error():", re.Error())
		}
		if isErr {
			var target runtime.Error
			fmt.Println("  errors.As:", errors.As(err, &target))
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i any = "str"
	zero := 0
	arr := [3]int{}
	idx := 5
	try("index", func() { _ = s[idx] })
	try("array index", func() { _ = arr[idx%8] })
	try("slice", func() { _ = arr[1:idx] })
	lo, hi := 2, 1
	try("slice3", func() { _ = s[lo:hi:zero] })
	try("slice inverted", func() { _ = arr[lo:hi] })
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { fmt.Println(p.x) })
	try("div", func() { fmt.Println(10 / zero) })
	try("mod", func() { fmt.Println(10 % zero) })
	try("assert", func() { _ = i.(int) })
	try("assert iface", func() { _ = i.(fmt.Stringer) })
	try("custom", func() { panic(errors.New("custom error")) })
	try("string", func() { panic("just a string") })
	try("conversion", func() { _ = []int{1, 2, 3}[:idx] })
	try("string index", func() { _ = "abc"[idx] })
	try("slice to array", func() { _ = [4]int(s) })
	try("closed chan", func() { c := make(chan int); close(c); close(c) })
}
