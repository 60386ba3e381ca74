package main

import "fmt"

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 10
	defer fmt.Println("evaluated at defer:", x)
	x = 20
	defer func() { fmt.Println("closure sees:", x) }()
	x = 30
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func main() {
	fmt.Println(triple())
	order()
	args()
	t := T{"first"}
	defer t.Close()
	t.name = "second"
	defer t.Close()
	p := &T{"ptr"}
	defer p.Close()
	p.name = "ptr-changed"
}
