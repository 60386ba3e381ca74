// Recorded regression program: workers_sync (expected output from real Go via record.mjs).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *Counter) Get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

type Animal interface{ Sound() string }
type Base struct{ Name string }

func (b Base) Describe() string { return "I am " + b.Name }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "woof" }

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j) * time.Millisecond)
		results <- fmt.Sprintf("w%d:j%d", id, j)
	}
}

func main() {
	c := &Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Get("a"), c.Get("b"))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var n int64
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); atomic.AddInt64(&n, 2) }()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&n))

	d := Dog{Base{"rex"}, "lab"}
	var a Animal = d
	fmt.Println(a.Sound(), d.Describe(), d.Name)
	if dd, ok := a.(Dog); ok {
		fmt.Println(dd.Breed)
	}
	fmt.Printf("%v %+v %T\n", d, d, a)

	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg3 sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg3.Add(1)
		go worker(w, jobs, results, &wg3)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j * 10
	}
	close(jobs)
	wg3.Wait()
	close(results)
	cnt := 0
	for range results {
		cnt++
	}
	fmt.Println("results", cnt)

	timer := time.NewTimer(100 * time.Millisecond)
	select {
	case <-timer.C:
		fmt.Println("timer fired")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("after")
	}
	ticker := time.NewTicker(10 * time.Millisecond)
	k := 0
	for range ticker.C {
		k++
		if k == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", k)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := make([]int, 2, 10)
	copy(u, s)
	fmt.Println(u, s[len(s)-1])
	var arr [5]int
	sl := arr[:]
	sl[2] = 7
	fmt.Println(arr)
	matrix := [][]string{{"a"}, {"b", "c"}}
	matrix[1] = append(matrix[1], "d")
	fmt.Println(matrix, len(matrix[1]))
	str := "héllo, 世界"
	for i, r := range str {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(str), []byte(str)[1], []rune(str)[1])
}
