// A failed assertion between named types reports both types and the package path.
package main

import "fmt"

type A struct{}
type B struct{}

func main() {
	var i any = A{}
	fmt.Println(i.(B))
}
