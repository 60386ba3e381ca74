// Panic printing details: re-panicking an equal runtime error or constant struct prints
// [recovered, repanicked]; a named complex value prints as main.C(1+2i); a value method called
// through a devirtualized nil pointer faults.
package main

import "fmt"

type E struct{ c int }

type C complex128

type T struct{ x int }

func (t T) M() { fmt.Println("M", t.x) }

type I interface{ M() }

func main() {
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		defer func() {
			r := recover()
			panic(r)
		}()
		panic(E{1})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *T
		var i I = p
		i.M()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(C(1 + 2i))
	}()
	z := 0
	defer func() {
		recover()
		_ = 1 / z
	}()
	_ = 1 / z
}
