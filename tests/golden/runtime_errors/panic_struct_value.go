// Panicking with a struct that is neither an error nor a Stringer prints its type and address
// (the address is normalised to 0x?).
package main

type T struct {
	A int
	B string
}

func main() {
	panic(T{1, "x"})
}
