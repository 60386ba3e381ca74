package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Go语言编程, hi!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U) ", i, r, r)
		}
	}
	fmt.Println()
	fmt.Println(reverse(s))
	fmt.Println(s[2:5], []byte(s[:4]))
	fmt.Printf("%x\n% x\n%q\n%+q\n", "语言", "语", s, s)
	fmt.Println(strings.Index(s, "编"), strings.IndexRune(s, '程'), strings.ToUpper(s))
	b := []byte("语")
	fmt.Println(b, string(b[:2]), utf8.Valid(b[:2]))
	for _, r := range string(b[:2]) {
		fmt.Printf("%q ", r)
	}
	fmt.Println()
	fmt.Println(unicode.Is(unicode.Han, '语'), unicode.IsLetter('言'), unicode.IsUpper('G'))
	fmt.Println(string(rune(20320)), string(rune(-1)), fmt.Sprint('好'))
	fmt.Printf("%-6s|%6s|\n", "中文", "中文")
	fmt.Println(strings.Split("甲,乙,丙", ","), strings.Repeat("好", 3))
}
