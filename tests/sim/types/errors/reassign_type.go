package main

func main() {
	x := 5
	x = "a"
	_ = x
}
