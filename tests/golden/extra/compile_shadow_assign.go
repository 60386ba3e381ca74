package main

import "fmt"

func pair() (int, string) { return 1, "a" }

func main() {
	a, b := pair()
	a, b := pair()
	var c int = "str"
	d := nil
	e, f := 1
	fmt.Println(a, b, c, d, e, f)
	if x := 5; x {
	}
	for i := range 3.5 {
		fmt.Println(i)
	}
}
