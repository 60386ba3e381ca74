// Float-to-integer conversions of out-of-range values, NaN and infinities: implementation-defined
// by the spec, and what gc's amd64 code gives (through int32 for small kinds, int64 for uint32).
package main

import (
	"fmt"
	"math"
)

var vals = []float64{1e20, -1e20, 3e9, -3e9, 300.7, -300.7, 70000.5, -1.5, -0.5, 9223372036854775808, 18446744073709551616, 1.8e19, -1.8e19, 5e9, -5e9, math.NaN(), math.Inf(1), math.Inf(-1), 4294967295.5, 4294967296}

func main() {
	for _, v := range vals {
		f := float32(v)
		fmt.Println(v, int8(v), int16(v), int32(v), int64(v), int(v), uint8(v), uint16(v), uint32(v), uint64(v), uint(v), uintptr(v))
		fmt.Println(" f32", int8(f), int16(f), int32(f), int64(f), uint8(f), uint16(f), uint32(f), uint64(f))
	}
}
