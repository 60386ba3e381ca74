package main

import "fmt"

func main() {
	var a int32 = 1 << 30
	a *= 4
	var b uint16 = 1
	for i := 0; i < 20; i++ {
		b *= 3
	}
	var c int64 = -9223372036854775808
	c = c - 1
	var d uint = 0
	d--
	e := int8(127)
	e += e
	f := uint8(3) - uint8(5)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%d %x %b\n", int16(-32768)/-1, uint32(0xdeadbeef)*2, int8(-1)<<7)
	var g int = 1 << 62
	fmt.Println(g*4, g+g, (g+g)/2)
	x := 0.1
	fmt.Println(int64(x*1e19), uint64(1e19), int32(float32(2147483520)))
}
