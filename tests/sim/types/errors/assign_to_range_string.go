package main

import "fmt"

func main() {
	var total int
	for _, r := range "abc" {
		total += r
	}
	fmt.Println(total)
}
