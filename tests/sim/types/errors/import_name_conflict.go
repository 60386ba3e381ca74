package main

import (
	"fmt"
	fmt "strings"
)

func main() {
	fmt.Println("x")
}
