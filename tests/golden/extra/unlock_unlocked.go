package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("ok once")
	defer func() {
		fmt.Println("recover cannot catch fatal:", recover())
	}()
	mu.Unlock()
}
