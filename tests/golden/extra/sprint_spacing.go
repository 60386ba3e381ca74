package main

import (
	"errors"
	"fmt"
	"sort"
)

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, true, false), fmt.Sprint(1, 2), fmt.Sprint("x", "y"))
	fmt.Print(1, 2, "s", 3, "\n")
	fmt.Print(errors.New("e"), 5, "\n")
	xs := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	defer func() { fmt.Println("recovered:", recover()) }()
	var target *int
	errors.As(errors.New("x"), target)
}
