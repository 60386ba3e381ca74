// goto can jump backwards and out of blocks; a state machine written with goto and labelled loops.
package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto loop
	}
	n = 3*n + 1
	goto loop
}

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				goto found
			}
			_ = j
		}
		continue
	found:
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println(n, collatz(n))
	}
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	i := 0
outer:
	for {
		select {
		default:
			i++
			if i < 5 {
				continue outer
			}
			break outer
		}
	}
	fmt.Println("i =", i)
}
