package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	t := slices.Clone(s)
	slices.Sort(t)
	fmt.Println(t, slices.Contains(s, 9), slices.Index(s, 5), slices.Max(s), slices.Min(s))
	i, found := slices.BinarySearch(t, 4)
	fmt.Println(i, found)
	t = slices.Compact(t)
	fmt.Println(t, len(t))
	t = slices.Insert(t, 1, 100, 200)
	fmt.Println(t)
	t = slices.Delete(t, 0, 2)
	fmt.Println(t)
	slices.Reverse(t)
	fmt.Println(t, slices.Equal(t, []int{9, 6, 5, 4, 3, 2, 200}))
	words := []string{"banana", "Apple", "cherry", "apple"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words, slices.IndexFunc(words, func(w string) bool { return strings.HasPrefix(w, "c") }))
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	m2 := maps.Clone(m)
	m2["w"] = 0
	fmt.Println(maps.Equal(m, m2), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2)
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 5})))
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), cmp.Compare("a", "b"))
}
