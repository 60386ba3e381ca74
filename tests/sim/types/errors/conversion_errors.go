package main

type Celsius float64

func main() {
	s := "12"
	n := int(s)
	var c Celsius = 3
	f := float64(c)
	b := []byte(42)
	_, _, _ = n, f, b
}
