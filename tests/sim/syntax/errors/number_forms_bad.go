package main

func main() {
	a := 0b
	b := 0o8
	c := 1e+
	d := 0x1p
	e := 0b1.0
	f := 0o1e3
	_, _, _, _, _, _ = a, b, c, d, e, f
}
