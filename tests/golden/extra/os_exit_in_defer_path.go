package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("cleanup")
}

func run() int {
	defer cleanup()
	fmt.Println("working")
	return 3
}

func main() {
	defer fmt.Println("main defer (never printed)")
	code := run()
	func() {
		defer fmt.Println("inner defer (never printed)")
		if code != 0 {
			fmt.Fprintln(os.Stderr, "exiting with", code)
			os.Exit(code)
		}
	}()
	fmt.Println("not reached")
}
