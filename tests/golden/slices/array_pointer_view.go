// Converting a slice to an array pointer shares the slice's memory (Go 1.17); to an array copies.
package main

import "fmt"

func main() {
	sl := []int{1, 2, 3}
	p := (*[2]int)(sl[1:])
	p[0] = 77
	fmt.Println(sl, *p, len(p))
	q := (*[2]int)(sl)
	q[1] = 55
	arr := *q
	arr[0] = -1
	fmt.Println(sl, *q, arr)
	for i, v := range p {
		fmt.Println(i, v)
	}
	a2 := [2]int(sl[1:])
	a2[0] = 0
	fmt.Println(sl, a2, *p == [2]int{55, 3})
}
