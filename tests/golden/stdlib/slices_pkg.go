// The slices package: Sort, SortFunc, Contains, Index, Reverse, Max, Min, BinarySearch, Equal, Compact, Insert, Delete.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 4), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	c := slices.Clone(s)
	slices.Reverse(c)
	fmt.Println(c, s[0])
	fmt.Println(slices.Equal(s, c), slices.Equal([]int{}, nil))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ins, slices.Delete(ins, 1, 3))
	words := []string{"banana", "Apple", "cherry"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "c") }))
	type P struct {
		N string
		A int
	}
	ps := []P{{"x", 3}, {"y", 1}, {"z", 3}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.A, b.A) })
	fmt.Println(ps)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2), min(3, 1, 2))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.ContainsFunc(s, func(v int) bool { return v > 8 }))
}
