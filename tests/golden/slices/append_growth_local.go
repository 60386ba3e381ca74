// A local slice that does not escape: since Go 1.25 the compiler gives append a 32-byte stack
// buffer first, so capacities start at 32 bytes' worth of elements (4 ints, 32 bytes, 2 strings).
package main

import "fmt"

func main() {
	var s []int
	var b []byte
	var t []string
	last, lastB, lastT := -1, -1, -1
	for i := 0; i < 1000; i++ {
		s = append(s, i)
		b = append(b, 'x')
		t = append(t, "x")
		if cap(s) != last {
			fmt.Print("int:", cap(s), " ")
			last = cap(s)
		}
		if cap(b) != lastB {
			fmt.Print("byte:", cap(b), " ")
			lastB = cap(b)
		}
		if cap(t) != lastT {
			fmt.Print("string:", cap(t), " ")
			lastT = cap(t)
		}
	}
	fmt.Println()
}
