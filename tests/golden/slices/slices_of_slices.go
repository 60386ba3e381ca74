// 2D slices, make with len and cap, range over slices with copies of elements, delete by index.
package main

import "fmt"

func main() {
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 4)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 100
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].x = 100
	}
	fmt.Println(pts)
	s := []int{0, 1, 2, 3, 4, 5}
	s = append(s[:2], s[3:]...)
	fmt.Println(s, len(s), cap(s))
	m := make([]int, 2, 5)
	fmt.Println(m, len(m), cap(m), m[:4])
	x := []string{"a", "b", "c"}
	for i, v := range x {
		if i == 0 {
			x = append(x, "d")
			x[1] = "B"
		}
		fmt.Print(v)
	}
	fmt.Println(x)
}
