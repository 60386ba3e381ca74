// Benchmark: recursive Fibonacci, fib(27) — calls and integer arithmetic (CPU-bound).
// With the argument -time the program prints its own run time (ns) to stderr, so the native
// figure excludes process start-up; the simulator runs it without arguments.
package main

import (
	"fmt"
	"os"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	start := time.Now()
	r := fib(27)
	elapsed := time.Since(start)
	fmt.Println(r)
	if len(os.Args) > 1 && os.Args[1] == "-time" {
		fmt.Fprintln(os.Stderr, "ns", elapsed.Nanoseconds())
	}
}
