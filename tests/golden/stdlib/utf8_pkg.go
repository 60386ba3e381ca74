// unicode/utf8 and unicode: decode, encode, validity, rune counts; unicode classes and case mapping.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "a€😀"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Print(string(r), size, " ")
		s = s[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("héllo€")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 'é'))
	fmt.Println(utf8.ValidString("ok€"), utf8.ValidString("bad\xc3"), utf8.Valid([]byte{0xe2, 0x82, 0xac}))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.RuneStart(0x82), utf8.ValidRune(0xD800))
	fmt.Println(unicode.IsUpper('A'), unicode.IsLower('é'), unicode.IsDigit('٣'), unicode.IsLetter('_'), unicode.IsSpace('\t'), unicode.IsPunct('!'))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')), unicode.IsNumber('½'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek))
}
