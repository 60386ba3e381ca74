// sync.Map CompareAndSwap/CompareAndDelete, sync.OnceValues, atomic.Value.CompareAndSwap's panics,
// context values printed by type, WaitGroup.Go re-panicking a panic of its function.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

type ctxKey string
type reqID struct{ n int }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), reqID{7})
	ctx = context.WithValue(ctx, 1, 2.5)
	ctx = context.WithValue(ctx, "name", "gopher")
	fmt.Println(ctx)

	var m sync.Map
	m.Store("a", 1)
	fmt.Println(m.CompareAndSwap("a", 1, 2), m.CompareAndSwap("a", 1, 3), m.CompareAndSwap("zz", nil, 3))
	v, _ := m.Load("a")
	fmt.Println(v, m.CompareAndDelete("a", 5), m.CompareAndDelete("a", 2))
	_, ok := m.Load("a")
	fmt.Println(ok)

	pair := sync.OnceValues(func() (int, error) {
		fmt.Println("computing once")
		return 42, nil
	})
	a, err := pair()
	b, _ := pair()
	fmt.Println(a, b, err)

	var av atomic.Value
	fmt.Println(av.CompareAndSwap(nil, 1), av.CompareAndSwap(1, 2), av.CompareAndSwap(1, 3), av.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		av.CompareAndSwap(2, "x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		av.CompareAndSwap(nil, "x")
	}()

	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for i := 1; i <= 4; i++ {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(total)
	wg.Go(func() { panic("boom") })
	wg.Wait()
}
