// Index out of range inside a goroutine spawned by main: the panic names the goroutine as "?".
// Done is not deferred: a deferred Done would run while the goroutine panics, release main, and
// main's return would race the panic's exit.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		s := []int{1}
		i := 3
		_ = s[i]
		wg.Done()
	}()
	wg.Wait()
}
