package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

type node struct {
	next *node
	v    int
}

func main() {
	fmt.Println(depth(100000))
	var head *node
	for i := 0; i < 100000; i++ {
		head = &node{head, i}
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum += n.v
	}
	fmt.Println(sum)
}
