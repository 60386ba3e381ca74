package main

func main() {
	var a [3]int
	a[3] = 1
	s := "abc"
	_ = s[10]
}
