package main

func main() {
	f := (x int) => x * 2
	_ = f
}
