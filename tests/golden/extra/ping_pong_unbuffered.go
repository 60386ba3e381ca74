package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan struct{}) {
	for {
		b, ok := <-table
		if !ok {
			done <- struct{}{}
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits >= 6 {
			close(table)
			done <- struct{}{}
			return
		}
		table <- b
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan struct{})
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(Ball)
	<-done
	<-done
	fmt.Println("game over")
}
