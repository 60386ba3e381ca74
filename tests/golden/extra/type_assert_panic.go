package main

import "fmt"

type Speaker interface{ Speak() string }
type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Rock struct{}

func main() {
	var things = []interface{}{Dog{}, Rock{}}
	for _, t := range things {
		s := t.(Speaker)
		fmt.Println(s.Speak())
	}
}
