// Runes are int32 code points; conversions between string, []rune and []byte.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Go语言🚀"
	rs := []rune(s)
	fmt.Println(len(s), len(rs), utf8.RuneCountInString(s))
	for i, r := range rs {
		fmt.Printf("%d:%c:%U:%d ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	rs[0] = 'g'
	fmt.Println(string(rs), s)
	fmt.Println(string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	var r rune = 'A' + 2
	fmt.Println(r, string(r), r+1)
	fmt.Printf("%q %q %q\n", 'x', '\n', '语')
}
