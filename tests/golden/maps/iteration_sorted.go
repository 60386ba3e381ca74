// Map iteration order is random; collect and sort keys for a deterministic traversal.
package main

import (
	"fmt"
	"sort"
)

func main() {
	counts := map[string]int{}
	for _, w := range []string{"b", "a", "c", "a", "b", "a"} {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	sum := 0
	for _, v := range counts {
		sum += v
	}
	fmt.Println("sum", sum)
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i%37] += i
	}
	fmt.Println(len(m), m[0], m[36])
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
}
