package main

import (
	"fmt"
	"math"
)

func main() {
	x := 16
	fmt.Println(math.Sqrt(x))
}
