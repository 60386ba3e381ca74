package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name   string
	Salary int
}

func main() {
	m := map[string]Emp{"a": {"Ann", 100}, "b": {"Bob", 90}}
	e := m["a"]
	e.Salary += 50
	m["a"] = e
	pm := map[string]*Emp{"c": {"Cid", 70}}
	pm["c"].Salary++
	fmt.Println(m["a"], *pm["c"], m["zzz"])
	v, ok := m["nope"]
	fmt.Printf("%+v %v\n", v, ok)
	delete(m, "b")
	delete(m, "never")
	fmt.Println(len(m), m)
	byDept := map[string][]Emp{}
	byDept["x"] = append(byDept["x"], Emp{"Z", 1}, Emp{"Y", 2})
	byDept["y"] = append(byDept["y"], Emp{"W", 3})
	depts := []string{}
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Println(d, byDept[d])
	}
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{"a": {"x": 1}}
	fmt.Println(nested, nested["b"]["y"])
}
