// strconv.FormatFloat/ParseFloat round trips with bit sizes 32 and 64, and shortest formatting.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []float64{0.1, 1.0 / 3, 123456789.125, 1e-10, 5e-324} {
		s64 := strconv.FormatFloat(f, 'g', -1, 64)
		s32 := strconv.FormatFloat(f, 'g', -1, 32)
		back, _ := strconv.ParseFloat(s64, 64)
		fmt.Println(s64, s32, back == f)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'E', 3, 64), strconv.FormatFloat(1234.5678, 'G', 3, 64))
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(35, 36))
}
