// Go suggests the field with different capitalisation, and names unexported fields of other packages.
package main

import (
	"fmt"
	"strings"
)

type T struct{ Name string }

func main() {
	t := T{}
	fmt.Println(t.name)
	var b strings.Builder
	fmt.Println(b.buf)
}
