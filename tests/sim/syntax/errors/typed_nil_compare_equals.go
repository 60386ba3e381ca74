package main

func main() {
	var p *int
	if p = nil {
	}
}
