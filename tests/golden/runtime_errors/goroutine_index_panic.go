// Index out of range inside a goroutine spawned by main: the panic names the goroutine as "?".
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []int{1}
		i := 3
		_ = s[i]
	}()
	wg.Wait()
}
