// Go 1.25+ gives a non-escaping append a 32-byte stack backing store: which slices get it, once per
// call, only when the old length is 0 (cmd/compile ssagen append, getBackingStoreInfoForAppend).
package main

import "fmt"

func a() {
	s := []int{}
	for i := 0; i < 9; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| a: := []int{}, only cap printed")
}

func b() {
	s := []int{}
	for i := 0; i < 9; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| b: then printed", s)
}

func c() {
	s := make([]int, 0)
	for i := 0; i < 9; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| c: make 0")
}

func d() {
	s := make([]int, 0, 1)
	for i := 0; i < 9; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| d: make 0,1")
}

func e() {
	var s []int
	for i := 0; i < 9; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| e: var nil", len(s))
}

func g() {
	var s []int
	s = append(s, 1, 2)
	fmt.Print(cap(s), " ")
	s = nil
	s = append(s, 1)
	fmt.Print(cap(s), " ")
	fmt.Println("| g: reset to nil")
}

func g2() {
	s := make([]int, 0, 1)
	s = append(s, 1, 2, 3)
	fmt.Print(cap(s), " ")
	s = s[:0]
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Print(cap(s), " ")
	fmt.Println("| g2: grow from len 0 cap 1, then reslice")
}

func g3() {
	for r := 0; r < 3; r++ {
		var s []byte
		s = append(s, 'a')
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| g3: one store per call, loop redeclares")
}

func h() {
	var s []string
	for i := 0; i < 5; i++ {
		s = append(s, "x")
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| h: strings")
}

func two() {
	var s []int
	s = append(s, 1)
	fmt.Print(cap(s), " ")
	s = nil
	s = append(s, 2)
	fmt.Print(cap(s), " ")
	var t []int
	t = append(t, 1, 2, 3, 4, 5)
	fmt.Print(cap(t), " ")
	copy(t, []int{9})
	clear(t)
	for i := range t {
		t[i]++
	}
	fmt.Println("| two")
}

func main() {
	a(); b(); c(); d(); e(); g(); g2(); g3(); g3(); h(); two()
}
