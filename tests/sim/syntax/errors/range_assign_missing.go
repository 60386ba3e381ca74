package main

func main() {
	for i range []int{1} {
		_ = i
	}
}
