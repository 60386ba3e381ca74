package main

import (
	"fmt"
	"math"
	"os"
	"strings"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3.2))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.Pi, math.E)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Trunc(-3.7), math.Round(2.5), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(1), math.Cos(1), math.Log(10), math.Exp(2))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, math.Float32bits(f32))
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.SmallestNonzeroFloat64)
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, fmt.Sprintf("%.20f", x))
	fmt.Println(1e100, 123456789.0, 1234567890123456789.0, 0.000001, 0.0000001)
	defer fmt.Println("deferred not run")
	fmt.Println(strings.Repeat("=", 10))
	os.Exit(3)
}
