package main

import (
	"fmt"
	"time"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO"}[l] }

type Entry struct {
	Lvl   Level
	lvl   Level
	Took  time.Duration
	took  time.Duration
	Inner *Entry
	Errs  []error
}

func main() {
	e := Entry{Lvl: 1, lvl: 1, Took: 1500 * time.Millisecond, took: 2 * time.Second}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Printf("%#v\n", &Entry{Lvl: 1})
	fmt.Printf("[%5v][%-4v][%05d]\n", []int{1, 22}, []string{"a"}, []int{3, -4})
	fmt.Printf("[%+d][%-08d][% x][%#v][%T]\n", 5, 42, -255, struct{ A *int }{}, nil)
	fmt.Printf("%x %o %b\n", uint64(1<<64-1), int64(-1<<63), int8(-128))
	fmt.Printf("%v %.3v %q\n", []error{fmt.Errorf("e1")}, "abcdef", []string{"x y", "中"})
	fmt.Printf("%6.2f|%-8.3s|%8.3q\n", []float64{1, 2.345}, "abcdef", "abcdef")
	fmt.Println(float32(0.1)+float32(0.2), float32(1)/3, float32(16777216.0)+1, float32(3.4e38)*10)
}
