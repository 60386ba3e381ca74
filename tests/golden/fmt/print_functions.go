// Print vs Println spacing rules, Sprint*, Fprint* to os.Stdout and os.Stderr, return values.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y")
	t := fmt.Sprintln("x", 1)
	u := fmt.Sprintf("%03d-%s", 7, "z")
	fmt.Printf("%q %q %q\n", s, t, u)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprint(os.Stderr, "to stderr ", 2, "\n")
	fmt.Fprintf(os.Stderr, "formatted %d\n", 3)
	fmt.Fprintln(os.Stderr, "line", 4)
	fmt.Print()
	fmt.Println()
	fmt.Print(nil, "\n")
	fmt.Println(nil, []any{nil, 1})
	os.Stdout.WriteString("direct write\n")
	os.Stderr.WriteString("direct stderr\n")
	println("builtin println goes to stderr", 1, true)
	print("builtin print", 2.5, "\n")
}
