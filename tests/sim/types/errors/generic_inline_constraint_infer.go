package main

import "fmt"

func Double[T int | int64](x T) T { return x * 2 }

func main() {
	fmt.Println(Double(1.5))
	fmt.Println(Double("a"))
}
