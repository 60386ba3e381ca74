// A slice expression with low > high panics: slice bounds out of range [3:2].
package main

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	_ = s[lo:hi]
}
