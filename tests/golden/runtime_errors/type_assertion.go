// A failed single-value type assertion panics with an interface conversion error.
package main

import "fmt"

func main() {
	var i interface{} = "hello"
	n := i.(int)
	fmt.Println(n)
}
