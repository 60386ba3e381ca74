// Numeric conversions: truncation toward zero, wrapping, sign extension, float rounding.
package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9), uint8(int(f)))
	big := 300
	fmt.Println(uint8(big), int8(big), int16(big))
	neg := -1
	fmt.Println(uint32(neg), uint64(neg), uint(neg))
	var i32 int32 = -5
	fmt.Println(int64(i32), uint16(i32))
	fmt.Println(float32(0.1), float64(float32(0.1)), float64(1<<53+1))
	n := 7
	fmt.Println(float64(n)/2, n/2, float32(n)/3)
	r := 'é'
	fmt.Println(r, string(r), string(rune(65)), []byte("é"), []rune("héllo"))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x4e16, 0x754c}))
	var b byte = 'z'
	fmt.Println(b, string(b), rune(b))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', 1+2i)
}
