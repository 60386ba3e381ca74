package main

type P struct {
	X  int
	Ys []int
}

func main() {
	m := map[int]P{}
	m[1].X += 3
	m[1].X--
	m[1].Ys = nil
	m[1].Ys[0] = 1
}
