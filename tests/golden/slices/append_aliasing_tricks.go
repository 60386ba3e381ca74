// append(s, s...) and removing elements with append overwrite the shared backing array.
package main

import "fmt"

var sink []int

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 3, 10)
	copy(t, []int{1, 2, 3})
	u := append(t, t...)
	fmt.Println(t, u, cap(u))
	orig := []int{0, 1, 2, 3, 4}
	removed := append(orig[:1], orig[2:]...)
	fmt.Println(orig, removed)
	a := []int{1, 2, 3, 4}
	ap := (*[4]int)(a)
	ap[0] = 100
	arr := [4]int(a)
	arr[1] = 200
	fmt.Println(a, *ap, arr)
	var z []int
	z = append(z, z...)
	fmt.Println(z == nil, len(z))
	sink = append([]int(nil), 1)
	fmt.Println(sink, cap(sink))
	b := []byte("abc")
	b = append(b, "def"...)
	fmt.Println(string(b))
}
