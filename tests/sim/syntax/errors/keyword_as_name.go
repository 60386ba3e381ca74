package main

func main() {
	type := 3
	_ = type
}
