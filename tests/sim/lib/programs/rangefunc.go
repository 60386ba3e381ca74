package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	for i, v := range slices.All([]string{"a", "b"}) {
		fmt.Println(i, v)
	}
	for v := range slices.Values([]int{3, 4}) {
		fmt.Println(v)
	}
	m := map[string]int{"b": 2, "a": 1}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	for part := range strings.SplitSeq("x,y,z", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
}
