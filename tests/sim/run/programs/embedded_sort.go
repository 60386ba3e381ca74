// Recorded regression program: embedded interfaces, sort, closures in goroutines (expected output from real Go via record.mjs).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Speaker interface{ Speak() string }
type Named struct{ Speaker }
type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + " meows" }

type P struct{ X int }

type byX []P

func (b byX) Len() int           { return len(b) }
func (b byX) Less(i, j int) bool { return b[i].X < b[j].X }
func (b byX) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func apply[T any, R any](xs []T, f func(T) R) (out []R) {
	for _, x := range xs {
		out = append(out, f(x))
	}
	return
}

func main() {
	n := Named{Cat{"tom"}}
	fmt.Println(n.Speak())
	sp := n.Speaker.Speak
	fmt.Println(sp())
	ch := make(chan P, 1)
	p := P{1}
	ch <- p
	p.X = 2
	q := <-ch
	fmt.Println(q.X, p.X)
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
	ps := []P{{3}, {1}, {2}}
	sort.Sort(byX(ps))
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool { return ps[i].X > ps[j].X })
	fmt.Println(ps, sort.SearchInts([]int{1, 3, 5}, 3))
	words := strings.Fields("the quick brown fox")
	fmt.Println(apply(words, strings.ToUpper), apply(words, func(s string) int { return len(s) }))
	a := [3]int{1, 2, 3}
	pa := &a
	for i, v := range pa {
		pa[2] = 10
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := a[:]
	for i, v := range sl {
		if i == 0 {
			sl[2] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	m := map[string]*P{"a": {1}}
	m["a"].X++
	fmt.Println(m["a"].X)
	type kv struct {
		k string
		v int
	}
	counts := map[string]int{}
	for _, w := range strings.Split("a b a c b a", " ") {
		counts[w]++
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println(kvs)
	var s fmt.Stringer
	fmt.Println(s == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var sp2 Speaker
	sp2.Speak()
}
