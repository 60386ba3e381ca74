package main

const N = 5

func main() {
	N++
	x := [3]int{}
	x = append(x, 1)
}
