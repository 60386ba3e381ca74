package main

func main() {
	s := []int{}
	m := map[int]int{}
	_ = len()
	_ = len(s, s)
	s = append()
	_ = min()
	_ = max()
	_ = complex(1)
	_ = cap(s, 1, 2)
	_ = make()
	_ = new()
	panic()
	delete(m)
	copy(s)
	clear()
	close()
	_ = real()
	_ = imag(1, 2)
	_ = recover(1)
}
