package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		var e error = r.(error)
		fmt.Println(e.Error())
		panic(nil)
	}()
	panic(nil)
}
