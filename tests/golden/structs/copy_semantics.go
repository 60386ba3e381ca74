// Struct and array values are copied on assignment, in range, in channels and in maps; slices inside are shared.
package main

import "fmt"

type Box struct {
	Arr  [2]int
	Sl   []int
	Name string
}

func main() {
	a := Box{[2]int{1, 2}, []int{1, 2}, "a"}
	b := a
	b.Arr[0] = 100
	b.Sl[0] = 100
	b.Name = "b"
	fmt.Println(a, b)
	arr := [3]Box{{Name: "x"}, {Name: "y"}, {Name: "z"}}
	for i, v := range arr {
		arr[2].Name = "changed"
		if i == 2 {
			fmt.Println(v.Name)
		}
	}
	fmt.Println(arr[2].Name)
	sl := arr[:]
	for i, v := range sl {
		sl[2].Name = "again"
		if i == 2 {
			fmt.Println(v.Name)
		}
	}
	ch := make(chan Box, 1)
	ch <- a
	a.Name = "after send"
	fmt.Println((<-ch).Name)
	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 9
	fmt.Println(m, v)
	ps := []*Box{&a}
	ps[0].Name = "via pointer"
	fmt.Println(a.Name)
	type Matrix [2][2]int
	id := Matrix{{1, 0}, {0, 1}}
	cp := id
	cp[1][1] = 5
	fmt.Println(id, cp)
}
