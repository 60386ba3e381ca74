// A recovered panic that is panicked again prints "[recovered, repanicked]" (Go 1.23+), exit code 2.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic(fmt.Errorf("boom %d", 1))
}
