package main

func main() {
	x := ٣
	_ = x
}
