package main

func worker() {}

func main() {
	go worker
	defer worker()
}
