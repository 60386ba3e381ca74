// Integer verbs %d %b %o %O %x %X %c %q %U with widths, precision and the + - # 0 space flags.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	m := -42
	fmt.Printf("%d|%6d|%-6d|%06d|%+d|% d|%x|%b|%o\n", m, m, m, m, m, m, m, m, m)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%.0d\n", 7, 7, 7, 7, 0, 1)
	fmt.Printf("%c|%c|%q|%q|%U|%#U|%U\n", 65, 0x4e16, 'a', 0x4e16, 'x', 0x1F600, -1)
	fmt.Printf("%x|%X|% x|%#x|% #x\n", "hello", []byte{1, 171}, "abc", "abc", "abc")
	fmt.Printf("%d|%v|%x\n", []int{1, 2}, [3]uint8{1, 2, 3}, []int{10, 255})
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d|%x|%b\n", u64, u64, uint8(5))
	fmt.Printf("%*d|%-*d|%.*d\n", 5, 1, 4, 2, 3, 3)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 1)
	fmt.Printf("100%%\n")
}
