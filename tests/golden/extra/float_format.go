package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 1, -1.5, 0.1 + 0.2, 1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, f := range fs {
		fmt.Println(f, float32(f))
	}
	fmt.Printf("%v %g %f %.2f %e\n", 2.0/3, 2.0/3, 2.0/3, 2.0/3, 2.0/3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.IsNaN(math.Log(-1)))
	fmt.Printf("%5.1f|%-7.3e|%G\n", math.Inf(1), math.NaN(), 1e-10)
	fmt.Println(float32(1)/3, 1.0/3, 100.0, 1e100)
	c := complex(1, 2)
	fmt.Println(c, real(c), imag(c), c*c)
	fmt.Printf("%.2f %v\n", c, complex64(c))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Abs(-0.0), math.Max(3, math.NaN()))
	fmt.Println(float64(int64(1<<53+1)), int64(float64(1<<53+1)))
}
