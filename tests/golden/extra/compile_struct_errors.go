package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	p := P{1, 2, 3}
	q := P{X: 1, 2}
	r := P{Z: 1}
	var pp *P
	pp.X.Y = 1
	m := map[string]P{}
	m["a"].X = 5
	fmt.Println(p, q, r, &P{} == nil, P{} == nil)
}
