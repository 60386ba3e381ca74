// Integer verbs on extreme values of every size: %d %x %o %b %c %U %q, and Sprint of typed values.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []any{int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64),
		uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(0)}
	for _, v := range vals {
		fmt.Printf("%T %d %x %X %o %b\n", v, v, v, v, v, v)
	}
	fmt.Printf("%#x %#o %#b %x\n", int64(math.MinInt64), -8, -5, -1)
	fmt.Printf("%c|%q|%U\n", 0x110000, 0xD800, 0x10FFFF)
	fmt.Printf("%08x|%-8X|%+x|% x\n", 3054, 3054, 3054, -3054)
	fmt.Printf("%5.2d|%-5.3x|%.0x|\n", 3, 10, 0)
	fmt.Println(int8(-128), uint64(1<<63), rune(-1), byte(255))
	fmt.Printf("%v %d %s\n", []int8{-1, 2}, []uint16{65535}, []int{1})
}
