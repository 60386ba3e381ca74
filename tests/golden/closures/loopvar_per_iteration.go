// Go 1.22: each loop iteration has its own variable, so closures and pointers see distinct values.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	// Modifying the loop variable inside the body affects only that iteration's copy
	// and is copied into the next iteration before the post statement.
	for i := 0; i < 5; i++ {
		fs2 := func() { i++ }
		fs2()
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 0
	var hs []func() int
	for j = 0; j < 3; j++ {
		hs = append(hs, func() int { return j })
	}
	fmt.Println(hs[0](), hs[1](), hs[2]())
}
