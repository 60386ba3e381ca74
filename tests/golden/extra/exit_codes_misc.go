package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Print("partial line without newline")
	fmt.Fprint(os.Stderr, strings.Repeat("e", 3), "\n")
	defer fmt.Println("deferred-not-run")
	os.Exit(7)
}
