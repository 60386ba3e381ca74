package main

func main() {
	c := make(chan)
	_ = c
}
