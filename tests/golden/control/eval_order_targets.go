// More of gc's evaluation order: receivers, assignment targets, op-assignments, atomics, swaps.
package main

import (
	"fmt"
	"strings"
	"sync/atomic"
)

var g = 1

func bump() int { g++; return g }

type T struct{ a, b int }

func (t T) Sum(x int) int { return t.a + t.b + x }

func pair() (int, int) { return g, bump() }

func fast(a, b int) int { return a*10 + b }

func main() {
	var n int32 = 5
	fmt.Println(atomic.SwapInt32(&n, 9), n, atomic.AddInt32(&n, -2))
	g = 1
	fmt.Println(fast(g, bump()))
	g = 1
	fmt.Println(pair())
	g = 1
	t := T{g, bump()}
	fmt.Println(t)
	g = 1
	s := append([]int{}, g, bump(), g)
	fmt.Println(s)
	g = 1
	arr := []int{0, 0, 0, 0}
	arr[g] += bump()
	fmt.Println(arr)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	i := 0
	a := []int{0, 0}
	i, a[i] = 1, 2
	fmt.Println(i, a)
	g = 1
	str := strings.Repeat("a", g) + fmt.Sprint(bump())
	fmt.Println(str)
	g = 1
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(g, bump()))
	fmt.Println(sb.String())
	g = 1
	m := map[string]int{}
	m[fmt.Sprint(g)] = bump()
	fmt.Println(m)
	g = 1
	fmt.Println(g == 1 && bump() == 2, g)
	g = 1
	fmt.Println(g+bump(), g)
	g = 1
	v := T{1, 2}
	fmt.Println(v.Sum(g), v.Sum(bump()), g)
}
