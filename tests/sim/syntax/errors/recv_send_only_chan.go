package main

func main() {
	_ = <-chan<- int
}
