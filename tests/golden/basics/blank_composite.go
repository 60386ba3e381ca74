// Assigning a composite literal of another package's type to the blank identifier.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	_ = strings.Builder{}
	_ = sync.Mutex{}
	var b strings.Builder
	b.WriteString("ok")
	fmt.Println(b.String())
}
