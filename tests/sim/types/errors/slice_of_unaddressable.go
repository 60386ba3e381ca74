package main

func arr() [3]int { return [3]int{} }

func main() {
	_ = arr()[:]
	s := "abc"
	_ = s[1:2:3]
}
