// Each goroutine must recover its own panics; a recovered goroutine lets the program continue.
package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, results []string, i int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results[i] = fmt.Sprint("recovered: ", r)
			}
		}()
		f()
		results[i] = "ok"
	}()
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 3)
	var m map[string]int
	safeGo(&wg, results, 0, func() {})
	safeGo(&wg, results, 1, func() { m["x"] = 1 })
	safeGo(&wg, results, 2, func() { panic(fmt.Errorf("custom %d", 2)) })
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
