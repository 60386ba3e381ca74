// An unrecovered panic(err) prints the error's message; goexit-style deferred prints run first.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred 1")
	defer func() { fmt.Println("deferred 2") }()
	err := fmt.Errorf("wrapped: %w", errors.New("inner"))
	panic(err)
}
