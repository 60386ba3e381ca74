package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func load() {
	calls++
	config = map[string]string{"env": "dev", "level": "3"}
}

func get(k string) string {
	once.Do(load)
	return config[k]
}

func main() {
	var wg sync.WaitGroup
	var mu sync.RWMutex
	res := make([]string, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			res[i] = get("env")
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(res, calls)
	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)
}
