package main

func main() {
	var s chan<- int = make(chan int)
	for range s {
	}
	for x := range s {
		_ = x
	}
}
