package main

func main() {
	s := "\400"
	r := '\x4'
	u := "\uD800"
	_, _, _ = s, r, u
}
