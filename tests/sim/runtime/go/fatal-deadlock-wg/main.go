// Deadlock: main waits on a WaitGroup while a worker is blocked on a mutex and another on a nil channel.
package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	mu.Lock()
	wg.Add(3)
	go func() { mu.Lock() }()
	go func() { var c chan int; <-c }()
	go func() { select {} }()
	time.Sleep(time.Millisecond)
	wg.Wait()
}
