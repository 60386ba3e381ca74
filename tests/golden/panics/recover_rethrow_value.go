// recover returns the panic value with its dynamic type; a panic stops the rest of the deferring function.
package main

import (
	"errors"
	"fmt"
)

var ErrSentinel = errors.New("sentinel")

func f(which int) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("non-error panic: %v", r)
		}
	}()
	switch which {
	case 1:
		panic(ErrSentinel)
	case 2:
		panic([]int{1, 2})
	}
	fmt.Println("no panic in", which)
	return nil
}

func main() {
	for i := 0; i < 3; i++ {
		err := f(i)
		fmt.Println(i, err, errors.Is(err, ErrSentinel))
	}
}
