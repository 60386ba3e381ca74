// Returning too many or too few values, and using a void function as a value.
package main

func one() int { return 1, 2 }

func two() (int, string) { return 1 }

func none() {}

func main() {
	x := none()
	_ = x
	_ = one()
	_, _ = two()
}
