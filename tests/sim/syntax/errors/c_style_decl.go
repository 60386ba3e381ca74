package main

func main() {
	int x = 5
	_ = x
}
