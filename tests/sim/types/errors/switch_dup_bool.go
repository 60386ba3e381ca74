package main

import "fmt"

func main() {
	x := 3
	switch {
	case x > 1:
		fmt.Println(1)
	case x > 1:
		fmt.Println(2)
	}
	switch x {
	case 1 + 1, 2:
	}
}
