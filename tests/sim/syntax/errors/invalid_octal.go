package main

func main() {
	x := 0o19
	_ = x
}
