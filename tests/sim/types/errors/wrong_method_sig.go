package main

type Shape interface{ Area() float64 }

type Circle struct{ r float64 }

func (c Circle) Area() int { return 1 }

func main() {
	var s Shape = Circle{1}
	_ = s
}
