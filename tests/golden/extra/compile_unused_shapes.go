package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	x, y := 1, 2
	fmt.Println(x)
	for i, v := range []int{1} {
		fmt.Println(v)
	}
	if z := 3; true {
	}
	var s string
	s = "assigned but not used"
}
