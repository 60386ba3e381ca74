package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe4\xb8"
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s))
	r, size := utf8.DecodeRuneInString("\xe4\xb8\xad")
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeLastRuneInString("ab\xff")
	fmt.Println(r, size)
	fmt.Println(strings.ToUpper("straße ǆ"), strings.ToLower("ΑΣ"), unicode.ToTitle('ǆ'), string(unicode.SimpleFold('K')))
	fmt.Printf("%q %+q %x\n", "\xff中", "é", "\xff")
	fmt.Println(strings.Fields("a\u00a0b\u2003c\td"), len("\u2003"))
	fmt.Println([]rune("\xff"), string([]rune{0xD800, 0x10FFFF + 1}))
	fmt.Println(strings.EqualFold("ǆ", "ǅ"), strings.Count("中中中", ""), strings.Index("日本語", "語"))
	fmt.Println(utf8.RuneLen('中'), utf8.RuneLen(-1), utf8.AppendRune(nil, '世'))
}
