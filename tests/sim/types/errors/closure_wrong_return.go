package main

func main() {
	f := func(x int) int {
		return x > 1
	}
	_ = f
}
