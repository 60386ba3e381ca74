// Interfaces embedding interfaces, empty interface values holding various types, comparison of interfaces.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

func main() {
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("c")
	fmt.Println(r.Read())
	var x, y any = 1, 1
	fmt.Println(x == y)
	x, y = "a", "a"
	fmt.Println(x == y)
	x, y = []int(nil), 0
	fmt.Println(x == y, x != nil)
	var b1, b2 Reader = &Buf{}, &Buf{}
	fmt.Println(b1 == b2, b1 == b1)
}
