// Methods promoted from an embedded value field: *Outer's method set includes *Inner's methods
// (interfaces, sync.Locker from an embedded RWMutex, method values and expressions).
package main

import (
	"fmt"
	"sync"
)

type Inner struct{ n int }

func (i *Inner) Hello() { i.n++; fmt.Println("hello", i.n) }
func (i Inner) Val() int { return i.n }

type Outer struct{ Inner }
type Deep struct{ Outer }
type Helloer interface {
	Hello()
	Val() int
}

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func main() {
	var h Helloer = &Outer{}
	h.Hello()
	h.Hello()
	fmt.Println(h.Val())
	var d Helloer = &Deep{}
	d.Hello()
	s := SafeMap{m: map[string]int{}}
	var l sync.Locker = &s
	l.Lock()
	s.m["a"] = 1
	l.Unlock()
	r := s.RLocker()
	r.Lock()
	fmt.Println(s.m)
	r.Unlock()
	f := h.Hello
	f()
	g := (*Outer).Hello
	g(&Outer{})
	counters()
}

func init() {
	o := Outer{Inner{5}}
	fmt.Println(Outer.Val(o), (*Outer).Val(&o), (*Deep).Val(&Deep{o}))
	(*Deep).Hello(&Deep{o})
}

type Counter int

func (c *Counter) Inc() { *c++ }

type Box struct {
	Counter
	name string
}

type Incer interface{ Inc() }

type Named struct{ *Box }

func counters() {
	b := &Box{name: "b"}
	var i Incer = b
	i.Inc()
	i.Inc()
	fmt.Println(b.Counter, b.name)
	_, ok := any(Box{}).(Incer)
	_, ok2 := any(&Box{}).(Incer)
	fmt.Println(ok, ok2)
	n := Named{b}
	var j Incer = n
	j.Inc()
	fmt.Println(b.Counter)
	fmt.Printf("%v %+v\n", *b, n.Box.Counter)
}
