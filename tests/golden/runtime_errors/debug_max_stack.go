// runtime/debug: GC settings return the previous value; SetMaxStack lowers the stack limit, so
// runaway recursion dies with Go's message at the new limit. LockOSThread is accepted.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func depth(n int) int {
	var pad [64]byte
	_ = pad
	return depth(n+1) + 1
}

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	fmt.Println(debug.SetMemoryLimit(-1) > 0)
	debug.FreeOSMemory()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(depth(0))
}
