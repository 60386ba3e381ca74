package main

type P struct{ X int }

func main() {
	p := P{1}
	q := *p
	_ = q
}
