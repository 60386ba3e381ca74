// Appending ints one at a time to a heap slice: capacities follow runtime.growslice with size-class
// rounding (1 2 4 8 ... 512 848 1280 ...). The slice is a package variable so its backing array is
// on the heap (see append_growth_local.go for a slice that does not escape).
package main

import "fmt"

var s []int

func main() {
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
}
