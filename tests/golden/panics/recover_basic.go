// recover in a deferred function stops a panic; execution continues after the panicking function's caller.
package main

import "fmt"

func risky(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	if n > 2 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
	return "ok"
}

func main() {
	fmt.Println(risky(1))
	fmt.Println(risky(5))
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		panic(42)
	}()
	func() {
		defer func() { fmt.Println("second recover:", recover()) }()
		defer func() { fmt.Println("first recover:", recover()) }()
		panic("once")
	}()
	fmt.Println("main continues")
}
