// Package main is a program.
/* block
comment */
package main // trailing

import ( // group
	"fmt" // one
	/* two */ "os"
)

func main() { fmt.Println(os.Args) @ }
