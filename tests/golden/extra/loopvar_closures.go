package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	// mutation inside the body affects the next iteration's copy
	for i := 0; i < 6; i++ {
		defer func() { fmt.Print(i, ";") }()
		i++
	}
	acc := 0
	add := func(n int) func() { return func() { acc += n } }
	for _, n := range []int{1, 2, 3} {
		add(n)()
	}
	fmt.Println(acc)
}
