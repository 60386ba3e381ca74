package main

func producer(out chan<- int) {
	v := <-out
	_ = v
}

func consumer(in <-chan int) {
	close(in)
}

func main() {}
