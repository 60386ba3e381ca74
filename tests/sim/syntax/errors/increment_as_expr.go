package main

func main() {
	i := 0
	j := i++
	_ = j
}
