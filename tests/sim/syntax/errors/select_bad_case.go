package main

func main() {
	x := 0
	select {
	case x++:
	}
}
