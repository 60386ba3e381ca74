// Width and precision count runes, not bytes; padding with zeros and flags on strings and numbers.
package main

import "fmt"

func main() {
	fmt.Printf("[%6s][%-6s][%6.2s]\n", "héllo", "世界", "世界杯")
	fmt.Printf("[%5q][%-8q][%+q]\n", "é", "世", "世")
	fmt.Printf("[%08.3f][%-8.2f][%+08d][% 06d]\n", -3.14159, 2.5, 42, 42)
	fmt.Printf("[%x][%X][% x][%#08x]\n", -255, "é", []byte{1, 2}, 255)
	fmt.Printf("[%10v][%-10v][%10v]\n", []int{1, 2}, map[string]int{"a": 1}, struct{ A, B int }{1, 2})
	fmt.Printf("[%v][%+v][%v]\n", &struct{ A int }{1}, &[]int{1}, &map[string]int{"z": 0})
	fmt.Printf("[%3c][%-3c][%03d]\n", 'é', '世', -5)
	fmt.Printf("[%.3v][%.0s][%.1q]\n", "abcdef", "gone", "xyz")
	fmt.Printf("[%t][%v][%08b]\n", false, true, 5)
	fmt.Printf("[%e][%.0e][%G]\n", 123456.789, 5.5, 1e-10)
	type Pt struct{ X, Y int }
	fmt.Printf("%v %+v %#v\n", []*Pt{}, []Pt{{1, 2}}, map[string]Pt{"o": {}})
	fmt.Printf("%v|%d|%s\n", []any{1, "a", nil, 2.5, []int(nil)}, []any{1, 2}, []any{"x", 3})
}
