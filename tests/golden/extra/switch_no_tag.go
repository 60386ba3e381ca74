package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0, score > 100:
		return "invalid"
	}
	return "F"
}

func main() {
	for _, s := range []int{95, 85, 50, -1, 101} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	default:
		fmt.Println("large")
	}
	switch c := 'b'; {
	case c >= 'a' && c <= 'z':
		fmt.Println("lower", string(c))
	}
	f := func() int { fmt.Println("eval"); return 2 }
	switch f() {
	case 1:
	case 2:
		fmt.Println("two")
	}
}
