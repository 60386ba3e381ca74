// strings.Builder accumulates bytes; Len, String, WriteByte, WriteRune, Fprintf into it.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
	}
	sb.WriteRune('世')
	fmt.Fprintf(&sb, "[%d]", 42)
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	n, err := sb.WriteString("héllo")
	fmt.Println(n, err, sb.String())
}
