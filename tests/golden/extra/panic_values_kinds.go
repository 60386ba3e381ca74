package main

import (
	"fmt"
	"os"
)

type MyInt int
type Code struct{ N int }

func try(i int) {
	defer func() {
		r := recover()
		fmt.Printf("%d: %T %v\n", i, r, r)
	}()
	switch i {
	case 0:
		panic(MyInt(3))
	case 1:
		panic(Code{7})
	case 2:
		panic(fmt.Errorf("wrapped %w", os.ErrClosed))
	case 3:
		var a []int
		_ = a[i]
	case 4:
		var f func()
		f()
	case 5:
		var x interface{} = "s"
		_ = x.(int)
	case 6:
		a := make([]int, 2, 4)
		_ = a[1:5]
	case 7:
		s := []int{1, 2, 3}
		_ = [4]int(s)
	case 8:
		var e error
		_ = e.Error()
	}
}

func main() {
	for i := 0; i <= 8; i++ {
		try(i)
	}
	panic(Code{9})
}
