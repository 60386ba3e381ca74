package main

import "fmt"

type Base struct{ ID int }

func (b *Base) Describe() string { return fmt.Sprint("id=", b.ID) }
func (b Base) Val() int          { return b.ID }

type Derived struct {
	*Base
	Name string
}

type Describer interface{ Describe() string }

func main() {
	d := Derived{&Base{7}, "x"}
	var ds Describer = d
	fmt.Println(ds.Describe(), d.Val(), d.ID)
	e := Derived{Name: "empty"}
	fmt.Println(e.Name, e.Base == nil)
	fmt.Println(e.Val())
}
