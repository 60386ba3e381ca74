// Records growslice capacities: for each element type, the distinct capacities seen when
// appending one element at a time up to 3000 elements, and the capacity after appending n
// elements at once to an empty slice and to a slice of length 5. Printed as JSON lines.
package main

import (
	"encoding/json"
	"fmt"
	"unsafe"
)

type rec struct {
	Name     string `json:"name"`
	Size     uintptr `json:"size"`
	Pointers bool   `json:"pointers"`
	OneByOne []int  `json:"oneByOne"`
	Bulk     [][3]int `json:"bulk"` // [oldLen, added, cap]
}

func record[T any](name string, pointers bool) {
	var s []T
	caps := []int{}
	last := -1
	var zero T
	for i := 0; i < 3000; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	bulk := [][3]int{}
	for _, old := range []int{0, 5} {
		for _, n := range []int{1, 3, 5, 7, 11, 17, 100, 255, 257, 600, 1000, 2500, 5000} {
			b := make([]T, old, old)
			b = append(b, make([]T, n)...)
			sink = b
			bulk = append(bulk, [3]int{old, n, cap(b)})
		}
	}
	sink = s
	out, _ := json.Marshal(rec{name, unsafe.Sizeof(zero), pointers, caps, bulk})
	fmt.Println(string(out))
}

// sink makes every slice escape, so appends use growslice (not the 32-byte stack store that
// Go 1.25+ gives non-escaping appends: see runtime/slice.ts appendStackStoreCap).
var sink any

type p40 struct {
	p *int
	a [4]int64
}
type s3 struct{ a, b, c byte }

func main() {
	record[byte]("byte", false)
	record[s3]("[3]byte", false)
	record[int32]("int32", false)
	record[int]("int", false)
	record[*int]("*int", true)
	record[[2]int]("[2]int", false)
	record[string]("string", true)
	record[[3]int]("[3]int", false)
	record[[]int]("[]int", true)
	record[[5]int]("[5]int", false)
	record[p40]("p40", true)
	record[[9]int]("[9]int", false)
	record[[100]byte]("[100]byte", false)
}
