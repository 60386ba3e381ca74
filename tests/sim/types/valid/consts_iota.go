package main

import (
	"fmt"
	"math"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
)

const big = 1 << 100
const ratio = big / (1 << 98)
const pi2 = math.Pi * 2
const s = "hello" + ", " + "world"
const r = 'a' + 1
const f32 float32 = 1.0 / 3

func main() {
	var x uint8 = 255
	x++
	var d2 time.Duration = 3 * time.Second
	timeout := 500 * time.Millisecond
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB, a, b, c, d, F1|F3, ratio, pi2, s, r, f32, x, d2, timeout)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt64, len(s), s[1], 1<<3.0, ^0, -7/2, -7%2, 7.0/2)
	var shift uint = 3
	y := 1 << shift
	var z int64 = 1 << shift
	fmt.Println(y, z, complex(1, 2), real(complex(1, 2)), imag(3i))
	fmt.Printf("%T %T %T\n", y, 'x', 2.5)
}
