package main

func main() {
	_ = nil == nil
	var p *int
	_ = p + 1
	_ = -"a"
}
