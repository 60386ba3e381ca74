// A negative variable index panics with index out of range [-1].
package main

func main() {
	s := make([]string, 2)
	i := -1
	println(s[i])
}
