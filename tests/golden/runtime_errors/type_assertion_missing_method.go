// Asserting to an interface whose method set is not satisfied names the missing method.
package main

import "fmt"

type T int

func main() {
	var i any = T(1)
	s := i.(fmt.Stringer)
	fmt.Println(s)
}
