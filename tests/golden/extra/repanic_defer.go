package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer defer runs")
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}
