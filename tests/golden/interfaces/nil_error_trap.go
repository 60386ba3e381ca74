// A nil *T stored in an error interface is not a nil error: the interface has a type.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func fixed(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	err = fixed(false)
	fmt.Println(err == nil)
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target != nil)
	var e1 error
	var e2 error = (*MyErr)(nil)
	fmt.Println(e1 == e2, e2.Error())
}
