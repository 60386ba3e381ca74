package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("never")
	}()
	wg.Wait()
	fmt.Println("main continues")
	defer fmt.Println("main defer runs on Goexit")
	runtime.Goexit()
}
