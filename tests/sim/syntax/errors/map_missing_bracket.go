package main

func main() {
	m := map[string]int{"a": 1
	_ = m
}
