// Method values bind the receiver when evaluated; method expressions take it as the first argument.
package main

import "fmt"

type P struct{ x int }

func (p P) Show() string  { return fmt.Sprint("P", p.x) }
func (p *P) Add(n int)    { p.x += n }

func main() {
	p := P{1}
	show := p.Show
	add := p.Add
	p.x = 10
	fmt.Println(show(), p.Show())
	add(5)
	fmt.Println(p.x)
	f := P.Show
	g := (*P).Add
	g(&p, 100)
	fmt.Println(f(p), f(P{7}))
	h := (*P).Show
	fmt.Println(h(&p))
	fns := []func() string{}
	for i := 0; i < 3; i++ {
		fns = append(fns, P{i}.Show)
	}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	fmt.Printf("%T | %T | %T\n", show, f, g)
}
