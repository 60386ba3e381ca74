package main

func main() {
	s := []int{}
	m := map[int]int{}
	_ = new()
	panic()
	delete(m)
	copy(s)
	clear()
	close()
	_ = real()
	_ = imag(1, 2)
	_ = recover(1)
	print()
}
