// Redeclaration in the same scope, := with no new variables, duplicate case, duplicate method.
package main

func f() {}
func f() {}

func main() {
	x := 1
	x := 2
	var y int
	var y string
	switch x {
	case 1, 1:
	}
	_ = y
}
