package main

import (
	"fmt"
	"strings"
)

type T struct{}

func (T) String() string { panic("bad String") }

func main() {
	fmt.Println(T{})
	fmt.Printf("%d %s\n", T{}, T{})
	var p *struct{ A int }
	fmt.Println(p)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(strings.Repeat("x", -1))
	}()
	_ = strings.Repeat("ab", -2)
}
