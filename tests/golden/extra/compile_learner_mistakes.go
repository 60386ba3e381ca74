package main

import "fmt"

type Animal interface{ Speak() string }
type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func add(a int, b int) int { return a + b }

func main() {
	var a Animal = Dog{}
	s := []int{1, 2}
	s.append(3)
	var x int = 3.5
	y := add(1, "2")
	if s == nil || s == s {
	}
	fmt.Println(a, x, y)
	fmt.Printf("%d\n")
	return 1
}
