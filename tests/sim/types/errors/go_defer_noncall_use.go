// `go`/`defer` of a non-call still type-checks its operand, so its variables count as used
// (types2 stmt.go suspendedCall: check.use).
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	go wg.Wait
	var mu sync.Mutex
	defer mu.Unlock
	y := 2
	go y
	defer int(y)
	z := 3
}
