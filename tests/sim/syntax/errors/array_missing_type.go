package main

func main() {
	var a [3]
	_ = a
}
