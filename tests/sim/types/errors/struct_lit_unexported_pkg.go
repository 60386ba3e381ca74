package main

import (
	"fmt"
	"strings"
)

func main() {
	b := strings.Builder{buf: nil}
	r := strings.Reader{"x", 0, 0}
	fmt.Println(b, r)
}
