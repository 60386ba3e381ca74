package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
		}
	}
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	if n < 5 {
		n += 2
		goto loop
	}
	fmt.Println("n =", n)
	x := 3
	switch {
	case x > 2:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	case x > 1:
		fmt.Println("not reached")
	default:
		fmt.Println("default")
	}
sel:
	for {
		select {
		default:
			break sel
		}
	}
	fmt.Println("done")
}
