package main

import (
	"fmt"
	"sync"
)

func main() {
	data := []int{1, 2, 3}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		i := len(data) + 2
		fmt.Println("about to index")
		fmt.Println(data[i])
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("never")
}
