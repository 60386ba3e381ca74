package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var u8 uint8 = 255
	var i16 int16 = math.MinInt16
	var u16 uint16 = 0
	var i32 int32 = math.MaxInt32
	var u32 uint32 = 1 << 31
	var i64 int64 = math.MaxInt64
	var u64 uint64 = math.MaxUint64
	i8++
	u8++
	i16--
	u16--
	i32 += 1
	u32 *= 2
	i64++
	u64 += 2
	fmt.Println(i8, u8, i16, u16, i32, u32, i64, u64)
	var b byte = 200
	fmt.Println(b+b, b*2, -b, ^b, int8(b), uint16(int8(b)))
	x := int8(-128)
	fmt.Println(-x, x/-1, x*x, x-1)
	var m int = math.MinInt64
	fmt.Println(m/-1, m%-1, -m)
	fmt.Println(uint32(math.MaxUint32)+1 == 0, int16(40000-65536))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+253), int64(float32(16777217)))
	var h uint = 1
	fmt.Println(h<<63, h<<64, int32(1)<<31)
}
