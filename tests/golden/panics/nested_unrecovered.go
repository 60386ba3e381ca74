// Two panics with no recover at all: both are printed, the earlier one first, each on its own line.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred print still runs")
	defer func() {
		panic("from defer")
	}()
	panic("original")
}
