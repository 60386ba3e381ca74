package main

func f(n int) {
	var m map[string]n
	_ = m
}

func main() { f(1) }
