package main

func main() {
	var n int = nil
	_ = n
}
