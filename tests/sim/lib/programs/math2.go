package main

import (
	"fmt"
	"math"
)

func main() {
	x := uint32(12345)
	next := func() float64 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return float64(x) / 4294967296
	}
	bad := map[string]int{}
	sum := map[string]float64{}
	for i := 0; i < 200; i++ {
		a := (next() - 0.5) * 20
		b := next() * 5
		for name, v := range map[string]float64{
			"Sin": math.Sin(a), "Cos": math.Cos(a), "Tan": math.Tan(a), "Atan": math.Atan(a), "Asin": math.Asin(a / 10),
			"Acos": math.Acos(a / 10), "Atan2": math.Atan2(a, b), "Sinh": math.Sinh(a), "Cosh": math.Cosh(a), "Tanh": math.Tanh(a),
			"Pow": math.Pow(b, a), "Cbrt": math.Cbrt(a), "Log10": math.Log10(b), "Log2": math.Log2(b), "Log1p": math.Log1p(b),
			"Expm1": math.Expm1(a / 4), "Exp2": math.Exp2(a), "Hypot": math.Hypot(a, b), "Remainder": math.Remainder(a, b),
			"Atanh": math.Atanh(a / 11), "Gamma": math.Gamma(b), "Erf": math.Erf(a / 5),
		} {
			sum[name] += v
			if math.IsNaN(v) {
				bad[name]++
			}
		}
	}
	for _, name := range []string{"Sin", "Cos", "Tan", "Atan", "Asin", "Acos", "Atan2", "Sinh", "Cosh", "Tanh", "Pow", "Cbrt", "Log10", "Log2", "Log1p", "Expm1", "Exp2", "Hypot", "Remainder", "Atanh", "Gamma", "Erf"} {
		fmt.Println(name, sum[name], math.Float64bits(sum[name]), bad[name])
	}
	fmt.Println(math.Sin(1), math.Cos(math.Pi), math.Pow(2, 0.5), math.Pow(10, -3), math.Cbrt(27), math.Log2(8), math.Log10(1e-5))
	fmt.Println(math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-1, math.Inf(1)), math.Atan2(0, -1), math.Nextafter(1, 2), math.FMA(0.1, 10, -1))
	fmt.Println(math.Exp(1), math.Log(10), math.Sqrt(3), math.Mod(10, 3.3))
	fmt.Println(math.Modf(-3.75))
}
