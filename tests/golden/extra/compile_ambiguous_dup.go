package main

import "fmt"

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	c := C{}
	fmt.Println(c.X)
	var i interface{} = 1
	switch i.(type) {
	case int, string, int:
	}
	switch 1 {
	case 1, 1:
	}
	x := 5
	x = x
}
