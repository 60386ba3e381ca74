package main

import "fmt"

func zero(a [4]int) { a[0] = 0 }
func zeroP(a *[4]int) { a[0] = 0 }

func main() {
	a := [4]int{1, 2, 3, 4}
	zero(a)
	fmt.Println(a)
	zeroP(&a)
	fmt.Println(a, len(a))
	b := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", b, len(b))
	grid := [2][3]int{}
	grid[1][2] = 5
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2)
	for i, v := range a {
		a[3] = 100
		if i == 3 {
			fmt.Println("range copy:", v)
		}
	}
	s := a[1:3]
	s[0] = 77
	fmt.Println(a, s, cap(s))
	m := map[[2]int]string{{1, 2}: "x"}
	fmt.Println(m[[2]int{1, 2}])
	fmt.Printf("%v %T\n", [0]int{}, [2]bool{})
}
