package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

type Point struct{ X, Y int }

type Grid [3][3]int

type Matrix = [][]float64

func (g *Grid) Set(p Point, v int) { g[p.X][p.Y] = v }

func main() {
	var g Grid
	g.Set(Point{1, 2}, 5)
	arr := [...]string{2: "c", 0: "a"}
	sl := arr[:]
	sl2 := sl[1:2:3]
	m := map[Point][]string{{1, 2}: {"x"}}
	m[Point{1, 2}] = append(m[Point{1, 2}], "y")
	pts := []*Point{{1, 2}, {3, 4}}
	pts[0].X++
	var mat Matrix = [][]float64{{1, 2}, {3}}
	bs := []byte("héllo")
	rs := []rune("héllo")
	s := string(rs[1]) + string(bs[:1]) + string(rune(65))
	var buf bytes.Buffer
	buf.WriteString(s)
	fmt.Fprintf(&buf, "%d", len(arr))
	copy(sl, []string{"z"})
	clear(m)
	delete(m, Point{})
	p := &g
	q := new(int)
	*q = 4
	type local struct{ a, b int }
	l := local{b: 2}
	anon := struct{ Name string }{"n"}
	ch := make(chan []int, len(pts))
	close(ch)
	v, ok := <-ch
	fmt.Println(g[1][2], p[1], arr, sl2, cap(sl2), len(m), pts[0], mat, utf8.RuneCountInString(s), buf.String(), *q, l, anon, v, ok)
	fmt.Println(strings.Fields(" a b "), strings.Split("a,b", ","), bytes.Equal(bs, bs), [2]int{1, 2} == [2]int{1, 2})
}
