package main

func sum(xs ...int) int { return len(xs) }

func two() (int, int) { return 1, 2 }

func main() {
	a := []string{"x"}
	_ = sum(a...)
	_ = sum(1, []int{2}...)
	_ = sum(two())
}
