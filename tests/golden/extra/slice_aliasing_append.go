package main

import "fmt"

func main() {
	a := make([]int, 3, 5)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(b), cap(b))
	b[0] = 9
	fmt.Println(a[0], c[0])
	d := append(c, 6, 7)
	d[1] = 8
	fmt.Println(c, d, cap(d) >= 6)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t)
	u := s[1:3:3]
	u = append(u, 100)
	u[0] = -1
	fmt.Println(s, u)
	var n []int
	for i := range 10 {
		n = append(n, i)
	}
	fmt.Println(len(n), n[2:4], n[:0] == nil)
	copy(s, s[2:])
	fmt.Println(s)
	removed := append(s[:1], s[2:]...)
	fmt.Println(removed, s)
}
