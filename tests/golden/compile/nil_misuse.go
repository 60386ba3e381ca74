// nil cannot be assigned to basic types or compared with non-nilable types; invalid operations on types.
package main

func main() {
	var n int = nil
	var s string
	if s == nil {
	}
	var m map[string]int
	m.x = 1
	_ = n
}
