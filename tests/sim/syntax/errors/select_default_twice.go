package main

func main() {
	select {
	default:
	case:
	}
}
