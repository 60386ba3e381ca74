package main

func main() {
	var x int = true
	var y bool = 1
	_, _ = x, y
}
