package main

import (
	"fmt"
	"sort"
)

type P struct {
	N string
	K int
}

func main() {
	var ps []P
	for i := 0; i < 30; i++ {
		ps = append(ps, P{fmt.Sprint("p", i), i % 3})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].K < ps[j].K })
	for _, p := range ps {
		fmt.Print(p.N, " ")
	}
	fmt.Println()
}
