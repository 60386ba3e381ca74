// Go 1.25+ gives a non-escaping append a 32-byte stack backing store also when the slice
// appended to is an expression ([]T(nil), s[:0:0]): once per call, per append site.
package main

import "fmt"

var global = append([]int(nil), 1)

func local() (int, int) {
	v := append([]byte(nil), 'a')
	v = append(v, 'b')
	return len(v), cap(v)
}

func twice() {
	for i := range 2 {
		w := append([]int16(nil), int16(i))
		w = append(w, 2, 3)
		fmt.Println("twice", i, len(w), cap(w))
	}
}

func reslice() {
	s := []int{1, 2, 3}
	v := append(s[:0:0], 7)
	v = append(v, 8)
	n := len(v)
	fmt.Println(n, cap(v))
}

func main() {
	fmt.Println(cap(global))
	fmt.Println(local())
	twice()
	reslice()
	p := append([]string(nil), "x")
	fmt.Println(len(p), cap(p), p)
	var big []struct{ a [5]int64 }
	big = append(big, struct{ a [5]int64 }{})
	fmt.Println(cap(big))
}
