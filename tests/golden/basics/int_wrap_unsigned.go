// Unsigned integers wrap modulo 2^n; negation and subtraction below zero wrap too.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8", a)
	a--
	fmt.Println("uint8", a, a*a, a+a)
	var b uint16
	b--
	fmt.Println("uint16", b)
	var c uint32 = math.MaxUint32
	c += 10
	fmt.Println("uint32", c)
	var d uint64 = math.MaxUint64
	fmt.Println("uint64", d, d+1, d*d, d/3)
	var e uint = 0
	e -= 1
	fmt.Println("uint", e, -e)
	var f uintptr = 1
	f <<= 63
	fmt.Println("uintptr", f, f*2)
	var g byte = 'A'
	g += 200
	fmt.Println("byte", g)
	var h uint64 = 1 << 63
	fmt.Println("half", h, h>>1, h%7, h/10)
}
