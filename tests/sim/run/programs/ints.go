// Exact integer semantics: wrapping of every size, division, shifts, conversions, bigint paths.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = math.MaxInt64
	i64++
	var u64 uint64 = 0
	u64--
	fmt.Println(i8, u8, i16, u32, i64, u64)
	x := math.MaxInt64
	fmt.Println(x*2, x/3, -x%7, (x-1)>>1, x<<1, x>>62)
	var big uint64 = 1<<63 + 5
	fmt.Println(big/3, big%10, big>>1, big<<1, int64(big), uint32(big), int8(big))
	a, b := -7, 2
	fmt.Println(a/b, a%b, a>>1, -a>>1, uint(a)>>60)
	s := uint(70)
	u200, m128, neg1 := uint8(200), int8(-128), int8(-1)
	fmt.Println(1<<s, int32(1)<<s, u200+uint8(100), m128/neg1)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), float32(0.1), float64(float32(0.1)))
	n := 1_000_000_007
	acc := 1
	for k := 0; k < 40; k++ {
		acc = acc * 31 % n
	}
	fmt.Println(acc, n*n, uint64(n)*uint64(n)*uint64(n))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var m int64 = -9223372036854775808
	fmt.Println(m/-1, m%-1, -m, m-1)
	fmt.Println(^0, ^uint8(5), 6&^3, 0x0F|0xF0, 5^3)
}
