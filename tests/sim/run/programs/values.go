// Value semantics of arrays and structs, pointers to them, copies on assignment, passing and return.
package main

import "fmt"

type P struct {
	X, Y int
	Tags [2]string
}

type Box struct {
	P
	Inner *P
}

func mutate(p P) P { p.X = 100; p.Tags[0] = "m"; return p }

func (p P) Moved(d int) P { p.X += d; return p }
func (p *P) Move(d int)   { p.X += d }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	p := P{1, 2, [2]string{"a", "b"}}
	q := p
	q.Tags[1] = "z"
	r := mutate(p)
	fmt.Println(p, q, r)
	pp := &p
	pp.Move(5)
	fmt.Println(p.X, p.Moved(1).X, p.X)
	bx := Box{P: p, Inner: &p}
	bx.Move(1)
	bx.Inner.Move(10)
	fmt.Println(bx.X, p.X, bx.Inner.X)
	arr := []P{p, q}
	for _, v := range arr {
		v.X = -1
	}
	for i := range arr {
		arr[i].Y = -2
	}
	fmt.Println(arr[0].X, arr[0].Y, arr[1].Y)
	m := map[P]int{p: 1}
	m[q]++
	m[p] += 10
	fmt.Println(len(m), m[p], m[q])
	var grid [2][2]int
	g2 := grid
	g2[1][1] = 7
	fmt.Println(grid, g2)
	ps := &grid[0]
	ps[1] = 3
	fmt.Println(grid)
	x := 5
	px := &x
	*px += 2
	ppx := &px
	**ppx *= 2
	fmt.Println(x, *px == x, px == &x)
}
