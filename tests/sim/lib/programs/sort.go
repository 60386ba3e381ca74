package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, 7, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7))
	strs := []string{"pear", "fig", "apple", "kiwi", "banana", "date"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	words := byLen{"ccc", "a", "bb", "dddd", "ee", "f", "ggg", "hh", "i", "jjjj", "kk", "l", "mmm"}
	sort.Sort(words)
	fmt.Println(words)
	words2 := byLen{"ccc", "a", "bb", "dddd", "ee", "f", "ggg", "hh", "i", "jjjj", "kk", "l", "mmm"}
	sort.Stable(words2)
	fmt.Println(words2)
	people := []person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}, {"Ed", 40}, {"Fa", 25}, {"Gu", 30}, {"Ha", 35}, {"Io", 25}, {"Jo", 30}, {"Ka", 40}, {"Li", 25}, {"Mo", 30}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	fmt.Println(big[:10], big[90:])
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
}
