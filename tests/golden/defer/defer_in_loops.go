// Defers inside loops accumulate until the function returns; defer of method values and nil funcs order.
package main

import "fmt"

type R struct{ name string }

func (r R) Close() { fmt.Println("close", r.name) }

func process(names []string) {
	for _, n := range names {
		r := R{n}
		defer r.Close()
		fmt.Println("open", n)
	}
	fmt.Println("processing done")
}

func perIteration(names []string) {
	for _, n := range names {
		func() {
			r := R{n}
			defer r.Close()
			fmt.Println("open", n)
		}()
	}
}

func main() {
	process([]string{"a", "b", "c"})
	perIteration([]string{"x", "y"})
	r := R{"first"}
	defer r.Close()
	r = R{"second"}
	defer r.Close()
}
