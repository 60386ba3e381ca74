// runtime.GOMAXPROCS and NumCPU: only machine-independent facts are printed (setting returns the previous value).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.NumCPU()
	fmt.Println(n >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev >= 1) // the default depends on the machine (CPUs, cgroup limits since Go 1.25)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(3), runtime.GOMAXPROCS(0))
}
