// String verbs %s %q %x %X %v with width, precision (in runes), flags; %q with # and +.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s][%10s][%-10s][%.2s][%.3s][%8.3s]\n", s, s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%#q]\n", s, s, "back`tick", "plain")
	fmt.Printf("[%q][%q][%q]\n", "tab\there", "quote\"s", "\x00\x7f\u2028")
	fmt.Printf("[%x][% X][%s][%q]\n", "hi", "hi", []byte("bytes"), []byte("q"))
	fmt.Printf("[%s][%q][%v]\n", []string{"a", "b"}, []string{"a", "b"}, []string{"a b", "c"})
	fmt.Printf("[%5s][%-5s][%05s]\n", "ab", "ab", "ab")
	fmt.Printf("[%s][%v]\n", nil, nil)
	fmt.Printf("[%s][%10v][%-4v|]\n", error(nil), true, 'x')
	fmt.Printf("[%5t][%-7t|]\n", true, false)
	fmt.Printf("[%c][%5c][%-3c|]\n", 'é', 'x', 'y')
	fmt.Printf("%s %s\n", struct{ A string }{"in struct"}, map[string]string{"k": "v"})
	fmt.Printf("%v %s\n", [3]string{"x", "", "z"}, &[]string{"p"})
}
