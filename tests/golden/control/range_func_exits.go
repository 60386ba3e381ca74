// Leaving a range-over-func loop every way Go allows: return (bare and with values), goto,
// labelled break/continue of outer loops, defer in the body (it defers to the function), the
// assignment form, and an iterator that keeps the yield function and calls it after the loop.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer fmt.Println("pairs iterator done")
		for i := range n {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func named() (total int, err error) {
	defer func() { total *= 10 }()
	for i, sq := range pairs(10) {
		defer fmt.Println("deferred from body", i)
		total += sq
		if i == 2 {
			return
		}
	}
	return -1, nil
}

func nested() (string, int) {
	for i := range pairs(3) {
		for j := range slices.Values([]string{"a", "b", "c"}) {
			if i == 1 && j == "b" {
				return j, i
			}
		}
	}
	return "", 0
}

func gotoOut() int {
	n := 0
	for x := range slices.Values([]int{5, 6, 7}) {
		n += x
		if x == 6 {
			goto done
		}
	}
	n = -1
done:
	return n
}

func labelled() {
L:
	for i := range pairs(4) {
	M:
		for j := range pairs(4) {
			for k := range slices.Values([]int{0, 1, 2}) {
				switch {
				case k == 1 && j == 1:
					continue M
				case j == 2:
					continue L
				case i == 2:
					break L
				}
				fmt.Println(i, j, k)
			}
		}
	}
	fmt.Println("after L")
}

func assignForm() {
	var k string
	var v any
	m := map[string]int{"only": 1}
	for k, v = range maps.All(m) {
	}
	fmt.Println(k, v)
}

func main() {
	fmt.Println(named())
	fmt.Println(nested())
	fmt.Println(gotoOut())
	labelled()
	assignForm()
	var saved func(int, int) bool
	bad := func(yield func(int, int) bool) { saved = yield; yield(1, 1) }
	for range bad {
		break
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	saved(2, 2)
}
