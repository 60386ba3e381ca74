// Range-over-func loop state: the body called after break, or after the loop has ended, panics
// with runtime.panicrangestate's runtime errors.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func Bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

var saved func(int) bool

func Keep(yield func(int) bool) {
	saved = yield
	yield(10)
}

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(5) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	for v := range Keep {
		fmt.Println("kept", v)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		saved(11)
	}()
	for v := range Bad {
		fmt.Println("bad", v)
		break
	}
	fmt.Println("after")
}
