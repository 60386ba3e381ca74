package main

import "fmt"

type T struct{ a int }

func (t T) M() {}

type I interface{ M(); N() }

func f() (int, error) { return 0, nil }

func main() {
	var i I = T{}
	n := f()
	var s []int = [3]int{}
	t := T{b: 1}
	fmt.Println(i, n, s, t, "x" + 1)
	var u uint = -1
	fmt.Println(u)
}
