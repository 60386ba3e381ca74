// runtime.Goexit in main while another goroutine is blocked: the ordinary deadlock error.
package main

import "runtime"

func main() {
	go func() { select {} }()
	runtime.Goexit()
}
