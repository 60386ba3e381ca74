// Arrays are values: assignment and passing copy; arrays of arrays; comparison; len is constant.
package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }
func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyPtr(&a)
	fmt.Println(a)
	c := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(c), c, c[1] == "")
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	g2 := grid
	g2[2][3] = -1
	fmt.Println(grid[2], g2[2], grid == g2)
	for i, v := range a {
		a[2] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
	fmt.Printf("%v %T\n", [2]bool{}, c)
}
