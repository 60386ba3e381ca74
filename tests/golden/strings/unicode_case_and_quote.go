// Unicode-aware case mapping, EqualFold, and quoting of invalid UTF-8 and control characters.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.ToUpper("straße ǆ ﬀ"), strings.ToLower("ΣΑΣ İ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"))
	bad := "ok\xffend\xc3"
	fmt.Println(strconv.Quote(bad), strconv.QuoteToASCII("é\u00a0\u200b"), strconv.QuoteToGraphic("\u00a0x"))
	fmt.Printf("%q %+q %x\n", bad, "日本", "\u00e9")
	fmt.Println(utf8.ValidString(bad), strings.ToValidUTF8(bad, "?"), len(strings.ToUpper(bad)))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == utf8.RuneError {
			return -1
		}
		return r
	}, bad))
	fmt.Println(strings.Fields(" a\u00a0b\u2003c\td "), len(strings.Fields("\u0085x")))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", utf8.RuneError), strings.IndexByte("golang", 'l'))
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndexAny("go gopher", "ordent"), strings.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
}
