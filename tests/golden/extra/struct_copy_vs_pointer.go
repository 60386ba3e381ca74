package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    []Point
	Center Point
	Tags   map[string]bool
}

func moveVal(p Point)  { p.X += 100 }
func movePtr(p *Point) { p.X += 100 }

func main() {
	p := Point{1, 2}
	moveVal(p)
	fmt.Println(p)
	movePtr(&p)
	fmt.Println(p)
	s1 := Shape{"tri", []Point{{0, 0}, {1, 1}}, Point{5, 5}, map[string]bool{"a": true}}
	s2 := s1
	s2.Name = "copy"
	s2.Center.X = 99
	s2.Pts[0].X = 42
	s2.Tags["b"] = true
	fmt.Printf("%+v\n%+v\n", s1, s2)
	arr := [3]Point{{1, 1}}
	arr2 := arr
	arr2[0].Y = 7
	fmt.Println(arr, arr2, arr == arr2)
	pp := &arr[1]
	pp.X = 3
	fmt.Println(arr)
	fmt.Println(p == Point{201, 2}, Point{} == Point{0, 0})
}
