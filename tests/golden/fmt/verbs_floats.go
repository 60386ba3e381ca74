// Float verbs %e %E %f %F %g %G %x with width and precision, and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 1e-7, 1e21, 2.0 / 3}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%.2f|%8.3f|%-10.1f|%g|%.3g|%G\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%+.2f|% .2f|%08.2f|%+08.2f|%-8.2f|\n", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159)
	fmt.Printf("%f|%v|%.2f|%5.1f|%g\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), -math.NaN())
	fmt.Printf("%.0f|%.0f|%.0f|%.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%v|%g|%.10g\n", float32(0.1), float32(1)/3, 1.0/3)
	fmt.Printf("%#g|%#.3g|%#v\n", 1.0, 2.0, 100.0)
	fmt.Printf("%x|%X|%.2x\n", 1.0, 255.5, 3.0)
	fmt.Printf("%v|%.2f|%+v|%e\n", 1+2i, 1.234-5.678i, complex(0, -1), complex(1e3, 0))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%s|%d\n", 1.5, 2.5)
}
