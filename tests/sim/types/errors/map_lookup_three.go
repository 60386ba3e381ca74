package main

func main() {
	m := map[string]int{}
	v, ok, extra := m["a"]
	_, _, _ = v, ok, extra
}
