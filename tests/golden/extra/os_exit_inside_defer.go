package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer (never)")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("caught:", r)
			os.Exit(4)
		}
	}()
	var p *struct{ x int }
	fmt.Println(p.x)
}
