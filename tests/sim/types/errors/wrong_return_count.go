package main

func pair() (int, string) {
	return 1
}

func main() {
	a, b := pair()
	_, _ = a, b
}
