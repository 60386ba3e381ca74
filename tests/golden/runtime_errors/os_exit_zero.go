// os.Exit(0) inside a goroutine-free program ends it successfully without running defers.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("bye")
	os.Exit(0)
}
