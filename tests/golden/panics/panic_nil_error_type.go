// panic(nil) panics with a *runtime.PanicNilError (Go 1.21+), and failed assertions with a
// *runtime.TypeAssertionError: both are runtime.Error values user code can name.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	func() {
		defer func() {
			r := recover()
			var pe *runtime.PanicNilError
			err, _ := r.(error)
			fmt.Println(errors.As(err, &pe), pe != nil, err)
			_, isRT := r.(runtime.Error)
			fmt.Printf("%T %v\n", r, isRT)
		}()
		panic(nil)
	}()
	func() {
		defer func() {
			r := recover()
			te, ok := r.(*runtime.TypeAssertionError)
			fmt.Println(ok, te)
		}()
		var x any = "s"
		_ = x.(int)
	}()
	panic(nil)
}
