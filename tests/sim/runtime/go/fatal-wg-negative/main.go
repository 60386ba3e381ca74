// A negative WaitGroup counter panics with a string value.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Done()
}
