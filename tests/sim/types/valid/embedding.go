package main

import (
	"fmt"
	"strings"
	"sync"
)

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Logger interface{ Log(string) }

type Named struct {
	*Base
	Logger
	sync.Mutex
	Name string
}

type printer struct{ sb *strings.Builder }

func (p printer) Log(s string) { p.sb.WriteString(s) }

type Describer interface{ Describe() string }

func main() {
	var sb strings.Builder
	n := Named{Base: &Base{1}, Logger: printer{&sb}, Name: "x"}
	n.SetID(7)
	n.Lock()
	n.Log(n.Describe())
	n.Unlock()
	var d Describer = n
	f := n.Describe
	g := (*Base).SetID
	g(n.Base, 3)
	h := Base.Describe
	fmt.Println(d.Describe(), f(), h(*n.Base), sb.String(), n.ID)
}
