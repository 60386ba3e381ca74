package main

func main() {
	var c <-chan <-chan int
	var d chan<- <-chan int
	_, _ = c, d
	e := <-chan<- int(nil)
	_ = e
}
