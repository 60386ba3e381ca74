package main

import (
	"fmt"
	"math"
)

func main() {
	var small int8 = 300
	x := 10 / 0
	arr := [3]int{}
	arr[5] = 1
	fmt.Println(small, x, arr, math.MaxInt64+1)
	var u uint8 = 'ÿ' + 1
	fmt.Println(u)
}
