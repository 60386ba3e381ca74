// Division truncates toward zero, % takes the sign of the dividend, shifts and bit operators.
package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	x := -8
	fmt.Println(x>>1, x>>10, uint8(x)>>1, x<<2)
	var u uint8 = 0b1010_1100
	fmt.Println(u&0x0f, u|0x0f, u^0xff, u&^0x0c, ^u)
	var s int = 1
	fmt.Println(s<<63, s<<64, s<<100)
	var sh uint = 70
	one32, m1 := int32(1), int64(-1)
	fmt.Println(1<<sh == 0, one32<<31, m1>>63, one32<<sh)
	fmt.Println(0x7f, 0o17, 017, 1_000_000, 'a', '\n')
	var i8 int8 = -1
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8))
	fmt.Println(int8(200+0*s), int16(70000+0*s), int32(5000000000+0*s))
}
