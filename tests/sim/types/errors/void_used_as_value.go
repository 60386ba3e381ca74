package main

func hello() {}

func main() {
	x := hello()
	_ = x
}
