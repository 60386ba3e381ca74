package main

type P struct{ X, Y int }

func main() {
	_ = P{X: 1, 2}
	_ = P{1, 2, 3}
	_ = P{X: 1, X: 2}
}
