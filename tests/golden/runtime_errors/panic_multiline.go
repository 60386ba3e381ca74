// A panic message with newlines is printed as is; a custom error type's Error method is used.
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d:\n\tdetails", e.code) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(E{42})
	}()
	panic("line one\nline two")
}
