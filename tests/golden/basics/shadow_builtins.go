// Predeclared identifiers are not keywords: they can be shadowed by local declarations.
package main

import "fmt"

type int32 = string

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	nil := 5
	fmt.Println(nil + 1)
	var s int32 = "an alias for string"
	fmt.Println(s)
	{
		string := 3.5
		fmt.Println(string * 2)
	}
	iota := "not a counter"
	fmt.Println(iota)
	new := []int{1}
	fmt.Println(cap(new), new)
}
