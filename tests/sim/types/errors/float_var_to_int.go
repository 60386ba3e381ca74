package main

func main() {
	var f float64 = 1
	var i int = f
	_ = i
}
