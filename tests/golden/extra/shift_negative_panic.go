package main

import "fmt"

func shift(n int) int {
	return 1 << n
}

func main() {
	fmt.Println(shift(3))
	k := -1
	fmt.Println(shift(k))
}
