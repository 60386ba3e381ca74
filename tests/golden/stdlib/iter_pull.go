// iter.Pull and iter.Pull2: pulling values one at a time, stop, zipping two sequences, and a
// panic in the iterator propagating to the caller of next.
package main

import (
	"fmt"
	"iter"
	"maps"
	"runtime"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup")
		for i := range n {
			if !yield(i) {
				fmt.Println("count stopped at", i)
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(5))
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println("goroutines while pulling:", runtime.NumGoroutine())
	stop()
	fmt.Println(next())
	stop()
	for a, b := range zip(count(3), slices.Values([]string{"x", "y", "z", "w"})) {
		fmt.Println(a, b)
	}
	n2, s2 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
	boom := func(yield func(int) bool) { yield(1); panic("iterator exploded") }
	n3, s3 := iter.Pull(iter.Seq[int](boom))
	defer s3()
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(n3())
	fmt.Println(n3())
}
