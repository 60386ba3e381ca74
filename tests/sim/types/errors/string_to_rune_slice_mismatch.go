package main

func main() {
	var r []rune = "abc"
	_ = r
}
