package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	defer fmt.Println("main defer should not run")
	go func() {
		defer fmt.Println("goroutine defer runs")
		var m map[string][]int
		m["k"] = append(m["k"], 1)
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
