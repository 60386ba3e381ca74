// Fields of struct values stored in a map cannot be assigned directly.
package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].X = 2
}
