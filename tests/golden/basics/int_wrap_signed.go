// Signed integers wrap around on overflow in two's complement, for every size.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = math.MaxInt8
	a++
	fmt.Println("int8", a, a-1, -a)
	var b int16 = math.MaxInt16
	b += 2
	fmt.Println("int16", b)
	var c int32 = math.MinInt32
	c--
	fmt.Println("int32", c)
	var d int64 = math.MaxInt64
	d++
	fmt.Println("int64", d)
	var e int = math.MinInt
	e--
	fmt.Println("int", e)
	var m int8 = -128
	fmt.Println("neg", -m, m*-1, m/-1)
	var x int32 = 1 << 30
	fmt.Println("mul", x*4, x*3)
	var y int64 = 3037000500
	fmt.Println("sq", y*y)
	var z int = 1
	for i := 0; i < 70; i++ {
		z *= 3
	}
	fmt.Println("pow", z)
}
