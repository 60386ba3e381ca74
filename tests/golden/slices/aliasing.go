// Slices share backing arrays: appends within capacity are visible through other slices.
package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a))
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:5]
	t[0] = 20
	fmt.Println(s, t, len(t), cap(t))
	t = append(t, 50)
	fmt.Println(s, t)
	u := t[:cap(t)]
	fmt.Println(u)
	var nilS []int
	emptyS := []int{}
	fmt.Println(nilS == nil, emptyS == nil, len(nilS), cap(nilS), nilS)
	nilS = append(nilS, 1)
	fmt.Println(nilS)
}
