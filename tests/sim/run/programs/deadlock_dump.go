// Recorded regression program: deadlock_dump (expected output from real Go via record.mjs).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() { mu.Lock() }()
	go func() { ch <- 1 }()
	go func() { select {} }()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { wg.Wait() }()
	fmt.Println("waiting")
	<-make(chan int)
}
