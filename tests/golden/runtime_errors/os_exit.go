// os.Exit ends the program at once with the given code: deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
