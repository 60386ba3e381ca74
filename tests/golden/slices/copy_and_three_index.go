// copy returns the count copied and handles overlap; 3-index slices limit capacity.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:4:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	t = append(t, 200, 300)
	t[0] = -1
	fmt.Println(s, t, len(t), cap(t))
	full := s[:]
	fmt.Println(len(full[3:]), cap(full[3:7]), cap(full[3:7:8]))
	arr := [5]string{"a", "b", "c", "d", "e"}
	sl := arr[1:3]
	sl[0] = "B"
	fmt.Println(arr, sl, cap(sl))
	p := &arr
	fmt.Println(p[4], len(p), p[1:2])
}
