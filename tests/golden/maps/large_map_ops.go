// A map with thousands of entries: growth, deletion during iteration, sums independent of order.
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 5000; i++ {
		m[i] = fmt.Sprint(i)
	}
	fmt.Println(len(m), m[4999], m[5000] == "")
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if v != fmt.Sprint(k) {
			fmt.Println("mismatch")
		}
		sum += k
	}
	fmt.Println(sum)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	type key struct {
		a string
		b int
	}
	km := map[key][]int{}
	km[key{"x", 1}] = append(km[key{"x", 1}], 1, 2)
	km[key{"x", 1}] = append(km[key{"x", 1}], 3)
	fmt.Println(km, len(km[key{"y", 0}]))
	fm := map[float64]int{}
	zero := 0.0
	nan := zero / zero
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm), fm[nan])
}
