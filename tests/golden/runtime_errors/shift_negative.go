// Shifting by a negative variable amount panics: negative shift amount.
package main

func main() {
	s := -2
	println(1 << s)
}
