package main

func main() {
	var b byte = "a"
	_ = b
}
