package main

type T struct{ x int }

func main() {
	_ = (T){1}
}
