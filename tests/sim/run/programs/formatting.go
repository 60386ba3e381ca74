// Recorded regression program: formatting and values (expected output from real Go via record.mjs).
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type T struct{ n int }

func (t T) Show()   { fmt.Println("show", t.n) }
func (t *T) PShow() { fmt.Println("pshow", t.n) }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	t := T{1}
	defer t.Show()
	defer t.PShow()
	f := t.Show
	t.n = 2
	f()
	arr := [2]T{{1}, {2}}
	for _, v := range arr {
		arr[1].n = 99
		fmt.Print(v.n, " ")
	}
	fmt.Println(arr[1].n)
	var u64 uint64 = math.MaxUint64
	var i64 int64 = math.MinInt64
	fmt.Println(u64, i64, u64>>1, float64(u64), uint8(u64))
	fmt.Printf("%x %d %v %08b\n", u64, i64, Temp(21.55), 5)
	fmt.Println(Monday, Tuesday+0, Weekday(0), []Weekday{1, 2})
	fmt.Printf("%v %d %s\n", Monday, Monday, Tuesday)
	fmt.Println(math.Sqrt(2), math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.Pi)
	fmt.Println(1e21, 1e20, 123456789.0, 0.1+0.2, float32(0.1), 100.0, -0.0, 2.5e-8)
	fmt.Println(strings.ToUpper("héllo"), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.Replace("oink oink", "k", "ky", 1))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b, string(rune(65)), string(b[1:]))
	x := 10
	p := &x
	pp := &p
	**pp = 20
	fmt.Println(x, *p == 20)
	type Inner struct{ A, B int }
	type Outer struct {
		Inner
		C []int
		D map[string]Inner
		E *Inner
	}
	o := Outer{Inner{1, 2}, []int{3}, map[string]Inner{"k": {4, 5}}, &Inner{6, 7}}
	fmt.Printf("%v\n%+v\n", o.Inner, o.D)
	var ip *Inner
	var e error
	fmt.Println(ip, e, []int(nil), map[string]int(nil))
	fmt.Printf("%#v %#v %#v\n", o.Inner, []string{"a"}, 42)
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
}
