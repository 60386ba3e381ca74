package main

import "fmt"

type Ball struct{ hits int }

// Each player owns one direction of the table, so who hits next never depends on scheduling.
func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- struct{}) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 6 {
			close(out)
			break
		}
		out <- b
	}
	done <- struct{}{}
}

func main() {
	toPing := make(chan *Ball)
	toPong := make(chan *Ball)
	done := make(chan struct{})
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(Ball)
	<-done
	<-done
	fmt.Println("game over")
}
