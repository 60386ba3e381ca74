// Deferred calls, recover rules, re-panics, runtime errors as values, panics crossing frames.
package main

import (
	"errors"
	"fmt"
)

func inner() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	var a []int
	_ = a[3]
	return nil
}

func helper() any { return recover() }

func notDirect() (r any) {
	defer func() { r = helper() }()
	defer func() {
		defer func() { fmt.Println("nested recover:", recover()) }()
	}()
	panic("x")
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer func() { fmt.Print("closure ") }()
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func fails(n int) error {
	if n > 0 {
		return &MyErr{n}
	}
	return nil
}

func main() {
	fmt.Println(inner())
	func() {
		defer func() { fmt.Println("outer got:", recover()) }()
		notDirect()
	}()
	order()
	fmt.Println()
	err := fails(3)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code, fails(0) == nil)
	func() {
		defer func() {
			r := recover()
			e, ok := r.(error)
			fmt.Println("runtime:", ok, e)
		}()
		var m map[string]int
		m["a"] = 1
	}()
	defer fmt.Println("deferred before final panic")
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	panic(errors.New("first"))
}
