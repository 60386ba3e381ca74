// panic with an error value prints Error(); with a Stringer, String() is NOT used for non-error types
// except via print rules: Go prints basic kinds by value and named basic types as T(value).
package main

import (
	"fmt"
	"os"
)

type Code int

type MyErr struct{ Op string }

func (e *MyErr) Error() string { return "op failed: " + e.Op }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %v\n", r, r)
		fmt.Fprintln(os.Stderr, "about to panic with a custom error")
		panic(&MyErr{"write"})
	}()
	panic(Code(7))
}
