// math: constants, Sqrt, Pow, Abs, Floor/Ceil/Round/Trunc, Mod, Max/Min, Inf/NaN, IsNaN, integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Abs(-3.5), math.Floor(2.7), math.Ceil(2.1), math.Round(2.5), math.Round(-0.5), math.Trunc(-2.7))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Hypot(3, 4))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(0.001), math.Exp(0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.25)
	fmt.Println(ip, fp)
}
