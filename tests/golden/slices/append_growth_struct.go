// Append growth for strings (16 bytes, contain pointers: objects over 512 bytes carry an 8-byte
// malloc header, hence 71 after 32) and a 24-byte struct; appending several elements at once.
package main

import "fmt"

type T struct{ a, b, c int }

var (
	s []string
	t []T
	sink [][]int
)

func main() {
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 3000; i++ {
		t = append(t, T{i, i, i})
		if cap(t) != last {
			fmt.Print(cap(t), " ")
			last = cap(t)
		}
	}
	fmt.Println()
	a := append([]int{}, 1, 2, 3, 4, 5)
	b := append([]int{1, 2}, make([]int, 7)...)
	d := append(make([]int, 600), 1)
	sink = append(sink, a, b, d)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(d), cap(d))
	c := append([]byte("hello"), " world, how are you"...)
	fmt.Println(len(c), cap(c), string(c))
	e := append(make([]T, 5, 5), T{}, T{})
	fmt.Println(len(e), cap(e), e[6])
	var f []struct{}
	for i := 0; i < 10; i++ {
		f = append(f, struct{}{})
	}
	fmt.Println(len(f), cap(f))
}
