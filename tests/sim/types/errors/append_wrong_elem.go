package main

func main() {
	s := []int{}
	s = append(s, "a", 2.5)
	_ = s
}
