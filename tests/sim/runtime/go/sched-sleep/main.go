// GOMAXPROCS=1: sleeping goroutines wake in deadline order ("sleep sort").
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

var out []string

func main() {
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 50, 20, 40} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			out = append(out, fmt.Sprint(d, " "))
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ""))
}
