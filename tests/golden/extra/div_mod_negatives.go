package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, -1}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", a, b, a/b, a, b, a%b)
	}
	fmt.Println(-7>>1, -1>>10, 7>>1, -8/4)
	fmt.Println(math.Mod(-7, 2), math.Remainder(7, 2), math.Floor(-3.5), math.Trunc(-3.5), math.Round(-2.5), math.RoundToEven(2.5))
	var u uint = 7
	fmt.Println(u/2, u%4, -7.0/2)
	const big = 1 << 100
	fmt.Println(big>>98, big/(1<<97))
	x := 10
	x /= 3
	x %= 2
	fmt.Println(x)
	fmt.Println(5.0/0.0 > 1e308, math.Inf(-1), math.NaN() == math.NaN(), -0.0)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.Copysign(0, -1))
}
