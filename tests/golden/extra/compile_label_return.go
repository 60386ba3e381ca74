package main

import "fmt"

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
}

func main() {
unused:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	f := func() {
		y := 1
	}
	f()
	fmt.Println(sign(3))
}
