// Panics in range-over-func loop bodies: an iterator that recovers the body's panic (Go's
// panicrangestate errors), recover in the enclosing function, per-iteration variables.
package main

import (
	"errors"
	"fmt"
	"slices"
)

func swallow(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func retry(yield func(int) bool) {
	for i := range 3 {
		func() {
			defer func() { recover() }()
			yield(i)
		}()
	}
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func find(xs []int, want int) (idx int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("find: %v", r)
		}
	}()
	for i, x := range slices.All(xs) {
		if x == want {
			return i, nil
		}
		if x < 0 {
			panic(errors.New("negative"))
		}
	}
	return -1, errors.New("not found")
}

func main() {
	try("swallow", func() {
		for x := range swallow {
			panic(fmt.Sprint("boom ", x))
		}
	})
	try("retry", func() {
		for x := range retry {
			panic(x)
		}
	})
	fmt.Println(find([]int{3, 4, 5}, 4))
	fmt.Println(find([]int{3, -1, 5}, 5))
	fmt.Println(find([]int{3}, 9))
	var fs []func() int
	for i, x := range slices.All([]int{10, 20, 30}) {
		fs = append(fs, func() int { return i + x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for x := range slices.Values([]int{1, 2}) {
		defer func() { fmt.Println("main defer", x, recover()) }()
	}
	for x := range slices.Values([]string{"a"}) {
		var m map[string]int
		m[x] = 1
	}
}
