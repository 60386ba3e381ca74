package main

func main() {
	a := []int{1}
	b := []string{"x"}
	copy(a, b)
	delete(a, 0)
}
