// gosim-args: alpha beta "gamma"
// os.Args holds the program name and its arguments (only the arguments are printed: the name is a path).
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Args[1:])
	fmt.Println(strings.Join(os.Args[1:], "+"))
	if len(os.Args) > 1 {
		fmt.Printf("%q\n", os.Args[len(os.Args)-1])
	}
}
