// Converting a too-short slice to an array panics (Go 1.20).
package main

func main() {
	s := []int{1, 2}
	a := [3]int(s)
	println(a[0])
}
