package main

import "time"

func main() {
	n := 10
	time.Sleep(n * time.Millisecond)
}
