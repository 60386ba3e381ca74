// Labelled break and continue in nested loops, break out of switch and select, goto.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue
		case i > 3:
			break loop
		}
		fmt.Print("i", i, " ")
	}
	fmt.Println()
	i := 0
again:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto again
	}
	fmt.Println()
	for x := 0; x < 3; x++ {
		switch x {
		case 1:
			break
		}
		fmt.Print(x)
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
