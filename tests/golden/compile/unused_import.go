// An unused import is a compile error.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("hi")
}
