package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %d", 2024)
	fmt.Println(buf.String(), buf.Len())
	b := []byte("a,b,,c")
	parts := bytes.Split(b, []byte(","))
	fmt.Println(len(parts), string(bytes.Join(parts, []byte("-"))))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Contains(b, []byte("b,")), bytes.ToUpper(b))
	fmt.Printf("%s %q\n", bytes.TrimSpace([]byte("  pad  ")), bytes.Fields([]byte(" a  b ")))
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	rd := strings.NewReader("abc")
	bt, _ := rd.ReadByte()
	fmt.Println(bt, rd.Len())
	bs := []byte("héllo")
	fmt.Println(len(bs), bs[1], string(bs[1:3]), bytes.Runes(bs))
	var nb []byte
	nb = append(nb, "str"...)
	fmt.Println(nb, string(nb))
}
