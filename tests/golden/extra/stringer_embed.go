package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string   { return b.name }
func (b Base) Sound() string  { return "..." }
func (b Base) String() string { return "Base(" + b.name + ")" }

type Dog struct {
	Base
	tricks int
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
}

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	d := Dog{Base{"rex"}, 2}
	c := Cat{&Base{"tom"}}
	fmt.Println(describe(d), "|", describe(c))
	fmt.Println(d)
	fmt.Printf("%v %+v %s\n", d, d, d)
	fmt.Println(d.Base.Sound(), d.name)
	animals := []Animal{d, c, Base{"x"}}
	for _, a := range animals {
		fmt.Printf("%T %v\n", a, a.Sound())
	}
}
