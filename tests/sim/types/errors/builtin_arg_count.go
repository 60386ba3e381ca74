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
}
