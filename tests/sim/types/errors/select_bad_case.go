package main

func main() {
	ch := make(chan int)
	x := 1
	select {
	case x > 0:
	case ch <- "a":
	}
}
