// Float formatting by Println and %v: shortest repr, exponent thresholds, Inf, NaN, -0.
package main

import (
	"fmt"
	"math"
)

func main() {
	p1, p2 := 0.1, 0.2
	fmt.Println(p1+p2, p1*3, 1-p2*3)
	fmt.Println(0.1+0.2, 1.0, 3.0/2, 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Println(float32(0.1)+float32(0.2), float32(1)/3, float32(16777217))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	tiny, huge := 2.5e-300, 1e308
	fmt.Println(tiny*1e-10, huge*10, -huge*10)
	x := 100.0
	fmt.Println(x, x/3, x*1e6, x*1e19)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(2.7), math.Sqrt(2))
	var c complex128 = complex(1, -2)
	fmt.Println(c, real(c), imag(c), c*c)
}
