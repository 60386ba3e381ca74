package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-8s %v\n", name, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "héllo"
	n := 5
	z := 0
	try("slice1", func() { _ = s[:n] })
	try("slice2", func() { i, j := 3, 2; _ = s[i:j] })
	try("slice3", func() { _ = s[1:2:n] })
	try("str", func() { _ = str[n+1] })
	try("strsl", func() { _ = str[2:n+5] })
	try("arr", func() { _ = [4]int(s) })
	try("div", func() { _ = n / z })
	try("mod", func() { _ = n % z })
	try("neg", func() { _ = make([]int, z-1) })
	try("repeat", func() { _ = strings.Repeat("x", z-1) })
	try("chan", func() { _ = make(chan int, z-1) })
	try("conv", func() { var i interface{} = s; _ = i.(fmt.Stringer) })
	try("conv2", func() { var i interface{} = 3; _ = i.(string) })
	try("arrp", func() { var p *[3]int; _ = p[1] })
	try("mapnil", func() { var m map[int]map[int]int; m[1][2] = 3 })
}
