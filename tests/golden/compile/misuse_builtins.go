// Misusing builtins: len of an int, append to a non-slice, result of append not used, make of a non-make type.
package main

func main() {
	n := 5
	_ = len(n)
	s := []int{}
	append(s, 1)
	_ = make(int)
	var arr [3]int
	_ = append(arr, 1)
	_ = cap(map[int]int{})
}
