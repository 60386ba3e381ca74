// Value receivers get a copy; pointer receivers modify; addressable values call pointer methods.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int     { return c.n }
func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	c := Counter{}
	c.IncValue()
	c.IncPointer()
	c.IncPointer()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.IncValue()
	p.IncPointer()
	fmt.Println(p.Get())
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.IncPointer()
	}
	cs[0].IncPointer()
	fmt.Println(cs)
}
