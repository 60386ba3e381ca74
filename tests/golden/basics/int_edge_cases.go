// Integer edge cases: MinInt64 / -1 does not panic (it wraps), % -1 is 0, shifts past the width.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	m1 := int64(-1)
	fmt.Println(x/m1, x%m1, -x, x*m1)
	var i8 int8 = -128
	d8 := int8(-1)
	fmt.Println(i8/d8, i8%d8)
	var i32 int32 = math.MinInt32
	d32 := int32(-1)
	fmt.Println(i32/d32, i32%d32)
	neg := -5
	for _, s := range []uint{1, 2, 63, 64, 65, 200} {
		fmt.Println(s, neg>>s, neg<<s, uint64(1)<<s, int8(1)<<s, uint8(255)>>s)
	}
	var u uint32 = 1
	fmt.Println(u<<31, u<<32, ^u, -u)
	fmt.Println(7&-7, -7&^3, 6^-1)
}
