package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var x uint8 = 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b\n", x<<1, x>>2, x&^0b110, x|1)
	fmt.Println(bits.OnesCount8(x), bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255))
	fmt.Printf("%08b\n", bits.RotateLeft8(x, 3))
	fmt.Println(bits.Reverse8(1), bits.ReverseBytes16(0x1234) == 0x3412)
	s := 70
	var v int64 = 1
	fmt.Println(v<<s, v<<(s-10), int32(-1)>>31, uint32(1)<<s)
	n := -5
	fmt.Println(n>>1, n<<2, n&0xff, n^-1, ^n)
	flags := 0
	flags |= 1 << 3
	flags |= 1 << 0
	flags &^= 1 << 0
	fmt.Println(flags, flags&(1<<3) != 0)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
}
