// A panic raised while a deferred call runs during panicking: Go prints the chain of panics,
// marking the ones that were recovered.
package main

import "fmt"

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		recover()
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
