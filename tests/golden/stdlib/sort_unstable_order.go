// sort.Slice and slices.SortFunc are not stable: with equal keys, the order they leave is fixed by
// Go's pdqsort implementation (deterministic, but not the input order).
package main

import (
	"fmt"
	"slices"
	"sort"
)

type rec struct {
	key  int
	name string
}

func data() []rec {
	var rs []rec
	for i := 0; i < 40; i++ {
		rs = append(rs, rec{(i * 7) % 3, fmt.Sprint("r", i)})
	}
	return rs
}

func main() {
	a := data()
	sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
	for _, r := range a {
		fmt.Print(r.name, " ")
	}
	fmt.Println()
	b := data()
	slices.SortFunc(b, func(x, y rec) int { return x.key - y.key })
	for _, r := range b {
		fmt.Print(r.name, " ")
	}
	fmt.Println()
	c := data()
	sort.SliceStable(c, func(i, j int) bool { return c[i].key < c[j].key })
	for _, r := range c {
		fmt.Print(r.name, " ")
	}
	fmt.Println()
	ints := []int{5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
