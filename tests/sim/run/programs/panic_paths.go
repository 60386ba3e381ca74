// Recorded regression program: panic_paths (expected output from real Go via record.mjs).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func level3() { panic(E{"deep"}) }
func level2() {
	defer fmt.Println("level2 defer")
	level3()
}
func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	level2()
	return nil
}

func main() {
	fmt.Println(level1())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("goexit defer")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	func() {
		defer func() {
			fmt.Println("r1:", recover())
		}()
		defer func() {
			panic("second")
		}()
		panic("first")
	}()
	x := []int{1, 2, 3}
	i := 5
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		var m map[int]int
		m[1] = 2
	}()
	fmt.Println(x[i%4])
}
