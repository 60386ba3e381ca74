package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

func show(s Shape) {}

func main() {
	show(Circle{1})
}
