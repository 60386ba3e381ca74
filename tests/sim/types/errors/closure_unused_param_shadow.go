package main

import "fmt"

func main() {
	err := fmt.Errorf("x")
	if err != nil {
		err := fmt.Errorf("y")
	}
	fmt.Println(err)
}
