// Slicing beyond capacity panics with the bound and capacity.
package main

func main() {
	s := make([]int, 3, 5)
	j := 6
	_ = s[1:j]
}
