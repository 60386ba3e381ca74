package main

type Shape interface{ Area() float64 }

func show(s *Shape) {
	_ = s.Area()
}

func main() {}
