// Append growth for 1-, 2- and 4-byte elements on the heap: size classes round capacities up.
package main

import "fmt"

var (
	s []byte
	u []uint16
	w []int32
)

func main() {
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 3000; i++ {
		u = append(u, uint16(i))
		if cap(u) != last {
			fmt.Print(cap(u), " ")
			last = cap(u)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 3000; i++ {
		w = append(w, int32(i))
		if cap(w) != last {
			fmt.Print(cap(w), " ")
			last = cap(w)
		}
	}
	fmt.Println()
}
