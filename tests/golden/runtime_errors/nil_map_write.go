// Assigning to an entry of a nil map panics.
package main

func main() {
	var m map[string]int
	println(m["read is fine"])
	m["a"] = 1
}
