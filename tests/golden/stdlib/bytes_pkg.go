// bytes: Buffer (Write*, Read*, String, Len, Truncate), Equal, Compare, Contains, Split, Fields, ToUpper, TrimSpace.
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('€')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b, _ := buf.ReadByte()
	fmt.Println(string(b), buf.Len())
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	buf.Reset()
	buf.WriteString("abcdef")
	buf.Truncate(3)
	fmt.Println(buf.String(), bytes.NewBufferString("xyz").String())
	buf.WriteTo(os.Stdout)
	fmt.Println()
	x, y := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Equal(x, x), bytes.Compare(x, y), bytes.Contains(x, []byte("bc")), bytes.Index(y, []byte("d")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b   c ")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper(x), bytes.TrimSpace([]byte("  t  ")), bytes.Repeat([]byte("z"), 3))
	fmt.Println(bytes.HasPrefix(x, []byte("ab")), bytes.Join([][]byte{x, y}, []byte("+")))
	nb := bytes.NewBuffer(make([]byte, 0, 64))
	fmt.Println(nb.Len(), nb.Cap() >= 64)
}
