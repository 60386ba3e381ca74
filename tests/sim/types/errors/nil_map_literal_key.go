package main

func main() {
	m := map[string]int{
		"a": 1,
		2:   3,
	}
	_ = m
}
