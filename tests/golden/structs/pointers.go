// Pointers: address-of, dereference, new, pointer to pointer, pointers to array elements and fields.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	pp := &p
	**pp = 42
	fmt.Println(x, *p == **pp, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	ps := &s[0]
	s = append(s, 4)
	*ps = 100
	fmt.Println(s[0], *ps)
	type T struct{ a, b int }
	t := T{1, 2}
	pb := &t.b
	*pb = 9
	fmt.Println(t)
	var np *int
	fmt.Println(np == nil, np)
	n := new(int)
	*n += 3
	fmt.Println(*n)
}
