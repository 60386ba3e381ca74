// Recorded regression program: misc_semantics (expected output from real Go via record.mjs).
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	name string
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	go fmt.Println("g", 1)
	time.Sleep(10 * time.Millisecond)
	runtime.Gosched()
	var head *Node
	for i := 0; i < 4; i++ {
		head = &Node{i, head}
	}
	fmt.Println(head.Len(), head.Val, head.Next.Val)
	s := Service{&Logger{"[svc] "}, "x"}
	s.Log("hello")
	f := s.Log
	f("bound")
	fmt.Println(sum(), sum(1, 2), sum([]int{4, 5}...))
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	fmt.Println(x)
	var fns []func()
	for i := range 3 {
		defer func() { fmt.Println("defer", i) }()
		fns = append(fns, func() { fmt.Print(i) })
	}
	for _, fn := range fns {
		fn()
	}
	fmt.Println()
	type pair struct {
		a *int
		b []string
		m map[string]int
	}
	n := 5
	p := pair{&n, []string{"q"}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v %+v\n", p.b, p.m)
	fmt.Printf("%d %5d %-5d| %x %X %o %b %08.3f %e %g %q %c %U\n", 42, 42, 42, 255, 255, 8, 5, 3.14159, 1234.5678, 0.000001, "hi", 'A', 'é')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%6.2f|%-8s|%8s|%v\n", 3.14159, "ab", "cd", []interface{}{1, "a", nil})
	var iface interface{} = 3
	switch v := iface.(type) {
	case string:
		fmt.Println("str", v)
	case int:
		fmt.Println("int", v+1)
	}
	loop := 0
outer:
	for {
		select {
		default:
			loop++
			if loop > 3 {
				break outer
			}
		}
	}
	fmt.Println("loop", loop, runtime.NumGoroutine())
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { ch <- 2 }()
	fmt.Println(<-ch + <-ch)
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	mu := make(chan struct{})
	go func() {
		time.Sleep(time.Second)
		close(mu)
	}()
	<-mu
	fmt.Println("end")
	var wait chan int
	go func() { wait <- 1 }()
	<-wait
}
