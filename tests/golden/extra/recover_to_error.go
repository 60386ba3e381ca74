package main

import (
	"errors"
	"fmt"
)

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func safe(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	return mustPositive(n) * 2, nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(safe(4))
	fmt.Println(safe(-3))
	q, err := divide(7, 0)
	fmt.Println(q, err)
	var rte interface{ RuntimeError() }
	fmt.Println(errors.As(err, &rte))
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(errors.New("custom"))
	}()
	fmt.Println(recover())
}
