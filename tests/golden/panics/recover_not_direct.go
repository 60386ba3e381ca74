// recover only stops a panic when called directly by a deferred function, not by a helper it calls.
package main

import "fmt"

func helper() any { return recover() }

func main() {
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		fmt.Println("via helper:", helper())
	}()
	defer func() {
		func() {
			fmt.Println("nested literal:", recover())
		}()
	}()
	panic("boom")
}
