// The receiver of a deferred method call is evaluated at the defer statement; deferred closures see later changes.
package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value receiver:", t.name) }
func (t *T) PPrint() { fmt.Println("pointer receiver:", t.name) }

func main() {
	t := T{"before"}
	defer t.Print()
	defer t.PPrint()
	defer func() { fmt.Println("closure:", t.name) }()
	f := fmt.Println
	defer f("deferred function value")
	t.name = "after"
	for i := range 3 {
		defer func() { fmt.Print(i, " ") }()
	}
	defer fmt.Println()
}
