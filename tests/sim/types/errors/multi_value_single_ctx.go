package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := strconv.Atoi("1") + 1
	fmt.Println(strconv.Atoi("2"), x)
	var y int = strconv.Atoi("3")
	_ = y
}
